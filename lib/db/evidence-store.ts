// Reads of the evidence store: uploads (every file kept as uploaded, gzip-compressed, until pruned)
// and upload tokens. Writes live in lib/commands/evidence.ts with their audit entries.
import { createHash } from "node:crypto";
import { gunzipSync } from "fflate";
import { DIGEST_VERSION, digestEvidence, type EvidenceDigest } from "../engine/evidence-digest";
import { parseEvidenceCsv, type EvidenceRun } from "../formats/evidence";
import type { Db } from "./client";

/** How long uploads are kept: EVIDENCE_KEEP_DAYS (whole days, at least 1), 400 days by default. */
export const DEFAULT_EVIDENCE_KEEP_DAYS = 400;
export function evidenceKeepDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.EVIDENCE_KEEP_DAYS?.trim();
  if (!raw) return DEFAULT_EVIDENCE_KEEP_DAYS;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : DEFAULT_EVIDENCE_KEEP_DAYS;
}

export const TOKEN_PREFIX = "ocsev_";
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export interface EvidenceUploadInfo {
  id: string;
  uploadedAt: Date;
  uploadedBy: string;
  tokenId: string | null;
  fileName: string;
  rows: number;
  goodRuns: number;
  failedRuns: number;
  warnings: number;
  firstRunAt: Date | null;
  lastRunAt: Date | null;
  summary: string;
}

const INFO = {
  id: true,
  uploadedAt: true,
  uploadedBy: true,
  tokenId: true,
  fileName: true,
  rows: true,
  goodRuns: true,
  failedRuns: true,
  warnings: true,
  firstRunAt: true,
  lastRunAt: true,
  summary: true,
} as const;

/** Newest first. */
export async function listEvidenceUploads(
  db: Db,
  deploymentId: string,
  take = 50,
): Promise<{ uploads: EvidenceUploadInfo[]; total: number }> {
  const [uploads, total] = await Promise.all([
    db.evidenceUpload.findMany({ where: { deploymentId }, select: INFO, orderBy: [{ uploadedAt: "desc" }, { id: "desc" }], take }),
    db.evidenceUpload.count({ where: { deploymentId } }),
  ]);
  return { uploads, total };
}

export const hasEvidence = async (db: Db, deploymentId: string): Promise<boolean> =>
  (await db.evidenceUpload.findFirst({ where: { deploymentId }, select: { id: true } })) !== null;

/** The stored file as uploaded (for download), or null. */
export async function evidenceFileText(db: Db, deploymentId: string, uploadId: string): Promise<{ fileName: string; text: string } | null> {
  const row = await db.evidenceUpload.findFirst({ where: { id: uploadId, deploymentId }, select: { fileName: true, csvGz: true } });
  return row ? { fileName: row.fileName, text: new TextDecoder().decode(gunzipSync(row.csvGz)) } : null;
}

// Stored uploads never change, so their parsed runs are kept in process (least recently used first out,
// up to RUN_CACHE_ROWS rows in all): a history page then parses each file once, not on every view.
const RUN_CACHE_ROWS = 300_000;
const runCache = new Map<string, EvidenceRun[]>();
let cachedRows = 0;

function remember(id: string, runs: EvidenceRun[]) {
  if (runs.length > RUN_CACHE_ROWS) return;
  runCache.set(id, runs);
  cachedRows += runs.length;
  for (const [oldest, old] of runCache) {
    if (cachedRows <= RUN_CACHE_ROWS) break;
    runCache.delete(oldest);
    cachedRows -= old.length;
  }
}

function cached(id: string): EvidenceRun[] | undefined {
  const runs = runCache.get(id);
  if (runs) {
    runCache.delete(id);
    runCache.set(id, runs);
  }
  return runs;
}

/**
 * The runs of the uploads that matter from `sinceMs` on: every upload made since then, and the newest
 * one before (it holds the state at `sinceMs`), oldest first. Overlapping uploads repeat runs; the
 * engine counts a run once. A stored file always parses (it was checked before it was stored).
 */
export async function loadEvidenceRuns(db: Db, deploymentId: string, sinceMs: number): Promise<EvidenceRun[]> {
  const since = new Date(sinceMs);
  const [recent, before] = await Promise.all([
    db.evidenceUpload.findMany({
      where: { deploymentId, uploadedAt: { gte: since } },
      select: { id: true },
      orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
    }),
    db.evidenceUpload.findFirst({
      where: { deploymentId, uploadedAt: { lt: since } },
      select: { id: true },
      orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    }),
  ]);
  const ids = (before ? [before, ...recent] : recent).map((u) => u.id);
  const missing = ids.filter((id) => !runCache.has(id));
  const decoder = new TextDecoder();
  for (let i = 0; i < missing.length; i += 10) {
    const rows = await db.evidenceUpload.findMany({ where: { id: { in: missing.slice(i, i + 10) } }, select: { id: true, csvGz: true } });
    for (const row of rows) {
      const parsed = parseEvidenceCsv(decoder.decode(gunzipSync(row.csvGz)));
      if (!parsed.ok) throw new Error(`stored evidence upload ${row.id} no longer parses`);
      remember(row.id, parsed.runs);
    }
  }
  const runs: EvidenceRun[] = [];
  for (const id of ids) {
    const got = cached(id);
    // Too large for the cache (or evicted meanwhile by a concurrent request): read it once more.
    const list = got ?? (await readRuns(db, id, decoder));
    for (const r of list) runs.push(r);
  }
  return runs;
}

