// A compact digest of one evidence upload (rules P2, B10), made once when the file is stored: per
// thing the file names (kind, server, item), its rows, its runs counted, its last good backup and the
// failed runs that can still matter, as of the upload. Judging digests gives exactly what judging the
// files' runs gives (evidence-digest.test.ts), so the planner reads digests, not whole files.
//
// Why the digest can drop runs: the state of an item at a time t (evidence.ts itemStateAt) reads only
// the last good run at or before t and the failed runs after it. Digests are judged only at or after
// the time they were made, so the last good run of a file can only be replaced by a later one, and a
// failed run older than the last good backup never counts again. The one exception is a pool's separate
// `global` and `pool` exports, which count together by the older of the two: their failed runs are kept
// from the older last good one. Runs that finished after the upload (clocks apart) are kept whole.
import type { Deployment } from "../formats/deployment";
import type { EvidenceKind, EvidenceRun } from "../formats/evidence";
import type { EvidenceSection } from "../formats/plan";
import {
  evidenceIndexer,
  evidenceItemsFor,
  evidenceKey,
  sectionFor,
  type EvidenceIndex,
  type EvidencePlanItem,
  type EvidencePlanPart,
} from "./evidence";

export const DIGEST_VERSION = 1;

export interface DigestEntry {
  kind: EvidenceKind;
  server: string | null;
  /** As the file's first row of this thing spells it. */
  item: string;
  /** Its first line in the file, and its rows (all of them, also those after the upload time). */
  line: number;
  rows: number;
  /** Runs counted at the upload: finished at or before it. */
  good: number;
  failed: number;
  first: number | null;
  lastGood: number | null;
  /** Failed runs at or after the last good one (for `global` and `pool`: the older of the pair's), ascending, distinct. */
  failures: number[];
}

export interface LaterRun {
  kind: EvidenceKind;
  server: string | null;
  item: string;
  line: number;
  at: number;
  ok: boolean;
}

export interface EvidenceDigest {
  v: typeof DIGEST_VERSION;
  /** The upload time it was made at (milliseconds). */
  asOfMs: number;
  /** In the order of their first line. */
  entries: DigestEntry[];
  /** Runs that finished after the upload time, in file order. */
  later: LaterRun[];
}

export function digestEvidence(runs: readonly EvidenceRun[], asOfMs: number): EvidenceDigest {
  const byKey = new Map<string, DigestEntry & { failedAll: number[] }>();
  const later: LaterRun[] = [];
  for (const r of runs) {
    const key = evidenceKey(r.kind, r.server, r.item);
    let e = byKey.get(key);
    if (!e) {
      e = {
        kind: r.kind,
        server: r.server,
        item: r.item,
        line: r.line,
        rows: 0,
        good: 0,
        failed: 0,
        first: null,
        lastGood: null,
        failures: [],
        failedAll: [],
      };
      byKey.set(key, e);
    }
    e.rows++;
    const ok = r.result === "ok";
    if (r.finishedAtMs > asOfMs) {
      later.push({ kind: r.kind, server: r.server, item: r.item, line: r.line, at: r.finishedAtMs, ok });
      continue;
    }
    if (e.first === null || r.finishedAtMs < e.first) e.first = r.finishedAtMs;
    if (ok) {
      e.good++;
      if (e.lastGood === null || r.finishedAtMs > e.lastGood) e.lastGood = r.finishedAtMs;
    } else {
      e.failed++;
      e.failedAll.push(r.finishedAtMs);
    }
  }
  const lastGoodOf = (server: string | null, item: string) => byKey.get(evidenceKey("settings", server, item))?.lastGood ?? null;
  const entries: DigestEntry[] = [];
  for (const { failedAll, ...e } of byKey.values()) {
    let from = e.lastGood;
    if (e.kind === "settings" && (e.item === "global" || e.item === "pool")) {
      const g = lastGoodOf(e.server, "global");
      const p = lastGoodOf(e.server, "pool");
      from = g === null || p === null ? null : Math.min(g, p);
    }
    const kept = from === null ? failedAll : failedAll.filter((t) => t >= from);
    kept.sort((a, b) => a - b);
    entries.push({ ...e, failures: kept.filter((t, i) => i === 0 || t !== kept[i - 1]) });
  }
  entries.sort((a, b) => a.line - b.line);
  return { v: DIGEST_VERSION, asOfMs, entries, later };
}

/**
 * The evidence index of several uploads' digests (oldest first), judged at `asOfMs`, which must not be
 * before any digest's own time. Equal to indexEvidence over the uploads' runs in upload order, warnings
 * included.
 */
export function indexDigests(d: Deployment, items: EvidencePlanItem[], digests: readonly EvidenceDigest[], asOfMs: number): EvidenceIndex {
  const ix = evidenceIndexer(d, items);
  for (const digest of digests) {
    if (digest.asOfMs > asOfMs) throw new Error("an evidence digest is judged only at or after its own time");
    for (const e of digest.entries) {
      const target = ix.target(e.kind, e.server, e.item);
      if (!target) {
        ix.unmatched(e, e.rows);
        continue;
      }
      if (e.lastGood !== null) target.good.push(e.lastGood);
      for (const t of e.failures) target.failed.push(t);
      ix.counted.good += e.good;
      ix.counted.failed += e.failed;
      if (e.first !== null) ix.seen(e.first);
    }
    for (const r of digest.later) {
      const target = ix.target(r.kind, r.server, r.item);
      if (!target) continue; // counted among its thing's rows above
      if (r.at > asOfMs) {
        ix.late(r.line, 1, asOfMs);
        continue;
      }
      (r.ok ? target.good : target.failed).push(r.at);
      if (r.ok) ix.counted.good++;
      else ix.counted.failed++;
      ix.seen(r.at);
    }
  }
  return ix.finish();
}

/** The plan file's `evidence` section from digests: what analyseEvidence gives from the runs. */
export function analyseDigests(d: Deployment, plan: EvidencePlanPart, digests: readonly EvidenceDigest[], asOfMs: number): EvidenceSection {
  return sectionFor(indexDigests(d, evidenceItemsFor(d, plan), digests, asOfMs), asOfMs);
}
