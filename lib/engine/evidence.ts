// Plan meets reality (rules P2, B1, B10): the runs of an evidence file (lib/formats/evidence.ts) set
// against every item the plan backs up: the last good backup, its age at the as-of time, the data loss
// it really allows now, the failed runs since, and the items with no evidence at all.
//
// The data loss an item allows now is what a loss just before the next scheduled run would cost:
// from the last good backup to the end of the next run, plus the run's own duration (the backup holds
// the data as of its start), as the plan's RPO counts it (rpo.ts). Runs repeat every `frequencyHours`
// (the deployment's interval, or the plan's default when it takes none) counted from the last good
// run, because the deployment file does not hold the servers' time zone. On schedule this equals the
// planned RPO; every missed or failed run adds one interval, and the item is then "stale". A run counts
// as missed once its time has passed by more than a grace (a quarter interval, at most 6 h), which
// leaves time for the run to finish and its evidence to arrive.
import type { Deployment } from "../formats/deployment";
import type { EvidenceKind, EvidenceRun } from "../formats/evidence";
import type { EvidenceItem, EvidenceSection, EvidenceWarning, Gap, PlanCore } from "../formats/plan";
import { plannedFrequency } from "./backup";
import { evidenceGapsFor } from "./rules/evidence-gaps";

const HOUR = 3_600_000;
const round1 = (h: number) => Math.round(h * 10) / 10;
export const isoUtc = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

/** One thing the plan backs up, as evidence rows name it. */
export interface EvidencePlanItem {
  key: string;
  kind: EvidenceKind;
  /** FQDN; null for a share. */
  server: string | null;
  item: string;
  /** For people: "RTC on sql01.litware.com". */
  subject: string;
  frequencyHours: number;
  /** The strictest data-loss target of the workloads using it; null when none is ranked. */
  targetHours: number | null;
  /** What the plan allows: interval + the run's own duration (rpo.ts). */
  plannedRpoHours: number;
  rules: string[];
}

export const evidenceKey = (kind: EvidenceKind, server: string | null, item: string) =>
  `${kind}|${server ?? ""}|${kind === "database" ? item.toLowerCase() : item}`;

/**
 * Every item the plan backs up, in plan order: databases, settings exports (global+pool per pool on the
 * server the plan picked, then machine per OCS server), file shares (with the Address Book
 * `normalization-rules` file when the deployment lists it, D9).
 */
/** What the evidence analysis reads of a plan. */
export type EvidencePlanPart = Pick<PlanCore, "rpo" | "settingsExports" | "databaseBackups" | "fileShareBackups">;