async function readRuns(db: Db, id: string, decoder: TextDecoder): Promise<EvidenceRun[]> {
  const row = await db.evidenceUpload.findUnique({ where: { id }, select: { csvGz: true } });
  if (!row) return [];
  const parsed = parseEvidenceCsv(decoder.decode(gunzipSync(row.csvGz)));
  if (!parsed.ok) throw new Error(`stored evidence upload ${id} no longer parses`);
  return parsed.runs;
}

// ---- Digests: what the current state and the history read (lib/engine/evidence-digest.ts) ------

export interface StoredDigest {
  id: string;
  uploadedAt: Date;
  digest: EvidenceDigest;
}

// Digests never change either; parsed ones are kept in process (a few hundred bytes per item each).
const DIGEST_CACHE = 2_000;
const digestCache = new Map<string, EvidenceDigest>();

function rememberDigest(id: string, digest: EvidenceDigest) {
  digestCache.set(id, digest);
  if (digestCache.size > DIGEST_CACHE) digestCache.delete(digestCache.keys().next().value!);
}

/** The digest of a stored upload made before digests were stored (or restored from a backup): from its file. */
async function digestFromFile(db: Db, id: string, uploadedAt: Date): Promise<EvidenceDigest> {
  const row = await db.evidenceUpload.findUnique({ where: { id }, select: { csvGz: true } });
  if (!row) return digestEvidence([], uploadedAt.getTime());
  const parsed = parseEvidenceCsv(new TextDecoder().decode(gunzipSync(row.csvGz)));
  if (!parsed.ok) throw new Error(`stored evidence upload ${id} no longer parses`);
  return digestEvidence(parsed.runs, uploadedAt.getTime());
}

/**
 * The digests of the uploads that matter from `sinceMs` on (every upload since then and the newest one
 * before, which holds the state at `sinceMs`), oldest first. Reads no file unless an upload has no digest.
 */
export async function loadEvidenceDigests(db: Db, deploymentId: string, sinceMs: number): Promise<StoredDigest[]> {
  const since = new Date(sinceMs);
  const [recent, before] = await Promise.all([
    db.evidenceUpload.findMany({
      where: { deploymentId, uploadedAt: { gte: since } },
      select: { id: true, uploadedAt: true },
      orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
    }),
    db.evidenceUpload.findFirst({
      where: { deploymentId, uploadedAt: { lt: since } },
      select: { id: true, uploadedAt: true },
      orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    }),
  ]);
  const heads = before ? [before, ...recent] : recent;
  const missing = heads.filter((h) => !digestCache.has(h.id)).map((h) => h.id);
  const loaded = new Map<string, EvidenceDigest>();
  for (let i = 0; i < missing.length; i += 50) {
    const rows = await db.evidenceUpload.findMany({
      where: { id: { in: missing.slice(i, i + 50) } },
      select: { id: true, uploadedAt: true, digest: true },
    });
    for (const row of rows) {
      const stored = row.digest ? (JSON.parse(row.digest) as EvidenceDigest) : null;
      const digest = stored?.v === DIGEST_VERSION ? stored : await digestFromFile(db, row.id, row.uploadedAt);
      loaded.set(row.id, digest);
      rememberDigest(row.id, digest);
    }
  }
  const out: StoredDigest[] = [];
  for (const h of heads) {
    const digest = loaded.get(h.id) ?? digestCache.get(h.id);
    // Pruned between the two reads: it no longer counts.
    if (digest) out.push({ id: h.id, uploadedAt: h.uploadedAt, digest });
  }
  return out;
}

export interface EvidenceTokenInfo {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
}

/** Active tokens first, newest first. */
export async function listEvidenceTokens(db: Db, deploymentId: string): Promise<EvidenceTokenInfo[]> {
  const rows = await db.evidenceToken.findMany({
    where: { deploymentId },
    select: { id: true, name: true, prefix: true, createdBy: true, createdAt: true, lastUsedAt: true, revokedAt: true, revokedBy: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return [...rows.filter((r) => !r.revokedAt), ...rows.filter((r) => r.revokedAt)];
}

export async function findEvidenceToken(db: Db, token: string) {
  return db.evidenceToken.findUnique({ where: { tokenHash: hashToken(token) } });
}
