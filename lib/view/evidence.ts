// View data of the evidence page: labels for the statuses, and the history as chart rows. Pure: it
// takes what lib/planning/load-evidence.ts loaded.
import type { EvidenceHistory, HistoryPoint } from "../engine/evidence-history";
import type { EvidenceItem, Verdict } from "../formats/plan";

export const EVIDENCE_STATUS_LABELS: Record<EvidenceItem["status"], string> = {
  ok: "Backed up as planned",
  "failed-runs": "Recent runs failed",
  stale: "Stale: a run was missed or failed",
  "no-good-backup": "Failed: only failed runs, no good backup",
  "no-evidence": "No evidence",
};

/** The status as the evidence page says it: a stale item whose runs failed is "failed", one whose run never came is "missed". */
export function evidenceStatusLabel(i: Pick<EvidenceItem, "status" | "failedRuns">): string {
  if (i.status !== "stale") return EVIDENCE_STATUS_LABELS[i.status];
  return i.failedRuns > 0
    ? `Stale: ${i.failedRuns} run${i.failedRuns === 1 ? "" : "s"} failed since the last good backup`
    : "Stale: a run was missed";
}

export const evidenceItemKey = (i: { kind: string; server: string | null; item: string }) => `${i.kind}|${i.server ?? ""}|${i.item}`;

export const itemLabel = (i: { kind: string; server: string | null; item: string }) =>
  i.kind === "database" ? `${i.item} on ${i.server}` : i.kind === "settings" ? `${i.item} export of ${i.server}` : `${i.item} share`;

/** The verdict as a level for a step chart: higher is better. */
export const VERDICT_LEVEL: Record<Verdict, number> = { "not-protected": 0, "at-risk": 1, protected: 2 };
export const VERDICT_LEVEL_LABELS = ["Not protected", "At risk", "Protected"] as const;

export interface DeploymentHistoryRow {
  /** Milliseconds, the chart's time axis. */
  t: number;
  at: string;
  source: HistoryPoint["source"];
  verdict: Verdict;
  /** VERDICT_LEVEL of the verdict. */
  level: number;
  score: number;
  /** Worst actual data loss of any item, hours; null while none had a good backup. */
  worst: number | null;
  notWithin: number;
}

export interface ItemHistoryRow {
  t: number;
  hours: number | null;
}

export interface ItemChart {
  key: string;
  label: string;
  targetHours: number | null;
  plannedRpoHours: number;
  rows: ItemHistoryRow[];
  /** The largest data loss it allowed in the period, and whether it ever passed its target. */
  worst: number | null;
  missedTarget: boolean;
}

export interface EvidenceCharts {
  from: number;
  to: number;
  deployment: DeploymentHistoryRow[];
  items: ItemChart[];
  /** Points (uploads, the period's start, now) at which the deployment was not protected / at risk. */
  counts: Record<Verdict, number>;
}

export function evidenceCharts(h: EvidenceHistory): EvidenceCharts {
  const counts: Record<Verdict, number> = { protected: 0, "at-risk": 0, "not-protected": 0 };
  for (const p of h.points) counts[p.verdict]++;
  return {
    from: Date.parse(h.from),
    to: Date.parse(h.to),
    deployment: h.points.map((p) => ({
      t: p.atMs,
      at: p.at,
      source: p.source,
      verdict: p.verdict,
      level: VERDICT_LEVEL[p.verdict],
      score: p.score,
      worst: p.worstActualRpoHours,
      notWithin: p.itemsNotWithinTarget,
    })),
    items: h.items.map((item, i) => {
      const rows = h.points.map((p) => ({ t: p.atMs, hours: p.actualRpoHours[i] }));
      const values = rows.map((r) => r.hours).filter((x): x is number => x !== null);
      const worst = values.length ? Math.max(...values) : null;
      return {
        key: evidenceItemKey(item),
        label: itemLabel(item),
        targetHours: item.targetHours,
        plannedRpoHours: item.plannedRpoHours,
        rows,
        worst,
        missedTarget: item.targetHours !== null && rows.some((r) => r.hours === null || r.hours > item.targetHours!),
      };
    }),
    counts,
  };
}
