"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { approveVersion } from "@/lib/db/version-store";
import { loadPlan } from "@/lib/planning/load-plan";
import { NAME_COOKIE } from "@/lib/planning/planner-name";
import type { FormState } from "@/lib/actions/form-state";

const approvalInput = z.object({
  deploymentId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  approvedBy: z.string().trim().min(1, { error: "say who approves the plan" }).max(80, { error: "at most 80 characters" }),
  note: z.string().trim().min(1, { error: "a note is needed (what was reviewed, why it is approved)" }).max(2000, { error: "at most 2,000 characters" }),
});

/** Freeze the current deployment file and its plan as the next approved version. */
export async function approveVersionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = approvalInput.safeParse({
    deploymentId: formData.get("deploymentId"),
    expectedVersion: formData.get("expectedVersion"),
    approvedBy: String(formData.get("approvedBy") ?? ""),
    note: String(formData.get("note") ?? ""),
  });
  if (!parsed.success) return { ok: false, message: "Not approved: fix the fields marked below.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { deploymentId, expectedVersion, approvedBy, note } = parsed.data;
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
  // The approver's name is remembered like the checklist's "ticked by" name.
  (await cookies()).set(NAME_COOKIE, approvedBy, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  revalidatePath(`/deployments/${deploymentId}/versions`);
  return { ok: true, message: `Approved as version ${number}.` };
}
