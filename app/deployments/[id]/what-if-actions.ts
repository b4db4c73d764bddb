"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { loadPlan } from "@/lib/planning/load-plan";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { createWhatIfVariant } from "@/lib/commands/create-what-if";
import type { FormState } from "@/lib/actions/form-state";

const input = z.object({ deploymentId: z.string().min(1), recommendationId: z.string().min(1).max(2000) });

/** "Try it": store the variant with the recommendation applied, then open the comparison. */
export async function tryRecommendationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  const parsed = input.safeParse({ deploymentId: formData.get("deploymentId"), recommendationId: formData.get("recommendationId") });
  if (!parsed.success) return { ok: false, message: "No recommendation given." };
  const planned = await loadPlan(parsed.data.deploymentId);
  if (!planned) return { ok: false, message: "This deployment no longer exists." };
  const rec = planned.plan.assessment.recommendations?.find((r) => r.id === parsed.data.recommendationId);
  if (!rec) return { ok: false, message: "This recommendation no longer applies: the deployment changed. Reload the page." };
  const r = await createWhatIfVariant(prisma, { sourceId: parsed.data.deploymentId, source: planned.stored.deployment, recommendation: rec }, actorName(user));
  if (!r.ok) return { ok: false, message: r.errors.map((e) => e.message).join("; ") };
  revalidatePath("/", "layout");
  redirect(`/compare?a=${encodeURIComponent(parsed.data.deploymentId)}&b=${encodeURIComponent(r.value.id)}`);
}
