// Server-side glue for the evidence: the stored uploads' runs judged against the deployment's plan
// now (the evidence page, the gaps page), and the 90-day history.
import { prisma } from "../db/client";
import { hasEvidence, listEvidenceTokens, listEvidenceUploads, loadEvidenceRuns, type EvidenceTokenInfo, type EvidenceUploadInfo } from "../db/evidence-store";
import { applyEvidence, analyseEvidence } from "../engine/evidence";
import { evidenceHistory, type EvidenceHistory } from "../engine/evidence-history";
import { reassessed, type Plan } from "../engine/plan";
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

/** The plan with the evidence section and its gaps when the deployment has evidence; the plan alone otherwise. */
export async function loadPlanWithEvidence(id: string, nowMs = Date.now()): Promise<{ planned: PlannedDeployment; plan: Plan; withEvidence: boolean } | null> {
  const planned = await loadPlan(id);
  if (!planned) return null;
  if (!(await hasEvidence(prisma, id))) return { planned, plan: planned.plan, withEvidence: false };
  const runs = await loadEvidenceRuns(prisma, id, nowMs - HISTORY_DAYS * DAY);
  const d = planned.stored.deployment;
  // Evidence gaps count in the verdict and the score (B10), so the assessment is made again with them.
  const plan = reassessed(applyEvidence(planned.plan, d, { runs, asOfMs: nowMs }), d, planned.acceptedGapIds ?? []);
  return { planned: { ...planned, plan }, plan, withEvidence: true };
}
