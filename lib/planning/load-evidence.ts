// Server-side glue for the evidence: the stored uploads' runs judged against the deployment's plan
// now (the evidence page, the gaps page), and the 90-day history.
import { prisma } from "../db/client";
import { hasEvidence, listEvidenceTokens, listEvidenceUploads, loadEvidenceRuns, type EvidenceTokenInfo, type EvidenceUploadInfo } from "../db/evidence-store";
import { applyEvidence, analyseEvidence } from "../engine/evidence";
import { evidenceHistory, type EvidenceHistory } from "../engine/evidence-history";
import type { Plan } from "../engine/plan";
import { loadExerciseInputs, withExercises } from "./load-exercises";
import type { EvidenceSection } from "../formats/plan";
import { loadPlan, type PlannedDeployment } from "./load-plan";

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

export async function loadEvidenceView(id: string, nowMs = Date.now()): Promise<EvidenceView | null> {
  const planned = await loadPlan(id);
  if (!planned) return null;
  const [{ uploads, total }, tokens] = await Promise.all([listEvidenceUploads(prisma, id, 20), listEvidenceTokens(prisma, id)]);
  if (total === 0) return { planned, current: null, history: null, uploads, totalUploads: 0, tokens };
  const runs = await loadEvidenceRuns(prisma, id, nowMs - HISTORY_DAYS * DAY);
  const d = planned.stored.deployment;
  return {
    planned,
    current: analyseEvidence(d, planned.plan, { runs, asOfMs: nowMs }),
    history: evidenceHistory(d, planned.plan, runs, nowMs, { days: HISTORY_DAYS }),
    uploads,
    totalUploads: total,
    tokens,
  };
}

/**
 * The plan judged with what is recorded: the evidence section and its gaps when the deployment has
 * evidence, and always the exercise records (B6, B7, the exercise programme's gaps).
 */
export async function loadPlanWithEvidence(id: string, nowMs = Date.now()): Promise<{ planned: PlannedDeployment; plan: Plan; withEvidence: boolean } | null> {
  const planned = await loadPlan(id);
  if (!planned) return null;
  const d = planned.stored.deployment;
  const [withEvidence, exercises] = await Promise.all([hasEvidence(prisma, id), loadExerciseInputs(id)]);
  let plan = planned.plan;
  // Evidence gaps count in the verdict and the score (B10), so the assessment is made again with them.
  if (withEvidence) plan = applyEvidence(plan, d, { runs: await loadEvidenceRuns(prisma, id, nowMs - HISTORY_DAYS * DAY), asOfMs: nowMs });
  plan = withExercises(plan, d, exercises, planned.acceptedGapIds ?? [], new Date(nowMs)).plan;
  return { planned: { ...planned, plan }, plan, withEvidence };
}
