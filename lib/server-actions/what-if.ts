"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { applyWhatIf, createWhatIfVariant, discardWhatIf } from "@/lib/commands/what-if";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

/** "Try it": store the variant with the recommendation applied, then open the comparison. */
export async function tryRecommendationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const recommendationId = String(formData.get("recommendationId") ?? "");
  const planned = deploymentId ? await loadPlan(deploymentId) : null;
  const recommendation = planned?.plan.assessment.recommendations?.find((r) => r.id === recommendationId);
  const result = await createWhatIfVariant(
    prisma,
    { sourceId: deploymentId, source: planned?.stored.deployment, sourceVersion: planned?.stored.version, recommendation },
    actorName(user),
  );
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect(`/compare?a=${encodeURIComponent(deploymentId)}&b=${encodeURIComponent(result.id)}`);
}

/** Apply a what-if to its baseline (an audited edit, a new baseline version), then open the baseline. */
export async function applyWhatIfAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const result = await applyWhatIf(prisma, { whatIfId: String(formData.get("whatIfId") ?? "") }, actorName(user));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect(`/deployments/${encodeURIComponent(result.baselineId)}`);
}

/** Discard a what-if (its deployment is deleted), then open its baseline. */
export async function discardWhatIfAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const result = await discardWhatIf(prisma, { whatIfId: String(formData.get("whatIfId") ?? "") }, actorName(user));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect(`/deployments/${encodeURIComponent(result.baselineId)}`);
}
