// Evidence commands (issue 15; rules P2, B1, B10). Each takes (db, input, actor), validates, writes and
// records its audit entry in one transaction. Expected failures are values naming what is wrong (for
// an evidence file: the line and column); nothing is written then.
import { randomBytes } from "node:crypto";
import { gzipSync } from "fflate";
import type { Db } from "../db/client";
import { deploymentNameOf as deploymentName, loadDeployment } from "../db/deployment-store";
import { evidenceKeepDays, findEvidenceToken, hashToken, TOKEN_PREFIX } from "../db/evidence-store";
import { analyseEvidence } from "../engine/evidence";
import { digestEvidence } from "../engine/evidence-digest";
import { unlistedCertificateWarnings } from "../engine/register/observations";
import { planDeployment, type Plan } from "../engine/plan";
import { parseEvidenceCsv, type EvidenceProblem, type EvidenceRun } from "../formats/evidence";
import type { Deployment } from "../formats/deployment";
import type { EvidenceSection } from "../formats/plan";
import { parseAssumptionOverrides } from "../planning/assumption-overrides";
import { audited, NO_DEPLOYMENT, plural, type Actor } from "./command";

const DAY = 86_400_000;

// Failures in the command layer's shape ({ ok: false, message, notFound? }), plus the file's problems.
export const INVALID_FILE = "The evidence file has errors: nothing was stored.";

export type EvidenceFailure =
  | { ok: false; message: typeof INVALID_FILE; errors: EvidenceProblem[]; errorCount: number }
  | { ok: false; message: typeof NO_DEPLOYMENT; notFound: true };

const noDeployment = (): EvidenceFailure => ({ ok: false, message: NO_DEPLOYMENT, notFound: true });

export interface EvidencePreview {
  ok: true;
  rows: number;
  section: EvidenceSection;
  runs: EvidenceRun[];
}

async function planOf(db: Db, deploymentId: string): Promise<{ deployment: Deployment; name: string; plan: Plan } | null> {
  const [stored, assumptions] = await Promise.all([
    loadDeployment(db, deploymentId),
    db.estimationAssumptions.findUnique({ where: { deploymentId }, select: { values: true } }),
  ]);
  if (!stored) return null;
  const plan = planDeployment(stored.deployment, { assumptions: parseAssumptionOverrides(assumptions?.values) });
  return { deployment: stored.deployment, name: stored.deployment.name, plan };
}

/** Parse and judge an evidence file against the deployment's plan without storing anything. */
export async function previewEvidence(
  db: Db,
  input: { deploymentId: string; text: string; asOfMs?: number },
): Promise<EvidencePreview | EvidenceFailure> {
  const parsed = parseEvidenceCsv(input.text);
  if (!parsed.ok) return { ok: false, message: INVALID_FILE, errors: parsed.errors, errorCount: parsed.errorCount };
  const planned = await planOf(db, input.deploymentId);
  if (!planned) return noDeployment();
  const section = analyseEvidence(planned.deployment, planned.plan, { runs: parsed.runs, asOfMs: input.asOfMs ?? Date.now() });
  section.warnings.push(...unlistedCertificateWarnings(planned.deployment, parsed.certificates));
  return { ok: true, rows: parsed.runs.length, section, runs: parsed.runs };
}

export interface UploadEvidenceInput {
  deploymentId: string;
  text: string;
  fileName?: string;
  /** The upload token that authorised this upload (already checked by authorizeEvidenceToken). */
  token?: { id: string; name: string; prefix: string };
  /** The moment of the upload (tests); now by default. */
  now?: Date;
  /** Uploads older than this many days are pruned (EVIDENCE_KEEP_DAYS by default). */
  keepDays?: number;
}

export interface UploadEvidenceResult {
  ok: true;
  id: string;
  rows: number;
  goodRuns: number;
  failedRuns: number;
  warnings: EvidenceSection["warnings"];
  summary: EvidenceSection["summary"];
  /** Older uploads removed by the keep-days setting. */
  pruned: number;
}

/** Store an evidence file (kept whole, compressed), prune old uploads, and record the audit entry. */
export async function uploadEvidence(db: Db, input: UploadEvidenceInput, actor: Actor): Promise<UploadEvidenceResult | EvidenceFailure> {
  const now = input.now ?? new Date();
  const preview = await previewEvidence(db, { deploymentId: input.deploymentId, text: input.text, asOfMs: now.getTime() });
  if (!preview.ok) return preview;
  const { section, runs } = preview;
  const csvGz = gzipSync(new TextEncoder().encode(input.text), { level: 1 });
  let first: number | null = null;
  let last: number | null = null;
  for (const r of runs) {
    if (first === null || r.finishedAtMs < first) first = r.finishedAtMs;
    if (last === null || r.finishedAtMs > last) last = r.finishedAtMs;
  }
  const cutoff = new Date(now.getTime() - (input.keepDays ?? evidenceKeepDays()) * DAY);
  const s = section.summary;
  try {
    return await audited(db, actor, async (tx, audit) => {
      const name = await deploymentName(tx, input.deploymentId);
      if (name === null) return noDeployment();
      const row = await tx.evidenceUpload.create({
        data: {
          deploymentId: input.deploymentId,
          uploadedAt: now,
          uploadedBy: actor,
          tokenId: input.token?.id ?? null,
          fileName: (input.fileName ?? "").slice(0, 200),
          rows: runs.length,
          goodRuns: s.goodRuns,
          failedRuns: s.failedRuns,
          warnings: section.warnings.length,
          firstRunAt: first === null ? null : new Date(first),
          lastRunAt: last === null ? null : new Date(last),
          csvGz,
          summary: JSON.stringify(s),
          digest: JSON.stringify(digestEvidence(runs, now.getTime())),
        },
        select: { id: true },
      });
      const pruned = await tx.evidenceUpload.deleteMany({
        where: { deploymentId: input.deploymentId, uploadedAt: { lt: cutoff }, id: { not: row.id } },
      });
      if (input.token) await tx.evidenceToken.update({ where: { id: input.token.id }, data: { lastUsedAt: now } });
      const detail = [
        `${plural(runs.length, "row")} (${s.goodRuns} good, ${s.failedRuns} failed counted)`,
        `${plural(section.warnings.length, "warning")}`,
        `${s.stale} stale, ${s.noGoodBackup} without a good backup, ${s.noEvidence} without evidence of ${s.items} items`,
        input.token ? `with upload token "${input.token.name}" (${input.token.prefix}…)` : "",
        pruned.count > 0 ? `${plural(pruned.count, "upload")} older than ${cutoff.toISOString().slice(0, 10)} pruned` : "",
      ]
        .filter(Boolean)
        .join("; ");
      await audit({ deploymentId: input.deploymentId, deploymentName: name, action: "evidence:upload", detail });
      return {
        ok: true as const,
        id: row.id,
        rows: runs.length,
        goodRuns: s.goodRuns,
        failedRuns: s.failedRuns,
        warnings: section.warnings,
        summary: s,
        pruned: pruned.count,
      };
    });
  } catch (e) {
    // The deployment was deleted between the check and the insert (foreign key).
    if (e instanceof Error && /foreign key/i.test(e.message)) return noDeployment();
    throw e;
  }
}

