"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { acceptGap, reopenGap } from "@/lib/commands/accept-gap";
import type { FormState } from "@/lib/actions/form-state";

const fieldErrorsOf = (errors: { path: string; message: string }[]) => {
  const out: Record<string, string[]> = {};
  for (const e of errors) (out[e.path || "form"] ??= []).push(e.message);
  return out;
};

export async function acceptGapAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const planned = await loadPlan(deploymentId);
  if (!planned) return { ok: false, message: "This deployment no longer exists." };
  const r = await acceptGap(
    prisma,
    { deploymentId, gapId: formData.get("gapId"), reason: formData.get("reason"), reviewOn: formData.get("reviewOn") },
    actorName(user),
    { knownGapIds: planned.plan.gaps.map((g) => g.id) },
  );
  if (!r.ok) return { ok: false, message: "The gap was not accepted.", fieldErrors: fieldErrorsOf(r.errors) };
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ok: true, message: `Accepted until ${r.value.reviewOn.toISOString().slice(0, 10)}.` };
}

export async function reopenGapAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const r = await reopenGap(prisma, { deploymentId, gapId: formData.get("gapId") }, actorName(user));
  if (!r.ok) return { ok: false, message: r.errors.map((e) => e.message).join("; ") };
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ok: true, message: "The gap counts again." };
}
