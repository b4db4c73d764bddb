"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { loadPlanWithEvidence } from "@/lib/planning/load-evidence";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { acceptGap, reopenGap } from "@/lib/commands/gaps";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export async function acceptGapAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  // The gaps judged with the records too (evidence, exercises), as the gaps page shows them.
  const planned = deploymentId ? await loadPlanWithEvidence(deploymentId) : null;
  const result = await acceptGap(
    prisma,
    {
      deploymentId,
      gapId: text(formData, "gapId"),
      reason: text(formData, "reason"),
      reviewOn: text(formData, "reviewOn"),
      knownGapIds: planned?.plan.gaps.map((g) => g.id) ?? [],
    },
    actorName(user),
  );
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ok: true, message: `Accepted until ${result.reviewOn.toISOString().slice(0, 10)}.` };
}

export async function reopenGapAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  const result = await reopenGap(prisma, { deploymentId, gapId: text(formData, "gapId") }, actorName(user));
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ok: true, message: "The gap counts again." };
}
