// The overview's data-loss summary: one line per kind of data (how many items, the worst, how many
// miss their target) and the items that miss, worst first; the full table is on the backup plan page.
// With backup evidence the lines are the actual data loss each item allows now (the plan file keeps
// the planned RPO in `rpo` and the actual one in `evidence`), so the table agrees with the gaps page.
import type { EvidenceItem, EvidenceSection, RpoEntry } from "../formats/plan";

export interface RpoGroup {
  data: string;
  items: number;
  /** The largest data loss of the group's items; null when one of them has no good backup at all (unbounded). */
  worstHours: number | null;
  /** The tightest target among the group's items (null when none has one). */
  targetHours: number | null;
  misses: number;
}

/** One line of the summary: planned, or with evidence the data loss the last good backup allows now. */
export interface RpoLine {
  data: string;
  subject?: string;
  /** Null: no good backup in the evidence. */
  hours: number | null;
  targetHours: number | null;
  meets: boolean | null;
  /** With evidence: the evidence problem behind a miss ("a run failed", "no good backup"...). */
  problem?: string;
}

export interface RpoSummary {
  /** "planned" (the model alone) or "evidence" (actual data loss as of `asOf`). */
  basis: "planned" | "evidence";
  asOf: string | null;
  groups: RpoGroup[];
  /** Items that miss their target, by how far they miss, at most `maxMisses` of them. */
  misses: RpoLine[];
  moreMisses: number;
}

/** What an evidence item's status says, in words (a failed run and a missed run are different things). */
export function evidenceProblemOf(i: Pick<EvidenceItem, "status" | "failedRuns">): string | null {
  switch (i.status) {
    case "ok":
      return null;
    case "failed-runs":
      return `${i.failedRuns} failed run${i.failedRuns === 1 ? "" : "s"} since the last good backup`;
    case "stale":
      return i.failedRuns > 0 ? "failed: runs failed since the last good backup" : "missed: a scheduled run did not happen";
    case "no-good-backup":
      return "failed: no good backup, only failed runs";
    case "no-evidence":
      return "no backup in the evidence";
  }
}

const evidenceItemsOf = (r: RpoEntry, evidence: EvidenceSection): EvidenceItem[] => {
  if (r.kind === "settings") return evidence.items.filter((i) => i.kind === "settings");
  if (r.kind === "file-share") return evidence.items.filter((i) => i.kind === "share" && i.item === r.data);
  return evidence.items.filter(
    (i) => i.kind === "database" && i.item.toLowerCase() === r.data.toLowerCase() && (r.subject === undefined || i.server === r.subject),
  );
};

const PROBLEM_ORDER: Record<EvidenceItem["status"], number> = { "no-evidence": 4, "no-good-backup": 3, stale: 2, "failed-runs": 1, ok: 0 };

/**
 * The plan's RPO entries judged with the evidence: each entry's data loss is the worst its evidence items
 * allow now (null when one has no good backup), and it meets its target only when all of them are within
 * it. An entry the evidence does not cover keeps its planned figures.
 */
export function rpoLinesOf(rpo: readonly RpoEntry[], evidence?: EvidenceSection | null): RpoLine[] {
  return rpo.map((r) => {
    const planned: RpoLine = { data: r.data, subject: r.subject, hours: r.hours, targetHours: r.targetHours, meets: r.meets };
    if (!evidence) return planned;
    const items = evidenceItemsOf(r, evidence);
    if (items.length === 0) return planned;
    const unbounded = items.some((i) => i.actualRpoHours === null);
    const hours = unbounded ? null : Math.max(...items.map((i) => i.actualRpoHours!));
    const worst = items.reduce((a, b) => (PROBLEM_ORDER[b.status] > PROBLEM_ORDER[a.status] ? b : a));
    const meets = r.targetHours === null ? null : items.every((i) => i.withinTarget && i.actualRpoHours !== null);
    const problem = evidenceProblemOf(worst);
    return { ...planned, hours, meets, ...(problem ? { problem } : {}) };
  });
}

const overshoot = (r: RpoLine) => (r.targetHours === null ? 0 : r.hours === null ? Infinity : r.hours / Math.max(r.targetHours, 1e-9));

export function rpoSummaryOf(rpo: readonly RpoEntry[], maxMisses = 10, evidence?: EvidenceSection | null): RpoSummary {
  const lines = rpoLinesOf(rpo, evidence);
  const groups = new Map<string, RpoGroup>();
  for (const r of lines) {
    let g = groups.get(r.data);
    if (!g) groups.set(r.data, (g = { data: r.data, items: 0, worstHours: 0, targetHours: null, misses: 0 }));
    g.items++;
    g.worstHours = g.worstHours === null || r.hours === null ? null : Math.max(g.worstHours, r.hours);
    if (r.targetHours !== null) g.targetHours = g.targetHours === null ? r.targetHours : Math.min(g.targetHours, r.targetHours);
    if (r.meets === false) g.misses++;
  }
  const missing = lines.filter((r) => r.meets === false).sort((a, b) => overshoot(b) - overshoot(a) || a.data.localeCompare(b.data));
  return {
    basis: evidence ? "evidence" : "planned",
    asOf: evidence?.asOf ?? null,
    groups: [...groups.values()].sort((a, b) => b.misses - a.misses || a.data.localeCompare(b.data)),
    misses: missing.slice(0, maxMisses),
    moreMisses: Math.max(0, missing.length - maxMisses),
  };
}
