// View data of the evidence page: labels for the statuses, and the history as chart rows. Pure: it
// takes what lib/planning/load-evidence.ts loaded.
import type { EvidenceHistory } from "../engine/evidence-history";
import type { EvidenceItem } from "../formats/plan";

export const EVIDENCE_STATUS_LABELS: Record<EvidenceItem["status"], string> = {
  ok: "Backed up as planned",
  "failed-runs": "Recent runs failed",
  stale: "Stale: a run was missed",
  "no-good-backup": "No good backup",
  "no-evidence": "No evidence",
};

export const evidenceItemKey = (i: { kind: string; server: string | null; item: string }) => `${i.kind}|${i.server ?? ""}|${i.item}`;

export const itemLabel = (i: { kind: string; server: string | null; item: string }) =>
  i.kind === "database" ? `${i.item} on ${i.server}` : i.kind === "settings" ? `${i.item} export of ${i.server}` : `${i.item} share`;

export interface DeploymentHistoryRow {
  day: string;
  /** Worst actual data loss of any item, hours. */
  worst: number | null;
  /** 1 when all items are within target, 0 when not, null before any evidence. */
  within: number | null;
  notWithin: number;
}

export interface ItemHistoryRow {
  day: string;
  hours: number | null;
}

export interface EvidenceCharts {
  deployment: DeploymentHistoryRow[];
  items: { key: string; label: string; targetHours: number | null; plannedRpoHours: number; rows: ItemHistoryRow[] }[];
}

const day = (iso: string) => iso.slice(0, 10);

export function evidenceCharts(h: EvidenceHistory): EvidenceCharts {
  return {
    deployment: h.deployment.map((p) => ({
      day: day(p.at),
      worst: p.worstActualRpoHours,
      within: p.allItemsWithinTarget === null ? null : p.allItemsWithinTarget ? 1 : 0,
      notWithin: p.itemsNotWithinTarget,
    })),
    items: h.items.map((i) => ({
      key: evidenceItemKey(i),
      label: itemLabel(i),
      targetHours: i.targetHours,
      plannedRpoHours: i.plannedRpoHours,
      rows: i.points.map((p) => ({ day: day(p.at), hours: p.actualRpoHours })),
    })),
  };
}
