// The overview's data-loss summary: one line per kind of data (how many items, the worst, how many
// miss their target) and the items that miss, worst first; the full table is on the backup plan page.
import type { RpoEntry } from "../formats/plan";

export interface RpoGroup {
  data: string;
  items: number;
  worstHours: number;
  /** The tightest target among the group's items (null when none has one). */
  targetHours: number | null;
  misses: number;
}

export interface RpoSummary {
  groups: RpoGroup[];
  /** Items that miss their target, by how far they miss, at most `maxMisses` of them. */
  misses: RpoEntry[];
  moreMisses: number;
}

const overshoot = (r: RpoEntry) => (r.targetHours === null ? 0 : r.hours / Math.max(r.targetHours, 1e-9));

export function rpoSummaryOf(rpo: readonly RpoEntry[], maxMisses = 10): RpoSummary {
  const groups = new Map<string, RpoGroup>();
  for (const r of rpo) {
    let g = groups.get(r.data);
    if (!g) groups.set(r.data, (g = { data: r.data, items: 0, worstHours: 0, targetHours: null, misses: 0 }));
    g.items++;
    g.worstHours = Math.max(g.worstHours, r.hours);
    if (r.targetHours !== null) g.targetHours = g.targetHours === null ? r.targetHours : Math.min(g.targetHours, r.targetHours);
    if (r.meets === false) g.misses++;
  }
  const missing = rpo.filter((r) => r.meets === false).sort((a, b) => overshoot(b) - overshoot(a) || a.data.localeCompare(b.data));
  return {
    groups: [...groups.values()].sort((a, b) => b.misses - a.misses || a.data.localeCompare(b.data)),
    misses: missing.slice(0, maxMisses),
    moreMisses: Math.max(0, missing.length - maxMisses),
  };
}
