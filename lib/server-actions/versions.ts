"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { approveVersion } from "@/lib/commands/versions";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

/** Freeze the current deployment file and its plan as the next approved version. */
export async function approveVersionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const planned = deploymentId ? await loadPlan(deploymentId) : null;
  const result = await approveVersion(
    prisma,
    {
      deploymentId,
      expectedVersion: formData.get("expectedVersion"),
      expectedAssumptionsVersion: formData.get("expectedAssumptionsVersion") ?? undefined,
      note: String(formData.get("note") ?? ""),
      planned,
    },
    actorName(user),
  );
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}/versions`);
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ok: true, message: `Approved as version ${result.number}.` };
}
