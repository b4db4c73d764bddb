"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { listDrills } from "@/lib/db/drill-store";
import { deleteDrill, recordDrill } from "@/lib/commands/drills";
import { acceptCalibration } from "@/lib/commands/assumptions";
import { listFinishedRuns } from "@/lib/db/run-store";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { calibrateAssumptions, changes, measurementsOf } from "@/lib/view/calibration";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export async function recordDrillAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
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
  if (!isForm(formData)) return;
  const deploymentId = text(formData, "deploymentId");
  const result = await deleteDrill(prisma, { deploymentId, id: text(formData, "id") }, actorName(user));
  if (result.ok) revalidatePath(`/deployments/${deploymentId}/drills`);
}

/** Accept the calibrated values the planner ticked (recomputed here from the stored runs and drills). */
export async function acceptCalibrationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  const planned = deploymentId ? await loadPlan(deploymentId) : null;
  if (!planned) return { ok: false, message: "This deployment no longer exists." };
  const [drills, runs] = await Promise.all([listDrills(prisma, deploymentId), listFinishedRuns(prisma, deploymentId)]);
  const current = planned.plan.assumptions;
  const rows = changes(calibrateAssumptions(measurementsOf(runs, drills, planned.plan.scenarios, current), current, new Date()));
  const chosen = new Set(formData.getAll("accept").map(String));
  const accepted = rows
    .filter((r) => chosen.has(r.key))
    .map((r) => ({ key: r.key, from: r.current, to: r.proposed, sources: r.sources.map((s) => s.label) }));
  const expectedRevision = Number(text(formData, "revision"));
  const result = await acceptCalibration(
    prisma,
    {
      deploymentId,
      overrides: planned.assumptionOverrides as Record<string, number>,
      accepted,
      expectedRevision: Number.isFinite(expectedRevision) ? expectedRevision : -1,
    },
    actorName(user),
  );
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  redirect(`/deployments/${deploymentId}/assumptions`);
}
