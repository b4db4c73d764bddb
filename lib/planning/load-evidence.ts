// Server-side glue for the evidence: the stored uploads' digests judged against the deployment's plan
// now (the evidence page, the gaps page, the overview, the deployments list), and the 90-day history.
// Reads digests (lib/engine/evidence-digest.ts), never whole files.
import { createHash } from "node:crypto";
import { prisma } from "../db/client";
import {
  listEvidenceTokens,
  listEvidenceUploads,
  loadEvidenceDigests,
  type EvidenceTokenInfo,
  type EvidenceUploadInfo,
  type StoredDigest,
} from "../db/evidence-store";
import { withEvidenceSection } from "../engine/evidence";
import { analyseDigests } from "../engine/evidence-digest";
import { historyItemsOf, historyPoint, type EvidenceHistory, type HistoryPoint } from "../engine/evidence-history";
import { isoUtc } from "../engine/evidence";
import type { Plan } from "../engine/plan";
import { loadExerciseInputs, withExercises } from "./load-exercises";
import type { Deployment } from "../formats/deployment";
import type { EvidenceSection } from "../formats/plan";
import { loadListPlan, loadPlan, type PlannedDeployment } from "./load-plan";

const DAY = 86_400_000;
export const HISTORY_DAYS = 90;

export interface EvidenceView {
  planned: PlannedDeployment;
  /** Null until the first upload. */
  current: EvidenceSection | null;
  history: EvidenceHistory | null;
  uploads: EvidenceUploadInfo[];
  totalUploads: number;
  tokens: EvidenceTokenInfo[];
}

/**
 * What a plan's evidence judgement depends on besides the uploads: the model, its assumptions, the
 * accepted gaps, and the gaps it has before the evidence (the exercise records' change with time).
 */
export const planKeyOf = (planned: PlannedDeployment) =>
  createHash("sha256")
    .update(
      `${planned.stored.id}:${planned.stored.version}:${planned.stored.updatedAt.getTime()}:${JSON.stringify(planned.assumptionOverrides)}`,
    )
    .update(`:${(planned.acceptedGapIds ?? []).join(",")}:${planned.plan.gaps.map((g) => `${g.id}/${g.severity}`).join(",")}`)
    .digest("base64url");

const sinceOf = (nowMs: number) => nowMs - HISTORY_DAYS * DAY;

export async function loadEvidenceView(id: string, nowMs = Date.now()): Promise<EvidenceView | null> {
  const planned = await loadPlan(id);
  if (!planned) return null;
  const [{ uploads, total }, tokens] = await Promise.all([listEvidenceUploads(prisma, id, 20), listEvidenceTokens(prisma, id)]);
  if (total === 0) return { planned, current: null, history: null, uploads, totalUploads: 0, tokens };
  const digests = await loadEvidenceDigests(prisma, id, sinceOf(nowMs));
  const d = planned.stored.deployment;
  return {
    planned,
    // An upload stamped after now (another instance's clock ahead) is not judged yet.
    current: analyseDigests(
      d,
      planned.plan,
      digests.filter((x) => x.uploadedAt.getTime() <= nowMs).map((x) => x.digest),
      nowMs,
    ),
    // Points judged as the overview judges now: the exercise records' gaps counted too (B6, B7).
    history: historyOf(
      {
        ...planned,
        plan: withExercises(planned.plan, d, await loadExerciseInputs(id), planned.acceptedGapIds ?? [], new Date(nowMs)).plan,
      },
      digests,
      nowMs,
    ),
    uploads,
    totalUploads: total,
    tokens,
  };
}

// A point at an upload never changes for one plan and one set of earlier uploads: kept in process.
const MAX_POINTS = 5_000;
const pointCache = new Map<string, HistoryPoint>();

function cachedPoint(key: string, make: () => HistoryPoint): HistoryPoint {
  const hit = pointCache.get(key);
  if (hit) return hit;
  const point = make();
  pointCache.set(key, point);
  if (pointCache.size > MAX_POINTS) pointCache.delete(pointCache.keys().next().value!);
  return point;
}

