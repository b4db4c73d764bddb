// The coverage score of the dashboard: the share of the things that must be backed up (every
// settings export, every database and file share that the rules say to back up, every environmental
// dependency) that the current practice does back up. Derived from the plan's own gaps, so the score
// and the gap list can never disagree.
import type { Plan } from "./plan";

export interface CoverageItem {
  id: string;
  kind: "settings" | "database" | "file-share" | "environment";
  label: string;
  covered: boolean;
  /** The gap that leaves it uncovered, when there is one. */
  gapId?: string;
}

export interface Coverage {
  total: number;
  covered: number;
  /** 0..100, rounded down so 99.6 % never shows as complete. */
  percent: number;
  items: CoverageItem[];
}

export function coverageOf(
  plan: Pick<Plan, "settingsExports" | "databaseBackups" | "fileShareBackups" | "environmentBackups" | "gaps">,
): Coverage {
  const gapIds = new Set(plan.gaps.map((g) => g.id));
  const items: CoverageItem[] = [];
  const add = (id: string, kind: CoverageItem["kind"], label: string, gapId: string | undefined) =>
    items.push({ id, kind, label, covered: gapId === undefined, ...(gapId ? { gapId } : {}) });

  for (const e of plan.settingsExports) {
    const machine = e.levels.includes("machine");
    const gap = machine ? `no-machine-export:${e.server}` : `no-pool-export:${e.pool}`;
    add(
      machine ? `export:machine:${e.server}` : `export:pool:${e.pool}`,
      "settings",
      machine ? `Machine settings of ${e.server}` : `Global and pool settings of ${e.pool}`,
      gapIds.has(gap) ? gap : undefined,
    );
  }
  for (const b of plan.databaseBackups.filter((x) => x.backUp)) {
    const gap = `database-not-backed-up:${b.database}@${b.server}`;
    add(`database:${b.database}@${b.server}`, "database", `${b.database} on ${b.server}`, gapIds.has(gap) ? gap : undefined);
  }
  for (const f of plan.fileShareBackups.filter((x) => x.backUp)) {
    const gap = `share-not-backed-up:${f.content}@${f.path}`;
    add(`share:${f.content}@${f.path}`, "file-share", `${f.content} share ${f.path}`, gapIds.has(gap) ? gap : undefined);
  }
  for (const env of plan.environmentBackups)
    add(`environment:${env.id}`, "environment", env.dependency, env.backedUp === true ? undefined : `environment:${env.id}`);

  const covered = items.filter((i) => i.covered).length;
  return { total: items.length, covered, percent: items.length ? Math.floor((covered / items.length) * 100) : 100, items };
}
