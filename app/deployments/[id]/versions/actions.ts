"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { approveVersion } from "@/lib/db/version-store";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import type { FormState } from "@/lib/actions/form-state";

const approvalInput = z.object({
  deploymentId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  note: z.string().trim().min(1, { error: "a note is needed (what was reviewed, why it is approved)" }).max(2000, { error: "at most 2,000 characters" }),
});

/** Freeze the current deployment file and its plan as the next approved version. */
export async function approveVersionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  const parsed = approvalInput.safeParse({
    deploymentId: formData.get("deploymentId"),
    expectedVersion: formData.get("expectedVersion"),
    note: String(formData.get("note") ?? ""),
  });
  if (!parsed.success) return { ok: false, message: "Not approved: fix the fields marked below.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { deploymentId, expectedVersion, note } = parsed.data;
  const approvedBy = actorName(user);
  const planned = await loadPlan(deploymentId);
  if (!planned) return { ok: false, message: "This deployment no longer exists." };
  if (planned.stored.version !== expectedVersion)
    return {
      ok: false,
      stale: true,
      version: planned.stored.version,
      message: `The deployment changed since this page was loaded (now version ${planned.stored.version}). Reload the page, review the plan and approve again.`,
    };
  const number = await approveVersion(prisma, deploymentId, {
    approvedBy,
    note,
    deployment: planned.stored.deployment,
    plan: planned.plan,
    deploymentVersion: planned.stored.version,
  });
  revalidatePath(`/deployments/${deploymentId}/versions`);
  return { ok: true, message: `Approved as version ${number}.` };
}
