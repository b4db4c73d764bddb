// History of the evidence (rules P2, B10): the data loss each item really allowed, and whether all
// items were within target, sampled at regular moments over a period (90 days by default). Each
// moment is judged with the runs known now that had finished by then, so a late upload fills in the
// past too.
import type { Deployment } from "../formats/deployment";
import type { EvidenceRun } from "../formats/evidence";
import type { PlanCore } from "../formats/plan";
import { evidenceItemsFor, indexEvidence, isoUtc, itemStateAt, type EvidenceStatus } from "./evidence";

const HOUR = 3_600_000;

export interface ItemHistoryPoint {
  at: string;
  /** Null while the item had no good backup. */
  actualRpoHours: number | null;
  status: EvidenceStatus;
}

export interface ItemHistory {
  kind: string;
  server: string | null;
  item: string;
  subject: string;
  targetHours: number | null;
  plannedRpoHours: number;
  points: ItemHistoryPoint[];
}

export interface DeploymentHistoryPoint {
  at: string;
  /** The largest actual data loss of any item with a good backup; null before any evidence. */
  worstActualRpoHours: number | null;
  /** Items beyond their target (or, without one, with a run missed), without a good backup or without evidence. */
  itemsNotWithinTarget: number;
  /** Null before the first run in the evidence: nothing to judge yet. */
  allItemsWithinTarget: boolean | null;
}

export interface EvidenceHistory {
  from: string;
  to: string;
  stepHours: number;
  items: ItemHistory[];
  deployment: DeploymentHistoryPoint[];
}

export interface HistoryOptions {
  days?: number;
  stepHours?: number;
}

export function evidenceHistory(d: Deployment, plan: PlanCore, runs: readonly EvidenceRun[], toMs: number, options: HistoryOptions = {}): EvidenceHistory {
  const days = options.days ?? 90;
  const stepHours = options.stepHours ?? 24;
  const items = evidenceItemsFor(d, plan);
  const ix = indexEvidence(d, items, runs, toMs);
  const steps = Math.floor((days * 24) / stepHours);
  const moments = Array.from({ length: steps + 1 }, (_, i) => toMs - (steps - i) * stepHours * HOUR);

  const histories: ItemHistory[] = items.map((item) => ({
    kind: item.kind,
    server: item.server,
    item: item.item,
    subject: item.subject,
    targetHours: item.targetHours,
    plannedRpoHours: item.plannedRpoHours,
    points: [],
  }));
  const deployment: DeploymentHistoryPoint[] = [];
  for (const t of moments) {
    let worst: number | null = null;
    let notWithin = 0;
    items.forEach((item, i) => {
      const s = itemStateAt(item, ix.runs.get(item.key)!, t);
      histories[i].points.push({ at: isoUtc(t), actualRpoHours: s.actualRpoHours, status: s.status });
      if (s.actualRpoHours !== null && (worst === null || s.actualRpoHours > worst)) worst = s.actualRpoHours;
      if (!s.withinTarget) notWithin++;
    });
    const started = ix.firstRunMs !== null && ix.firstRunMs <= t;
    deployment.push({ at: isoUtc(t), worstActualRpoHours: worst, itemsNotWithinTarget: notWithin, allItemsWithinTarget: started ? notWithin === 0 : null });
  }
  return { from: isoUtc(moments[0]), to: isoUtc(toMs), stepHours, items: histories, deployment };
}