// ---- Upload tokens -----------------------------------------------------------------------------

export type TokenFailure = { ok: false; message: string; fieldErrors?: { name: string[] }; notFound?: boolean };

/** A new upload token for one deployment. The token itself is in the answer only: the store keeps its hash. */
export async function createEvidenceToken(
  db: Db,
  input: { deploymentId: string; name: string },
  actor: Actor,
): Promise<{ ok: true; id: string; token: string; prefix: string } | TokenFailure> {
  const name = input.name.trim();
  const bad = (why: string): TokenFailure => ({ ok: false, message: "No token was created.", fieldErrors: { name: [why] } });
  if (name.length < 1 || name.length > 80) return bad("a name of 1-80 characters, e.g. the server whose scheduled task uses it");
  if (/[\x00-\x1f\x7f]/.test(name)) return bad("no control characters");
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const prefix = token.slice(0, TOKEN_PREFIX.length + 6);
  return audited(db, actor, async (tx, audit) => {
    const deployment = await deploymentName(tx, input.deploymentId);
    if (deployment === null) return { ok: false as const, message: NO_DEPLOYMENT, notFound: true };
    const row = await tx.evidenceToken.create({
      data: { deploymentId: input.deploymentId, name, tokenHash: hashToken(token), prefix, createdBy: actor },
      select: { id: true },
    });
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: deployment,
      action: "evidence:token-create",
      detail: `upload token "${name}" (${prefix}…)`,
    });
    return { ok: true as const, id: row.id, token, prefix };
  });
}

export async function revokeEvidenceToken(
  db: Db,
  input: { deploymentId: string; tokenId: string },
  actor: Actor,
): Promise<{ ok: true } | TokenFailure> {
  return audited(db, actor, async (tx, audit) => {
    const row = await tx.evidenceToken.findFirst({
      where: { id: input.tokenId, deploymentId: input.deploymentId },
      include: { deployment: { select: { name: true } } },
    });
    if (!row) return { ok: false as const, message: "No such token for this deployment.", notFound: true };
    if (row.revokedAt) return { ok: true as const };
    await tx.evidenceToken.update({ where: { id: row.id }, data: { revokedAt: new Date(), revokedBy: actor } });
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: row.deployment.name,
      action: "evidence:token-revoke",
      detail: `upload token "${row.name}" (${row.prefix}…)`,
    });
    return { ok: true as const };
  });
}

export interface AuthorizedToken {
  ok: true;
  token: { id: string; name: string; prefix: string };
  /** Who the audit log names for this upload. */
  actor: string;
}

/**
 * Check a bearer token for an evidence upload to `deploymentId`. A token opens nothing but this one
 * upload path of its own deployment. A refused use of a known token (revoked, or another deployment)
 * is recorded in the audit log of the token's deployment.
 */
export async function authorizeEvidenceToken(
  db: Db,
  input: { deploymentId: string; token: string },
): Promise<AuthorizedToken | { ok: false; status: 401 | 403; message: string }> {
  const row = input.token.startsWith(TOKEN_PREFIX) ? await findEvidenceToken(db, input.token) : null;
  if (!row) return { ok: false, status: 401, message: "unknown upload token" };
  const who = `upload token "${row.name}" (${row.prefix}…)`;
  const refuse = async (status: 401 | 403, message: string, detail: string) => {
    await audited(db, who, async (tx, audit) => {
      await audit({
        deploymentId: row.deploymentId,
        deploymentName: (await deploymentName(tx, row.deploymentId)) ?? "",
        action: "evidence:token-refused",
        detail,
      });
    });
    return { ok: false as const, status, message };
  };
  if (row.revokedAt) return refuse(401, "this upload token has been revoked", `revoked token used for deployment ${input.deploymentId}`);
  if (row.deploymentId !== input.deploymentId)
    return refuse(403, "this upload token is for another deployment", `token used for another deployment (${input.deploymentId})`);
  return { ok: true, token: { id: row.id, name: row.name, prefix: row.prefix }, actor: who };
}
