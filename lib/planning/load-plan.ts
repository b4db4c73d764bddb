// Server-side glue: a stored deployment, its own estimation assumptions and its consistency
// warnings, through the engine. Pages, API routes and downloads all get their plan from here.
import { cache } from "react";
import { prisma } from "../db/client";
import { loadDeployment, type StoredDeployment } from "../db/deployment-store";
import { checkConsistency } from "../formats/consistency";
import { planDeployment, type Plan } from "../engine/plan";
import type { Assumptions } from "../engine/assumptions";

export interface PlannedDeployment {
  stored: StoredDeployment;
  plan: Plan;
  assumptionOverrides: Partial<Assumptions>;
}

export async function assumptionOverridesFor(id: string): Promise<Partial<Assumptions>> {
  const row = await prisma.estimationAssumptions.findUnique({ where: { deploymentId: id } });
  if (!row) return {};
  try {
    const parsed: unknown = JSON.parse(row.values);
    return parsed && typeof parsed === "object" ? (parsed as Partial<Assumptions>) : {};
  } catch {
    return {};
  }
}

/** The plan of a stored deployment, computed once per request. */
export const loadPlan = cache(async (id: string): Promise<PlannedDeployment | null> => {
  const stored = await loadDeployment(prisma, id);
  if (!stored) return null;
  const assumptionOverrides = await assumptionOverridesFor(id);
  const warnings = checkConsistency(stored.deployment).filter((p) => p.severity === "warning");
  const plan = planDeployment(stored.deployment, { assumptions: assumptionOverrides, warnings });
  return { stored, plan, assumptionOverrides };
});