/**
 * The last 90 days: the start of the period (judged with the last upload before it), every upload since
 * (judged at its time with the uploads known then), and now.
 */
export function historyOf(planned: PlannedDeployment, stored: readonly StoredDigest[], nowMs: number): EvidenceHistory {
  const { plan } = planned;
  const d: Deployment = planned.stored.deployment;
  const accepted = planned.acceptedGapIds ?? [];
  const sinceMs = sinceOf(nowMs);
  const digests = stored.map((s) => s.digest);
  const planKey = planKeyOf(planned);
  const points: HistoryPoint[] = [];
  const base = stored.length > 0 && stored[0].uploadedAt.getTime() < sinceMs ? stored[0] : null;
  if (base) points.push(historyPoint(d, plan, [base.digest], sinceMs, "start", accepted));
  stored.forEach((s, i) => {
    if (s === base) return;
    const at = s.uploadedAt.getTime();
    if (at > nowMs) return;
    points.push(
      cachedPoint(`${planKey}|${base?.id ?? ""}|${s.id}`, () => historyPoint(d, plan, digests.slice(0, i + 1), at, "upload", accepted)),
    );
  });
  points.push(
    historyPoint(
      d,
      plan,
      digests.filter((_, i) => stored[i].uploadedAt.getTime() <= nowMs),
      nowMs,
      "now",
      accepted,
    ),
  );
  return { from: isoUtc(sinceMs), to: isoUtc(nowMs), items: historyItemsOf(d, plan), points };
}

/** The evidence section now and the plan with its gaps (not yet assessed again), or null without evidence. */
async function evidenceNow(planned: PlannedDeployment, nowMs: number): Promise<{ plan: Plan; evidence: EvidenceSection } | null> {
  const digests = await loadEvidenceDigests(prisma, planned.stored.id, sinceOf(nowMs));
  if (digests.length === 0) return null;
  const d = planned.stored.deployment;
  const evidence = analyseDigests(
    d,
    planned.plan,
    digests.filter((x) => x.uploadedAt.getTime() <= nowMs).map((x) => x.digest),
    nowMs,
  );
  return { plan: withEvidenceSection(planned.plan, evidence), evidence };
}

/**
 * The plan judged with what is recorded, as the overview, the gaps page and the deployments list show it:
 * the evidence section and its gaps when the deployment has evidence (B10), and always the exercise
 * records (B6, B7, the exercise programme's gaps), then assessed again.
 */
async function judgedNow(planned: PlannedDeployment, nowMs: number): Promise<{ plan: Plan; withEvidence: boolean }> {
  const [now, exercises] = await Promise.all([evidenceNow(planned, nowMs), loadExerciseInputs(planned.stored.id)]);
  const plan = withExercises(
    now?.plan ?? planned.plan,
    planned.stored.deployment,
    exercises,
    planned.acceptedGapIds ?? [],
    new Date(nowMs),
  ).plan;
  return { plan, withEvidence: now !== null };
}

/** The plan with the evidence section and its gaps when the deployment has evidence, judged with the exercise records. */
export async function loadPlanWithEvidence(
  id: string,
  nowMs = Date.now(),
): Promise<{ planned: PlannedDeployment; plan: Plan; withEvidence: boolean } | null> {
  const planned = await loadPlan(id);
  if (!planned) return null;
  const { plan, withEvidence } = await judgedNow(planned, nowMs);
  return { planned: { ...planned, plan }, plan, withEvidence };
}

/**
 * The verdict and score for the deployments list: the overview's (evidence and exercises counted the same
 * way, so the two always agree), from a plan without recommendations unless the full one is cached.
 */
export async function loadListAssessment(id: string, nowMs = Date.now()): Promise<Plan["assessment"] | null> {
  const planned = await loadListPlan(id);
  if (!planned) return null;
  return (await judgedNow(planned, nowMs)).plan.assessment;
}

/** The list's verdicts and scores, all judged at one moment. */
export async function loadListAssessments(ids: readonly string[], nowMs = Date.now()): Promise<(Plan["assessment"] | null)[]> {
  return Promise.all(ids.map((id) => loadListAssessment(id, nowMs)));
}
