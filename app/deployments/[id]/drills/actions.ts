"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { deleteDrill, listDrills, recordDrill } from "@/lib/db/drill-store";
import { saveAssumptionOverrides } from "@/lib/db/assumptions-store";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { calibrate, compareDrill } from "@/lib/planning/drills";
import type { FormState } from "@/lib/actions/form-state";
import { recordAuditFor } from "@/lib/db/audit-store";

const drillInput = z.object({
  deploymentId: z.string().min(1),
  scenarioId: z.string().min(1),
  performedOn: z.iso.date({ error: "expected the date of the drill (yyyy-mm-dd)" }),
  notes: z.string().max(4000, { error: "at most 4,000 characters" }),
});

export async function recordDrillAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  const parsed = drillInput.safeParse({
    deploymentId: formData.get("deploymentId"),
    scenarioId: formData.get("scenarioId"),
    performedOn: formData.get("performedOn"),
    notes: String(formData.get("notes") ?? ""),
  });
  if (!parsed.success) return { ok: false, message: "The drill was not recorded.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const planned = await loadPlan(parsed.data.deploymentId);
  const scenario = planned?.plan.scenarios.find((s) => s.id === parsed.data.scenarioId);
  if (!planned || !scenario) return { ok: false, message: "That deployment or scenario no longer exists." };

  const stepMinutes: Record<string, number> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const step of scenario.steps) {
    const raw = String(formData.get(`step-${step.order}`) ?? "").trim();
    if (raw === "") continue;
    const minutes = Number(raw);
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > 100_000) fieldErrors[`step-${step.order}`] = ["expected minutes (0 or more)"];
    else stepMinutes[String(step.order)] = minutes;
  }
  if (Object.keys(fieldErrors).length) return { ok: false, message: "The drill was not recorded: fix the minutes marked below.", fieldErrors };
  if (Object.keys(stepMinutes).length === 0) return { ok: false, message: "Enter the minutes of at least one step." };

  const recordedBy = actorName(user);
  await recordDrill(prisma, parsed.data.deploymentId, {
    scenarioId: scenario.id,
    performedOn: new Date(`${parsed.data.performedOn}T00:00:00Z`),
    stepMinutes,
    notes: parsed.data.notes,
    recordedBy,
  });
  await recordAuditFor(prisma, parsed.data.deploymentId, {
    actor: recordedBy,
    action: "drill:record",
    detail: `${scenario.id} on ${parsed.data.performedOn}: ${Object.keys(stepMinutes).length} step${Object.keys(stepMinutes).length === 1 ? "" : "s"} timed`,
  });
  revalidatePath(`/deployments/${parsed.data.deploymentId}/drills`);
  redirect(`/deployments/${parsed.data.deploymentId}/drills`);
}

export async function deleteDrillAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const id = String(formData.get("id") ?? "");
  if (!deploymentId || !id) return;
  await deleteDrill(prisma, deploymentId, id);
  await recordAuditFor(prisma, deploymentId, { actor: actorName(user), action: "drill:delete", detail: `drill ${id}` });
  revalidatePath(`/deployments/${deploymentId}/drills`);
}

/** Replace the hands-on time assumptions with the values calibrated from the recorded drills. */
export async function applyCalibrationAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const planned = deploymentId ? await loadPlan(deploymentId) : null;
  if (!planned) return;
  const drills = await listDrills(prisma, deploymentId);
  const comparisons = drills.flatMap((d) => {
    const s = planned.plan.scenarios.find((x) => x.id === d.scenarioId);
    return s ? [compareDrill(s, d)] : [];
  });
  const cal = calibrate(comparisons.map((c) => c.ratio), planned.plan.assumptions, 0);
  if (!cal) return;
  await saveAssumptionOverrides(prisma, deploymentId, { ...(planned.assumptionOverrides as Record<string, number>), ...(cal.proposed as Record<string, number>) });
  await recordAuditFor(prisma, deploymentId, { actor: actorName(user), action: "assumptions:calibrate", detail: `from ${drills.length} drill${drills.length === 1 ? "" : "s"}: ${Object.keys(cal.proposed).join(", ")}` });
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  redirect(`/deployments/${deploymentId}/assumptions`);
}