export function evidenceItemsFor(d: Deployment, plan: EvidencePlanPart): EvidencePlanItem[] {
  const items: EvidencePlanItem[] = [];
  const seen = new Set<string>();
  const add = (i: EvidencePlanItem) => {
    if (!seen.has(i.key)) {
      seen.add(i.key);
      items.push(i);
    }
  };
  const rpoOf = (data: string, subject?: string) =>
    plan.rpo.filter((r) => r.data === data && (subject === undefined || r.subject === subject));

  for (const db of plan.databaseBackups) {
    if (!db.backUp) continue;
    const frequency = db.frequencyHours ?? plannedFrequency(d.backup.databaseFrequencyHours);
    const rpo = rpoOf(db.database, db.server)[0];
    add({
      key: evidenceKey("database", db.server, db.database),
      kind: "database",
      server: db.server,
      item: db.database,
      subject: `${db.database} on ${db.server}`,
      frequencyHours: frequency,
      targetHours: rpo?.targetHours ?? null,
      plannedRpoHours: rpo?.hours ?? frequency,
      rules: ["P2", "B1", "B10", ...db.rules],
    });
  }

  const settings = plan.rpo.find((r) => r.kind === "settings");
  const settingsFrequency = settings?.hours ?? plannedFrequency(d.backup.settingsFrequencyHours || d.backup.databaseFrequencyHours);
  for (const e of plan.settingsExports) {
    const poolLevel = e.levels.includes("pool");
    const item = poolLevel ? "global-pool" : "machine";
    add({
      key: evidenceKey("settings", e.server, item),
      kind: "settings",
      server: e.server,
      item,
      subject: poolLevel ? `global and pool settings of ${e.pool} (exported on ${e.server})` : `machine settings of ${e.server}`,
      frequencyHours: settingsFrequency,
      targetHours: settings?.targetHours ?? null,
      plannedRpoHours: settingsFrequency,
      rules: ["P2", "B1", "B10", ...e.rules],
    });
  }

  const shareItems = new Map<string, EvidencePlanItem>();
  for (const s of plan.fileShareBackups) {
    if (!s.backUp) continue;
    const frequency = s.frequencyHours ?? plannedFrequency(d.backup.fileShareFrequencyHours);
    const rpo = rpoOf(s.content, s.path)[0];
    const existing = shareItems.get(s.content);
    // Evidence names a share by its content only: several shares of one content are one item,
    // held to the strictest target and the longest planned RPO among them.
    if (existing) {
      existing.subject += `, ${s.path}`;
      if (rpo?.targetHours != null)
        existing.targetHours = existing.targetHours === null ? rpo.targetHours : Math.min(existing.targetHours, rpo.targetHours);
      existing.plannedRpoHours = Math.max(existing.plannedRpoHours, rpo?.hours ?? frequency);
      continue;
    }
    const entry: EvidencePlanItem = {
      key: evidenceKey("share", null, s.content),
      kind: "share",
      server: null,
      item: s.content,
      subject: `${s.content} share at ${s.path}`,
      frequencyHours: frequency,
      targetHours: rpo?.targetHours ?? null,
      plannedRpoHours: rpo?.hours ?? frequency,
      rules: ["P2", "B1", "B10", ...s.rules],
    };
    shareItems.set(s.content, entry);
    add(entry);
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Runs grouped per item, as sorted times: the state at any moment is a few binary searches.

export interface RunTimes {
  good: number[];
  failed: number[];
}

interface ItemRuns {
  direct: RunTimes;
  /** For a pool's global+pool item: separate `global` and `pool` exports of the same server, which count together. */
  global?: RunTimes;
  pool?: RunTimes;
}

const emptyTimes = (): RunTimes => ({ good: [], failed: [] });

/** Index of the first element > t in ascending `xs`. */
function upperBound(xs: readonly number[], t: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const lastAtOrBefore = (xs: readonly number[], t: number): number | null => {
  const i = upperBound(xs, t);
  return i === 0 ? null : xs[i - 1];
};
const countIn = (xs: readonly number[], after: number, upTo: number) => Math.max(0, upperBound(xs, upTo) - upperBound(xs, after));
const maxOf = (...xs: (number | null)[]): number | null =>
  xs.reduce<number | null>((m, x) => (x === null ? m : m === null ? x : Math.max(m, x)), null);

function sortUnique(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  let w = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[w - 1]) xs[w++] = xs[i];
  xs.length = w;
  return xs;
}

export interface EvidenceIndex {
  items: EvidencePlanItem[];
  runs: Map<string, ItemRuns>;
  warnings: EvidenceWarning[];
  /** Runs matched to a plan item (finished at or before the as-of time). */
  counted: { good: number; failed: number };
  /** Earliest matched run (for history), or null. */
  firstRunMs: number | null;
}

interface WarningDraft {
  line: number;
  column: number;
  field: EvidenceWarning["field"];
  message: string;
  rows: number;
}

/**
 * Sorts runs (or digests of runs, evidence-digest.ts) to the plan's items: rows naming what the
 * deployment lacks, or what the plan does not back up, become one warning per distinct thing (its first
 * line and its number of rows).
 */
export function evidenceIndexer(d: Deployment, items: EvidencePlanItem[]) {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const grouped = new Map<string, ItemRuns>(items.map((i) => [i.key, { direct: emptyTimes() }]));
  const globalPoolOf = new Map<string, string>();
  for (const i of items) if (i.kind === "settings" && i.item === "global-pool") globalPoolOf.set(i.server!, i.key);

  const drafts = new Map<string, WarningDraft>();
  const warn = (key: string, line: number, rows: number, column: number, message: () => string) => {
    const w = drafts.get(key);
    if (w) w.rows += rows;
    else drafts.set(key, { line, column, field: COLUMN_FIELDS[column - 1], message: message(), rows });
  };
  const lookup = deploymentLookup(d);
  const counted = { good: 0, failed: 0 };
  let firstRunMs: number | null = null;

  return {
    counted,
    /** The run lists an evidence row of this kind, server and item counts in; undefined when it matches no plan item. */
    target(kind: EvidenceKind, server: string | null, item: string): RunTimes | undefined {
      const key = evidenceKey(kind, server, item);
      if (byKey.has(key)) return grouped.get(key)!.direct;
      if (kind === "settings" && (item === "global" || item === "pool") && globalPoolOf.has(server!)) {
        const g = grouped.get(globalPoolOf.get(server!)!)!;
        return item === "global" ? (g.global ??= emptyTimes()) : (g.pool ??= emptyTimes());
      }
      return undefined;
    },
    unmatched(run: Pick<EvidenceRun, "kind" | "server" | "item" | "line">, rows: number) {
      const why = unmatchedReason(run, lookup);
      warn(`${why.column}|${evidenceKey(run.kind, run.server, run.item)}`, run.line, rows, why.column, () => why.message);
    },
    late(line: number, rows: number, asOfMs: number) {
      warn("after-as-of", line, rows, 4, () => `finished after the as-of time (${isoUtc(asOfMs)}): not counted`);
    },
    seen(ms: number) {
      if (firstRunMs === null || ms < firstRunMs) firstRunMs = ms;
    },
    finish(): EvidenceIndex {
      for (const g of grouped.values())
        for (const t of [g.direct, g.global, g.pool]) {
          if (!t) continue;
          sortUnique(t.good);
          sortUnique(t.failed);
        }
      const warnings = [...drafts.values()]
        .sort((a, b) => a.line - b.line)
        .map((w): EvidenceWarning => ({
          line: w.line,
          column: w.column,
          field: w.field,
          message: w.rows > 1 ? `${w.message} (${w.rows} rows)` : w.message,
          rows: w.rows,
        }));
      return { items, runs: grouped, warnings, counted, firstRunMs };
    },
  };
}

/**
 * Sort the runs to the plan's items. Rows naming what the deployment lacks, or what the plan does not
 * back up, are warnings (one per distinct thing, with the first line and the number of rows). Runs
 * after `asOfMs` are not counted (a warning says so). Identical runs (same item, time and result, as
 * when uploads overlap) count once.
 */
export function indexEvidence(d: Deployment, items: EvidencePlanItem[], runs: readonly EvidenceRun[], asOfMs: number): EvidenceIndex {
  const ix = evidenceIndexer(d, items);
  for (const run of runs) {
    const target = ix.target(run.kind, run.server, run.item);
    if (!target) {
      ix.unmatched(run, 1);
      continue;
    }
    if (run.finishedAtMs > asOfMs) {
      ix.late(run.line, 1, asOfMs);
      continue;
    }
    if (run.result === "ok") {
      target.good.push(run.finishedAtMs);
      ix.counted.good++;
    } else {
      target.failed.push(run.finishedAtMs);
      ix.counted.failed++;
    }
    ix.seen(run.finishedAtMs);
  }
  return ix.finish();
}

const COLUMN_FIELDS = ["kind", "server", "item", "finishedAt", "sizeBytes", "result"] as const;

interface DeploymentLookup {
  servers: Set<string>;
  databases: Map<string, Set<string>>;
  shares: Set<string>;
}

function deploymentLookup(d: Deployment): DeploymentLookup {
  const databases = new Map<string, Set<string>>();
  for (const db of d.databases ?? []) {
    const set = databases.get(db.server) ?? new Set<string>();
    set.add(db.name.toLowerCase());
    databases.set(db.server, set);
  }
  return { servers: new Set(d.servers.map((s) => s.fqdn)), databases, shares: new Set((d.fileShares ?? []).map((s) => s.content)) };
}

function unmatchedReason(run: Pick<EvidenceRun, "kind" | "server" | "item">, l: DeploymentLookup): { column: number; message: string } {
  if (run.kind === "share") {
    if (l.shares.has(run.item)) return { column: 3, message: `the plan does not back up the ${run.item} share (rule D7): not counted` };
    return { column: 3, message: `the deployment has no ${run.item} share: not counted` };
  }
  const server = run.server!;
  if (!l.servers.has(server) && !(run.kind === "database" && l.databases.has(server)))
    return { column: 2, message: `the deployment has no server ${server}: not counted` };
  if (run.kind === "database") {
    if (!l.databases.get(server)?.has(run.item.toLowerCase()))
      return { column: 3, message: `the deployment has no database ${run.item} on ${server}: not counted` };
    return {
      column: 3,
      message: `the plan does not back up ${run.item} on ${server} (rules D2, D3: it holds no data worth restoring): not counted`,
    };
  }
  if (run.item === "machine")
    return { column: 3, message: `the plan takes no machine-level export of ${server} (not an OCS server): not counted` };
  return { column: 3, message: `the plan exports global and pool settings on another server, not on ${server} (rule S2): not counted` };
}

// ---------------------------------------------------------------------------------------------
// The state of one item at one moment.

export type EvidenceStatus = EvidenceItem["status"];

export interface ItemState {
  lastGoodMs: number | null;
  lastRunMs: number | null;
  lastRunResult: "ok" | "failed" | null;
  ageHours: number | null;
  actualRpoHours: number | null;
  failedRuns: number;
  status: EvidenceStatus;
  /** Actual data loss within the target (without a target: no run missed). */
  withinTarget: boolean;
  meets: boolean | null;
}

function lastGoodAt(r: ItemRuns, t: number): number | null {
  const direct = lastAtOrBefore(r.direct.good, t);
  if (!r.global || !r.pool) return direct;
  const g = lastAtOrBefore(r.global.good, t);
  const p = lastAtOrBefore(r.pool.good, t);
  // Separate global and pool exports restore the pool only together: the older one counts.
  return maxOf(direct, g === null || p === null ? null : Math.min(g, p));
}

/** How late a run may finish (and its evidence arrive) before it counts as missed. */
export const runGraceMs = (frequencyHours: number) => Math.min(frequencyHours / 4, 6) * HOUR;

export function itemStateAt(item: EvidencePlanItem, r: ItemRuns, t: number): ItemState {
  const lists = [r.direct, r.global, r.pool].filter((x): x is RunTimes => x !== undefined);
  const lastGoodMs = lastGoodAt(r, t);
  const lastFailedMs = maxOf(...lists.map((x) => lastAtOrBefore(x.failed, t)));
  const lastRunMs = maxOf(lastFailedMs, ...lists.map((x) => lastAtOrBefore(x.good, t)));
  const lastRunResult = lastRunMs === null ? null : lastFailedMs === lastRunMs ? "failed" : "ok";
  const failedRuns = lists.reduce((n, x) => n + countIn(x.failed, lastGoodMs ?? -Infinity, t), 0);

  if (lastGoodMs === null) {
    const status: EvidenceStatus = lastRunMs === null ? "no-evidence" : "no-good-backup";
    return {
      lastGoodMs,
      lastRunMs,
      lastRunResult,
      ageHours: null,
      actualRpoHours: null,
      failedRuns,
      status,
      withinTarget: false,
      meets: item.targetHours === null ? null : false,
    };
  }
  const interval = item.frequencyHours * HOUR;
  const grace = runGraceMs(item.frequencyHours);
  // The next scheduled run after the last good one that can still come in time (k = 1 on schedule).
  const k = t - lastGoodMs <= interval + grace ? 1 : Math.floor((t - lastGoodMs - grace) / interval) + 1;
  const nextRunMs = lastGoodMs + k * interval;
  const runDuration = Math.max(0, item.plannedRpoHours - item.frequencyHours);
  const actualRpoHours = round1((Math.max(nextRunMs, t) - lastGoodMs) / HOUR + runDuration);
  const status: EvidenceStatus = k > 1 ? "stale" : failedRuns > 0 ? "failed-runs" : "ok";
  const meets = item.targetHours === null ? null : actualRpoHours <= item.targetHours;
  return {
    lastGoodMs,
    lastRunMs,
    lastRunResult,
    ageHours: round1((t - lastGoodMs) / HOUR),
    actualRpoHours,
    failedRuns,
    status,
    withinTarget: meets ?? k === 1,
    meets,
  };
}

// ---------------------------------------------------------------------------------------------
// The plan file's `evidence` section.

export interface EvidenceInput {
  runs: readonly EvidenceRun[];
  /** Milliseconds since 1970; the CLI's --as-of or the time of the request. */
  asOfMs: number;
}

export function analyseEvidence(d: Deployment, plan: EvidencePlanPart, input: EvidenceInput): EvidenceSection {
  const items = evidenceItemsFor(d, plan);
  const ix = indexEvidence(d, items, input.runs, input.asOfMs);
  return sectionFor(ix, input.asOfMs);
}

export function sectionFor(ix: EvidenceIndex, asOfMs: number): EvidenceSection {
  const states = ix.items.map((item) => itemStateAt(item, ix.runs.get(item.key)!, asOfMs));
  const out: EvidenceItem[] = ix.items.map((item, i) => {
    const s = states[i];
    return {
      kind: item.kind,
      server: item.server,
      item: item.item,
      subject: item.subject,
      lastGoodAt: s.lastGoodMs === null ? null : isoUtc(s.lastGoodMs),
      ageHours: s.ageHours,
      actualRpoHours: s.actualRpoHours,
      targetHours: item.targetHours,
      plannedRpoHours: item.plannedRpoHours,
      frequencyHours: item.frequencyHours,
      meets: s.meets,
      failedRuns: s.failedRuns,
      status: s.status,
      lastRunAt: s.lastRunMs === null ? null : isoUtc(s.lastRunMs),
      lastRunResult: s.lastRunResult,
      withinTarget: s.withinTarget,
      rules: item.rules,
    };
  });
  const count = (status: EvidenceStatus) => out.filter((i) => i.status === status).length;
  return {
    asOf: isoUtc(asOfMs),
    items: out,
    summary: {
      goodRuns: ix.counted.good,
      failedRuns: ix.counted.failed,
      items: out.length,
      ok: count("ok"),
      failedRunItems: count("failed-runs"),
      stale: count("stale"),
      noGoodBackup: count("no-good-backup"),
      noEvidence: count("no-evidence"),
      worstActualRpoHours: maxOf(...out.map((i) => i.actualRpoHours)),
      allItemsWithinTarget: states.every((s) => s.withinTarget),
    },
    warnings: ix.warnings,
  };
}

const SEVERITY_ORDER: Record<Gap["severity"], number> = { critical: 0, warning: 1, info: 2 };

/** The plan with its `evidence` section and the gaps the evidence shows, in the plan's gap order. */
/** The plan's gaps with the evidence's own (stale, failed, missing), in severity order. */
export function withEvidenceGaps(gaps: readonly Gap[], evidence: EvidenceSection): Gap[] {
  return [...gaps, ...evidenceGapsFor(evidence)].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function applyEvidence<P extends PlanCore>(plan: P, d: Deployment, input: EvidenceInput): P & { evidence: EvidenceSection } {
  return withEvidenceSection(plan, analyseEvidence(d, plan, input));
}

/** The plan with an evidence section already judged (from runs or from digests) and its gaps. */
export function withEvidenceSection<P extends PlanCore>(plan: P, evidence: EvidenceSection): P & { evidence: EvidenceSection } {
  return { ...plan, gaps: withEvidenceGaps(plan.gaps, evidence), evidence };
}
