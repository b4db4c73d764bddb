"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { listDrills } from "@/lib/db/drill-store";
import { deleteDrill, recordDrill } from "@/lib/commands/drills";
import { applyCalibration } from "@/lib/commands/assumptions";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { calibrate, compareDrill } from "@/lib/view/drills";
import type { FormState } from "@/lib/actions/form-state";

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export async function recordDrillAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  const deploymentId = text(formData, "deploymentId");
  const planned = deploymentId ? await loadPlan(deploymentId) : null;
  const scenario = planned?.plan.scenarios.find((s) => s.id === text(formData, "scenarioId"));
  const stepValues = Object.fromEntries([...formData.keys()].filter((k) => k.startsWith("step-")).map((k) => [k, text(formData, k)]));
  const result = await recordDrill(
    prisma,
    { deploymentId, scenario, performedOn: text(formData, "performedOn"), notes: text(formData, "notes"), stepValues },
    actorName(user),
  );
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}/drills`);
  redirect(`/deployments/${deploymentId}/drills`);
}

export async function deleteDrillAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  const deploymentId = text(formData, "deploymentId");
  const result = await deleteDrill(prisma, { deploymentId, id: text(formData, "id") }, actorName(user));
  if (result.ok) revalidatePath(`/deployments/${deploymentId}/drills`);
}

/** Replace the hands-on time assumptions with the values calibrated from the recorded drills. */
export async function applyCalibrationAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  const deploymentId = text(formData, "deploymentId");
  const planned = deploymentId ? await loadPlan(deploymentId) : null;
  if (!planned) return;
  const drills = await listDrills(prisma, deploymentId);
  const comparisons = drills.flatMap((d) => {
    const s = planned.plan.scenarios.find((x) => x.id === d.scenarioId);
    return s ? [compareDrill(s, d)] : [];
  });
  const cal = calibrate(comparisons.map((c) => c.ratio), planned.plan.assumptions, 0);
  if (!cal) return;
  const input = { deploymentId, overrides: planned.assumptionOverrides as Record<string, number>, proposed: cal.proposed as Record<string, number>, drills: drills.length };
  const result = await applyCalibration(prisma, input, actorName(user));
  if (!result.ok) return;
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  redirect(`/deployments/${deploymentId}/assumptions`);
}
