// History of the evidence (rules P2, B10): at every stored upload, what the evidence known then says:
// the assessment's verdict and score with the evidence's gaps counted, the data loss each item really
// allowed, and the deployment's worst. Each point reads the uploads' digests up to that upload
// (evidence-digest.ts), judged at its time, so a point never changes once its uploads are stored
// (for one plan): the caller may keep it.
import type { Deployment } from "../formats/deployment";
import type { PlanCore, Verdict } from "../formats/plan";
import { evidenceItemsFor, isoUtc, sectionFor, type EvidencePlanItem } from "./evidence";
import { indexDigests, type EvidenceDigest } from "./evidence-digest";
import { assessedWithEvidence } from "./plan";

export interface HistoryItem {
  key: string;
  kind: EvidencePlanItem["kind"];
  server: string | null;
  item: string;
  subject: string;
  targetHours: number | null;
  plannedRpoHours: number;
}

export type HistoryPointSource = "upload" | "start" | "now";

export interface HistoryPoint {
  at: string;
  atMs: number;
  /** An upload (judged at its time), the start of the period (the last upload before it), or now. */
  source: HistoryPointSource;
  verdict: Verdict;
  score: number;
  /** The largest data loss any item allowed; null while no item had a good backup. */
  worstActualRpoHours: number | null;
  itemsNotWithinTarget: number;
  /** Per item, in the history's item order: the data loss it allowed; null without a good backup. */
  actualRpoHours: (number | null)[];
}

export interface EvidenceHistory {
  from: string;
  to: string;
  items: HistoryItem[];
  points: HistoryPoint[];
}

type HistoryPlan = Pick<PlanCore, "scenarios" | "rpo" | "gaps" | "settingsExports" | "databaseBackups" | "fileShareBackups">;

export function historyItemsOf(d: Deployment, plan: HistoryPlan): HistoryItem[] {
  return evidenceItemsFor(d, plan).map(({ key, kind, server, item, subject, targetHours, plannedRpoHours }) => ({
    key,
    kind,
    server,
    item,
    subject,
    targetHours,
    plannedRpoHours,
  }));
}

/** One point: the digests of the uploads known at `asOfMs` (oldest first), judged then. */
export function historyPoint(
  d: Deployment,
  plan: HistoryPlan,
  digests: readonly EvidenceDigest[],
  asOfMs: number,
  source: HistoryPointSource,
  acceptedGaps: readonly string[] = [],
): HistoryPoint {
  const section = sectionFor(indexDigests(d, evidenceItemsFor(d, plan), digests, asOfMs), asOfMs);
  const { verdict, score } = assessedWithEvidence(plan, d, section, acceptedGaps);
  return {
    at: isoUtc(asOfMs),
    atMs: asOfMs,
    source,
    verdict,
    score,
    worstActualRpoHours: section.summary.worstActualRpoHours,
    itemsNotWithinTarget: section.items.filter((i) => !i.withinTarget).length,
    actualRpoHours: section.items.map((i) => i.actualRpoHours),
  };
}
