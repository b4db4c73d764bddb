// Server-side glue: a stored deployment, its own estimation assumptions and its consistency
// warnings, through the engine. Pages, API routes and downloads all get their plan from here.
//
// Plans are cached in process, keyed by the deployment's version and the assumptions' last change:
// every write bumps the version, so a cached plan is never stale, and several app instances on one
// PostgreSQL each check the version on every request. A hit costs one small query instead of loading
// every row and re-planning (50 ms for 500 servers, 300 ms for 10,000).
import { cache } from "react";
import { prisma } from "../db/client";
import { loadDeployment, type StoredDeployment } from "../db/deployment-store";
import { checkConsistency } from "../formats/consistency";
import { withAcceptedGaps, type Plan } from "../engine/plan";
import { planStored } from "./off-thread";
import type { Assumptions } from "../engine/assumptions";
import { parseAssumptionOverrides } from "./assumption-overrides";

export interface PlannedDeployment {
  stored: StoredDeployment;
  /** The plan, its assessment leaving out the gaps whose acceptance still holds. */
  plan: Plan;
  assumptionOverrides: Partial<Assumptions>;
  /** The assumptions version the plan was made with (0: the defaults); with the deployment's version it names the plan version. */
  assumptionsVersion?: number;
  /** Gap ids accepted until a review date still ahead (lib/commands/accept-gap.ts). */
  acceptedGapIds?: string[];
}

export { parseAssumptionOverrides };

export async function assumptionOverridesFor(id: string): Promise<Partial<Assumptions>> {
  const row = await prisma.estimationAssumptions.findUnique({ where: { deploymentId: id }, select: { values: true } });
  return parseAssumptionOverrides(row?.values);
}

const MAX_CACHED = 32;
const DAY_MS = 86_400_000;
/** The register judges certificate expiry per day (rule S9): plans are as of the start of today (UTC), cached per day. */
export const planDayMs = (now = Date.now()) => Math.floor(now / DAY_MS) * DAY_MS;
interface CacheEntry {
  key: string;
  planned: PlannedDeployment;
  /** The same plan with the last set of accepted gaps applied (re-scoring is cheap, re-planning is not). */
  accepted?: { ids: string; planned: PlannedDeployment };
}
const planCache = new Map<string, CacheEntry>();

function remember(id: string, key: string, planned: PlannedDeployment) {
  planCache.delete(id);
  planCache.set(id, { key, planned });
  if (planCache.size > MAX_CACHED) planCache.delete(planCache.keys().next().value!);
}

async function headOf(id: string) {
  return prisma.deployment.findUnique({
    where: { id },
    select: {
      version: true,
      updatedAt: true,
      assumptions: { select: { values: true, updatedAt: true, version: true } },
      acceptedGaps: { where: { reviewOn: { gt: new Date() } }, select: { gapId: true }, orderBy: { gapId: "asc" } },
    },
  });
}

/** The plan of a stored deployment: computed once per version, shared by every request after. */
export const loadPlan = cache(async (id: string): Promise<PlannedDeployment | null> => {
  const head = await headOf(id);
  if (!head) return null;
  const acceptedIds = head.acceptedGaps.map((a) => a.gapId);
  // updatedAt as well as the version: a restore of the planner's data keeps ids and versions, so after
  // one the same version number can come back with other content.
  const asOfMs = planDayMs();
  const key = `${head.version}:${head.updatedAt.getTime()}:${head.assumptions?.updatedAt.getTime() ?? 0}:${asOfMs}`;
  const hit = planCache.get(id);
  if (hit && hit.key === key) return withAccepted(hit, acceptedIds);

  const stored = await loadDeployment(prisma, id);
  if (!stored) return null;
  const assumptionOverrides = parseAssumptionOverrides(head.assumptions?.values);
  const warnings = checkConsistency(stored.deployment).filter((p) => p.severity === "warning");
  // Recommendations re-plan once per candidate (under 2 s for 500 servers): paid once per version, in a worker thread.
  const plan = await planStored(stored.deployment, { assumptions: assumptionOverrides, warnings, recommendations: true, asOfMs });
  const planned: PlannedDeployment = {
    stored,
    plan,
    assumptionOverrides,
    assumptionsVersion: head.assumptions?.version ?? 0,
    acceptedGapIds: [],
  };
  const entry: CacheEntry = { key, planned };
  // Only a plan of the version read above is cached; a write in between leaves the next request to re-plan.
  if (stored.version === head.version && stored.updatedAt.getTime() === head.updatedAt.getTime()) remember(id, key, planned);
  return withAccepted(planCache.get(id)?.key === key ? planCache.get(id)! : entry, acceptedIds);
});

const listCache = new Map<string, { key: string; planned: PlannedDeployment }>();

/**
 * The plan of a stored deployment for lists (verdict and score): the cached plan when there is one,
 * else a plan without recommendations (those re-plan every candidate), cached per version on its own.
 * Its assessment is the overview's, before the evidence (lib/planning/load-evidence.ts adds that).
 */
export async function loadListPlan(id: string): Promise<PlannedDeployment | null> {
  const head = await headOf(id);
  if (!head) return null;
  const asOfMs = planDayMs();
  const key = `${head.version}:${head.updatedAt.getTime()}:${head.assumptions?.updatedAt.getTime() ?? 0}:${asOfMs}`;
  const acceptedIds = head.acceptedGaps.map((a) => a.gapId);
  const hit = planCache.get(id);
  if (hit && hit.key === key) return withAccepted(hit, acceptedIds);
  const fullKey = `${key}|${acceptedIds.join("\n")}`;
  const known = listCache.get(id);
  if (known && known.key === fullKey) return known.planned;
  const stored = await loadDeployment(prisma, id);
  if (!stored) return null;
  const assumptionOverrides = parseAssumptionOverrides(head.assumptions?.values);
  const plan = await planStored(stored.deployment, { assumptions: assumptionOverrides, acceptedGaps: acceptedIds, asOfMs });
  const planned: PlannedDeployment = {
    stored,
    plan,
    assumptionOverrides,
    assumptionsVersion: head.assumptions?.version ?? 0,
    acceptedGapIds: acceptedIds,
  };
  if (stored.version === head.version && stored.updatedAt.getTime() === head.updatedAt.getTime()) {
    listCache.delete(id);
    listCache.set(id, { key: fullKey, planned });
    if (listCache.size > MAX_CACHED * 2) listCache.delete(listCache.keys().next().value!);
  }
  return planned;
}

function withAccepted(entry: CacheEntry, ids: string[]): PlannedDeployment {
  if (ids.length === 0) return entry.planned;
  const joined = ids.join("\n");
  if (entry.accepted?.ids !== joined) {
    const { stored, plan } = entry.planned;
    entry.accepted = {
      ids: joined,
      planned: { ...entry.planned, plan: withAcceptedGaps(plan, stored.deployment, ids), acceptedGapIds: ids },
    };
  }
  return entry.accepted.planned;
}
