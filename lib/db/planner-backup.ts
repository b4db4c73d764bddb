// Backup and restore of the planner's own data (issue #7): every deployment as a deployment file
// plus planner-data.json with what the file format does not carry — checklist ticks, drills,
// assumption overrides, the stored version, approved plan versions, backup evidence uploads (the
// files gzip-compressed, base64) and upload tokens (their hashes), accepted gaps, restore runs with
// their steps, the exercise programme's setting, the audit log, the sign-in accounts (password
// hashes, never passwords) — and a manifest. BACKUP_COVERAGE says where every model of the schema
// goes (planner-backup.test.ts fails on a model it does not name). `npm run backup` / `npm run restore`
// (scripts/backup.ts, scripts/restore.ts) are thin wrappers around backupPlanner / restorePlanner.
//
// A backup folder:
//   <slug>-<id>.deployment.json   one per deployment, exactly what export writes (serializeDeployment)
//   planner-data.json             { manifest: { format, createdAt, counts }, deployments: { <id>: … } }
// planner-data.json is written last, so a folder without it is an unfinished backup.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { gunzipSync } from "fflate";
import type { Db } from "./client";
import { insertDeployment, loadDeployment, type Tx } from "./deployment-store";
import { fileSlug, serializeDeployment } from "./import-export";
import type { Deployment } from "../formats/deployment";
import { validateDeployment, zodProblems } from "../formats/parse-deployment";
import { readBackedUpDeployment } from "./backup-deployment-check";
import { describeProblem } from "../formats/problems";
import { parseEvidenceCsv } from "../formats/evidence";
import { parseSnapshot } from "../view/run-snapshot";
import { bumpContentGeneration } from "./content-generation";

export const BACKUP_FORMAT = "ocs-planner-backup/v1";
export const PLANNER_DATA_FILE = "planner-data.json";
const DEPLOYMENT_FILE = /\.deployment\.json$/;

const isoDate = z.iso.datetime({ offset: true });
const minutesOrValues = z.record(z.string(), z.number().finite().nonnegative());

const tickSchema = z.strictObject({
  itemId: z.string().min(1),
  tickedBy: z.string(),
  tickedAt: isoDate,
  note: z.string().nullable(),
});

const drillSchema = z.strictObject({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  performedOn: isoDate,
  stepMinutes: minutesOrValues,
  notes: z.string(),
  recordedBy: z.string(),
  createdAt: isoDate,
});

const planVersionSchema = z.strictObject({
  number: z.number().int().positive(),
  deploymentVersion: z.number().int().positive(),
  approvedBy: z.string(),
  approvedAt: isoDate,
  note: z.string(),
  /** The deployment file and the plan as approved, kept verbatim (JSON text). */
  deploymentJson: z.string(),
  planJson: z.string(),
  /** The assumptions version and values approved with it (absent in backups made before plan versions counted assumptions). */
  assumptionsVersion: z.number().int().nonnegative().default(0),
  assumptionsJson: z.string().default("{}"),
});

const evidenceUploadSchema = z.strictObject({
  uploadedAt: isoDate,
  uploadedBy: z.string(),
  tokenId: z.string().nullable(),
  fileName: z.string(),
  rows: z.number().int().nonnegative(),
  goodRuns: z.number().int().nonnegative(),
  failedRuns: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  firstRunAt: isoDate.nullable(),
  lastRunAt: isoDate.nullable(),
  summary: z.string(),
  /** The upload's digest (lib/engine/evidence-digest.ts); absent in older backups, then made from the file when first read. */
  digest: z.string().nullable().optional(),
  /** The evidence file as uploaded, gzip-compressed, base64. */
  csvGzBase64: z.string(),
});

/** An upload token: its SHA-256 only (the token itself was shown once and never stored). */
const evidenceTokenSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/, "expected a SHA-256 in hex"),
  prefix: z.string(),
  createdBy: z.string(),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
  revokedBy: z.string().nullable(),
});

const acceptedGapSchema = z.strictObject({
  gapId: z.string().min(1),
  reason: z.string(),
  reviewOn: isoDate,
  acceptedBy: z.string(),
  acceptedAt: isoDate,
});

const runStepSchema = z.strictObject({
  pathId: z.string().min(1),
  stepOrder: z.number().int().positive(),
  state: z.enum(["pending", "started", "done", "skipped"]),
  startedBy: z.string().nullable(),
  startedAt: isoDate.nullable(),
  doneBy: z.string().nullable(),
  doneAt: isoDate.nullable(),
  skippedBy: z.string().nullable(),
  skippedAt: isoDate.nullable(),
  skipReason: z.string().nullable(),
  note: z.string(),
  noteBy: z.string().nullable(),
  noteAt: isoDate.nullable(),
});

const restoreRunSchema = z.strictObject({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  kind: z.enum(["incident", "exercise"]),
  exerciseType: z.string().nullable(),
  startedBy: z.string(),
  startedAt: isoDate,
  finishedBy: z.string().nullable(),
  finishedAt: isoDate.nullable(),
  /** The runbook as the run froze it (JSON text, kept verbatim). */
  snapshot: z.string(),
  pathId: z.string().min(1),
  pathChosenBy: z.string().nullable(),
  pathChosenAt: isoDate.nullable(),
  /** The run this one continues (a failback run), by its id in the backup. */
  linkedFromRunId: z.string().nullable().default(null),
  version: z.number().int().positive(),
  steps: z.array(runStepSchema),
});

const exerciseSettingSchema = z.strictObject({
  intervalDays: z.number().int().positive(),
  updatedBy: z.string(),
  updatedAt: isoDate,
});

const auditSchema = z.strictObject({
  deploymentId: z.string().nullable(),
  deploymentName: z.string(),
  actor: z.string(),
  action: z.string(),
  detail: z.string(),
  at: isoDate,
});

/** A sign-in account: the password as its scrypt hash (never in clear), so people sign in as before. */
const accountSchema = z.strictObject({
  email: z.string().email(),
  name: z.string(),
  role: z.enum(["viewer", "planner", "admin"]),
  disabled: z.boolean(),
  passwordHash: z.string().nullable(),
  createdAt: isoDate,
});

const entrySchema = z.strictObject({
  file: z.string().regex(/^[^/\\]+\.deployment\.json$/, "must be a file name ending in .deployment.json, without a folder"),
  name: z.string(),
  version: z.number().int().positive(),
  createdAt: isoDate,
  updatedAt: isoDate,
  checklistTicks: z.array(tickSchema),
  drills: z.array(drillSchema),
  /** Only the assumptions that differ from the defaults; null when the deployment has none. */
  assumptionOverrides: minutesOrValues.nullable(),
  /** The assumptions version (absent in older backups: 1 when there are overrides). */
  assumptionsVersion: z.number().int().nonnegative().optional(),
  /** Approved plan versions (absent in backups made before versions existed). */
  planVersions: z.array(planVersionSchema).default([]),
  /** Backup evidence uploads and upload tokens (absent in backups made before evidence existed). */
  evidenceUploads: z.array(evidenceUploadSchema).default([]),
  evidenceTokens: z.array(evidenceTokenSchema).default([]),
  /** Accepted gaps, restore runs with their steps, the exercise setting (absent in older backups). */
  acceptedGaps: z.array(acceptedGapSchema).default([]),
  restoreRuns: z.array(restoreRunSchema).default([]),
  exerciseSetting: exerciseSettingSchema.nullable().default(null),
});

const countsSchema = z.strictObject({
  deployments: z.number().int().nonnegative(),
  checklistTicks: z.number().int().nonnegative(),
  drills: z.number().int().nonnegative(),
  assumptionOverrides: z.number().int().nonnegative(),
  planVersions: z.number().int().nonnegative().default(0),
  auditEntries: z.number().int().nonnegative().default(0),
  accounts: z.number().int().nonnegative().default(0),
  evidenceUploads: z.number().int().nonnegative().default(0),
  evidenceTokens: z.number().int().nonnegative().default(0),
  acceptedGaps: z.number().int().nonnegative().default(0),
  restoreRuns: z.number().int().nonnegative().default(0),
  runSteps: z.number().int().nonnegative().default(0),
  exerciseSettings: z.number().int().nonnegative().default(0),
});

const plannerDataSchema = z.strictObject({
  manifest: z.strictObject({ format: z.literal(BACKUP_FORMAT), createdAt: isoDate, counts: countsSchema }),
  deployments: z.record(z.string().min(1), entrySchema),
  /** The whole audit log, oldest first (entries outlive the deployments they name). */
  auditLog: z.array(auditSchema).default([]),
  /** Sign-in accounts (absent in backups made before sign-in existed). */
  accounts: z.array(accountSchema).default([]),
});

export type PlannerData = z.infer<typeof plannerDataSchema>;

/**
 * Where each model of prisma/schema.prisma goes in a backup, or why it stays out. The test derives
 * the model list from the schema, so a new model fails it until it is carried (or its absence is
 * explained here).
 */
export const BACKUP_COVERAGE: Record<string, { carried: true; where: string } | { carried: false; why: string }> = {
  Deployment: { carried: true, where: "<slug>-<id>.deployment.json, with its id, version and dates in planner-data.json" },
  Site: { carried: true, where: "the deployment file" },
  Pool: { carried: true, where: "the deployment file" },
  Server: { carried: true, where: "the deployment file" },
  DatabaseItem: { carried: true, where: "the deployment file" },
  FileShare: { carried: true, where: "the deployment file" },
  WorkloadPriority: { carried: true, where: "the deployment file" },
  Contact: { carried: true, where: "the deployment file (contacts)" },
  Vendor: { carried: true, where: "the deployment file (vendors)" },
  Certificate: { carried: true, where: "the deployment file (certificates)" },
  DnsRecord: { carried: true, where: "the deployment file (dnsRecords)" },
  ChecklistTick: { carried: true, where: "deployments.<id>.checklistTicks" },
  Drill: { carried: true, where: "deployments.<id>.drills" },
  AcceptedGap: { carried: true, where: "deployments.<id>.acceptedGaps" },
  RestoreRun: { carried: true, where: "deployments.<id>.restoreRuns" },
  RunStep: { carried: true, where: "deployments.<id>.restoreRuns[].steps" },
  EstimationAssumptions: { carried: true, where: "deployments.<id>.assumptionOverrides" },
  PlanVersion: { carried: true, where: "deployments.<id>.planVersions" },
  EvidenceUpload: { carried: true, where: "deployments.<id>.evidenceUploads" },
  EvidenceToken: { carried: true, where: "deployments.<id>.evidenceTokens (hashes only)" },
  ExerciseSetting: { carried: true, where: "deployments.<id>.exerciseSetting" },
  AuditEntry: { carried: true, where: "auditLog" },
  User: { carried: true, where: "accounts" },
  Account: { carried: true, where: "accounts[].passwordHash (the credential account)" },
  WhatIf: {
    carried: false,
    why: "the link of a what-if to its baseline: the what-if's deployment is carried and comes back as an ordinary deployment",
  },
  Session: { carried: false, why: "sign-in sessions: people sign in again after a restore" },
  Verification: { carried: false, why: "short-lived sign-in verification values" },
  SignInAttempt: { carried: false, why: "the failed sign-in counter: it starts afresh" },
  AppSetting: { carried: false, why: "the session-signing secret: a restored instance makes its own (sessions are not carried either)" },
};
export type BackupEntry = z.infer<typeof entrySchema>;
export type BackupCounts = z.infer<typeof countsSchema>;

/** A problem with one file of a backup folder: the file's path, and the JSON path inside it. */
export interface BackupProblem {
  file: string;
  path: string;
  message: string;
}

export const describeBackupProblem = (p: BackupProblem) => `${p.file}: ${p.path || "(file)"}: ${p.message}`;

/** A folder name for a backup taken now: backups/2026-05-01T12-30-05Z. */
export const defaultBackupFolder = (now = new Date()) =>
  path.join(
    "backups",
    now
      .toISOString()
      .replace(/\.\d+Z$/, "Z")
      .replace(/:/g, "-"),
  );

export const deploymentFileName = (id: string, name: string) => `${fileSlug(name)}-${id}.deployment.json`;

function parseJsonObject(text: string): Record<string, number> | null {
  try {
    const parsed = minutesOrValues.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Reads inside one transaction, so a deployment and its ticks, drills and assumptions agree. */
async function snapshot<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(read, { isolationLevel: "Serializable", timeout: 60_000, maxWait: 10_000 });
    } catch (e) {
      // A serializable snapshot may be refused while someone writes; read again.
      if (attempt >= 3 || (e as { code?: string }).code !== "P2034") throw e;
    }
  }
}

export interface BackupResult {
  folder: string;
  counts: BackupCounts;
  files: string[];
  /** Deployments that would not pass import any more (rules changed since they were stored). */
  warnings: string[];
}

/**
 * Write every deployment and the planner's data about it to `folder`, which must be new or empty.
 * Each deployment is read in its own transaction (a consistent deployment; deployments are
 * independent of one another, so the backup as a whole is not one point in time).
 */
export async function backupPlanner(db: Db, folder: string, now = new Date()): Promise<BackupResult> {
  if (existsSync(folder) && readdirSync(folder).length > 0) throw new Error(`${folder} is not empty: back up into a new folder`);
  mkdirSync(folder, { recursive: true });
  const ids = await db.deployment.findMany({ select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const data: PlannerData = {
    manifest: {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      counts: {
        deployments: 0,
        checklistTicks: 0,
        drills: 0,
        assumptionOverrides: 0,
        planVersions: 0,
        auditEntries: 0,
        accounts: 0,
        evidenceUploads: 0,
        evidenceTokens: 0,
        acceptedGaps: 0,
        restoreRuns: 0,
        runSteps: 0,
        exerciseSettings: 0,
      },
    },
    deployments: {},
    auditLog: [],
    accounts: [],
  };
  const files: string[] = [];
  const warnings: string[] = [];
  /** Deployments restore could not read back: the backup fails, naming them, rather than write a folder that does not restore. */
  const unrestorable: string[] = [];
  for (const { id } of ids) {
    const read = await snapshot(db, async (tx) => {
      const stored = await loadDeployment(tx, id);
      if (!stored) return null; // deleted since the list was read
      const row = await tx.deployment.findUniqueOrThrow({ where: { id }, select: { createdAt: true } });
      const ticks = await tx.checklistTick.findMany({ where: { deploymentId: id }, orderBy: [{ tickedAt: "asc" }, { itemId: "asc" }] });
      const drills = await tx.drill.findMany({ where: { deploymentId: id }, orderBy: [{ performedOn: "asc" }, { id: "asc" }] });
      const assumptions = await tx.estimationAssumptions.findUnique({ where: { deploymentId: id } });
      const versions = await tx.planVersion.findMany({ where: { deploymentId: id }, orderBy: { number: "asc" } });
      const evidence = await tx.evidenceUpload.findMany({ where: { deploymentId: id }, orderBy: [{ uploadedAt: "asc" }, { id: "asc" }] });
      const tokens = await tx.evidenceToken.findMany({ where: { deploymentId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      const accepted = await tx.acceptedGap.findMany({ where: { deploymentId: id }, orderBy: { gapId: "asc" } });
      const runs = await tx.restoreRun.findMany({
        where: { deploymentId: id },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        include: { steps: { orderBy: [{ pathId: "asc" }, { stepOrder: "asc" }] } },
      });
      const exerciseSetting = await tx.exerciseSetting.findUnique({ where: { deploymentId: id } });
      return { stored, createdAt: row.createdAt, ticks, drills, assumptions, versions, evidence, tokens, accepted, runs, exerciseSetting };
    });
    if (!read) continue;
    const { stored, ticks, drills, assumptions, versions, evidence, tokens, accepted, runs, exerciseSetting } = read;
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    const file = deploymentFileName(id, stored.deployment.name);
    const label = `deployment "${stored.deployment.name}" (${id})`;
    const text = serializeDeployment(stored.deployment);
    const restorable = readBackedUpDeployment(text, file);
    if (!restorable.ok) {
      unrestorable.push(`${label}: ${restorable.errors.map(describeProblem).join("; ")}`);
      continue;
    }
    const valid = validateDeployment(stored.deployment);
    if (!valid.ok)
      warnings.push(
        `${label} fails today's consistency rules (restore brings it back as stored and lists it): ${valid.errors.map(describeProblem).join("; ")}`,
      );
    const overrides = assumptions ? parseJsonObject(assumptions.values) : null;
    if (assumptions && !overrides) warnings.push(`${label}: stored assumption overrides are not a JSON object of numbers; left out`);
    data.deployments[id] = {
      file,
      name: stored.deployment.name,
      version: stored.version,
      createdAt: read.createdAt.toISOString(),
      updatedAt: stored.updatedAt.toISOString(),
      checklistTicks: ticks.map((t) => ({ itemId: t.itemId, tickedBy: t.tickedBy, tickedAt: t.tickedAt.toISOString(), note: t.note })),
      drills: drills.map((d) => {
        const stepMinutes = parseJsonObject(d.stepMinutes);
        if (!stepMinutes) warnings.push(`${label}: drill ${d.id} has unreadable step minutes; backed up without them`);
        return {
          id: d.id,
          scenarioId: d.scenarioId,
          performedOn: d.performedOn.toISOString(),
          stepMinutes: stepMinutes ?? {},
          notes: d.notes,
          recordedBy: d.recordedBy,
          createdAt: d.createdAt.toISOString(),
        };
      }),
      assumptionOverrides: overrides,
      ...(assumptions ? { assumptionsVersion: assumptions.version } : {}),
      planVersions: versions.map((v) => ({
        number: v.number,
        deploymentVersion: v.deploymentVersion,
        approvedBy: v.approvedBy,
        approvedAt: v.approvedAt.toISOString(),
        note: v.note,
        deploymentJson: v.deploymentJson,
        planJson: v.planJson,
        assumptionsVersion: v.assumptionsVersion,
        assumptionsJson: v.assumptionsJson,
      })),
      evidenceUploads: evidence.map((u) => ({
        uploadedAt: u.uploadedAt.toISOString(),
        uploadedBy: u.uploadedBy,
        tokenId: u.tokenId,
        fileName: u.fileName,
        rows: u.rows,
        goodRuns: u.goodRuns,
        failedRuns: u.failedRuns,
        warnings: u.warnings,
        firstRunAt: u.firstRunAt?.toISOString() ?? null,
        lastRunAt: u.lastRunAt?.toISOString() ?? null,
        summary: u.summary,
        digest: u.digest,
        csvGzBase64: Buffer.from(u.csvGz).toString("base64"),
      })),
      evidenceTokens: tokens.map((t) => ({
        id: t.id,
        name: t.name,
        tokenHash: t.tokenHash,
        prefix: t.prefix,
        createdBy: t.createdBy,
        createdAt: t.createdAt.toISOString(),
        lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
        revokedAt: t.revokedAt?.toISOString() ?? null,
        revokedBy: t.revokedBy,
      })),
      acceptedGaps: accepted.map((g) => ({
        gapId: g.gapId,
        reason: g.reason,
        reviewOn: g.reviewOn.toISOString(),
        acceptedBy: g.acceptedBy,
        acceptedAt: g.acceptedAt.toISOString(),
      })),
      restoreRuns: runs.map((r) => ({
        id: r.id,
        scenarioId: r.scenarioId,
        kind: r.kind === "exercise" ? "exercise" : "incident",
        exerciseType: r.exerciseType,
        startedBy: r.startedBy,
        startedAt: r.startedAt.toISOString(),
        finishedBy: r.finishedBy,
        finishedAt: iso(r.finishedAt),
        snapshot: r.snapshot,
        pathId: r.pathId,
        pathChosenBy: r.pathChosenBy,
        pathChosenAt: iso(r.pathChosenAt),
        linkedFromRunId: r.linkedFromRunId,
        version: r.version,
        steps: r.steps.map((x) => ({
          pathId: x.pathId,
          stepOrder: x.stepOrder,
          state: (["pending", "started", "done", "skipped"] as const).find((k) => k === x.state) ?? "pending",
          startedBy: x.startedBy,
          startedAt: iso(x.startedAt),
          doneBy: x.doneBy,
          doneAt: iso(x.doneAt),
          skippedBy: x.skippedBy,
          skippedAt: iso(x.skippedAt),
          skipReason: x.skipReason,
          note: x.note,
          noteBy: x.noteBy,
          noteAt: iso(x.noteAt),
        })),
      })),
      exerciseSetting: exerciseSetting
        ? {
            intervalDays: exerciseSetting.intervalDays,
            updatedBy: exerciseSetting.updatedBy,
            updatedAt: exerciseSetting.updatedAt.toISOString(),
          }
        : null,
    };
    writeAtomically(path.join(folder, file), text);
    files.push(file);
    const counts = data.manifest.counts;
    counts.deployments++;
    counts.checklistTicks += ticks.length;
    counts.drills += drills.length;
    if (overrides) counts.assumptionOverrides++;
    counts.planVersions += versions.length;
    counts.evidenceUploads += evidence.length;
    counts.evidenceTokens += tokens.length;
    counts.acceptedGaps += accepted.length;
    counts.restoreRuns += runs.length;
    counts.runSteps += runs.reduce((n, r) => n + r.steps.length, 0);
    if (exerciseSetting) counts.exerciseSettings++;
  }
  if (unrestorable.length > 0)
    throw new Error(
      `${unrestorable.length} deployment${unrestorable.length === 1 ? "" : "s"} would not restore, so this backup is not finished (${PLANNER_DATA_FILE} was not written): ${unrestorable.join(" | ")}`,
    );
  const audit = await db.auditEntry.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }] });
  data.auditLog = audit.map((a) => ({
    deploymentId: a.deploymentId,
    deploymentName: a.deploymentName,
    actor: a.actor,
    action: a.action,
    detail: a.detail,
    at: a.at.toISOString(),
  }));
  data.manifest.counts.auditEntries = audit.length;
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    include: { accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
  data.accounts = users.map((u) => ({
    email: u.email,
    name: u.name,
    role: u.role === "admin" || u.role === "planner" ? u.role : "viewer",
    disabled: Boolean(u.banned),
    passwordHash: u.accounts[0]?.password ?? null,
    createdAt: u.createdAt.toISOString(),
  }));
  data.manifest.counts.accounts = users.length;
  writeAtomically(path.join(folder, PLANNER_DATA_FILE), JSON.stringify(data, null, 2) + "\n");
  return { folder, counts: data.manifest.counts, files: [...files, PLANNER_DATA_FILE], warnings };
}

// Owner-only: a backup names every server and holds the accounts' password hashes.
function writeAtomically(file: string, text: string) {
  const temp = `${file}.partial`;
  writeFileSync(temp, text, { encoding: "utf8", mode: 0o600 });
  renameSync(temp, file);
}

/** A backed-up deployment that fails today's consistency rules: restored as stored, and listed. */
export interface BelowRules {
  id: string;
  name: string;
  problems: string[];
}

interface CheckedDeployment {
  id: string;
  entry: BackupEntry;
  deployment: Deployment;
}

/** Read and validate a whole backup folder without touching any database. */
export function readBackup(
  folder: string,
):
  | { ok: true; data: PlannerData; deployments: CheckedDeployment[]; warnings: string[]; belowRules: BelowRules[] }
  | { ok: false; errors: BackupProblem[] } {
  const dataFile = path.join(folder, PLANNER_DATA_FILE);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return { ok: false, errors: [{ file: folder, path: "", message: "no such folder" }] };
  if (!existsSync(dataFile))
    return {
      ok: false,
      errors: [{ file: dataFile, path: "", message: `missing: not a planner backup folder, or the backup did not finish` }],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(dataFile, "utf8"));
  } catch (e) {
    return { ok: false, errors: [{ file: dataFile, path: "", message: `malformed JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const format = (raw as { manifest?: { format?: unknown } } | null)?.manifest?.format;
  if (format !== BACKUP_FORMAT)
    return {
      ok: false,
      errors: [{ file: dataFile, path: "manifest.format", message: `expected "${BACKUP_FORMAT}", found ${JSON.stringify(format)}` }],
    };
  const parsed = plannerDataSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, errors: zodProblems(parsed.error).map((p) => ({ file: dataFile, path: p.path, message: p.message })) };
  const data = parsed.data;

  const errors: BackupProblem[] = [];
  const warnings: string[] = [];
  const belowRules: BelowRules[] = [];
  const deployments: CheckedDeployment[] = [];
  const listed = new Set<string>();
  for (const [id, entry] of Object.entries(data.deployments)) {
    const file = path.join(folder, entry.file);
    if (listed.has(entry.file)) {
      errors.push({ file: dataFile, path: `deployments.${id}.file`, message: `"${entry.file}" is listed for another deployment too` });
      continue;
    }
    listed.add(entry.file);
    if (!existsSync(file)) {
      errors.push({ file, path: "", message: `missing (listed in ${PLANNER_DATA_FILE} for deployment ${id})` });
      continue;
    }
    const result = readBackedUpDeployment(readFileSync(file, "utf8"), file);
    if (!result.ok) {
      errors.push(...result.errors.map((p) => ({ file, path: p.path, message: p.message })));
      continue;
    }
    if (result.ruleProblems.length > 0) {
      belowRules.push({ id, name: result.deployment.name, problems: result.ruleProblems.map(describeProblem) });
      warnings.push(
        `${file}: "${result.deployment.name}" fails today's consistency rules (stored under older ones); restored as stored, fix it in the editor: ${result.ruleProblems.map(describeProblem).join("; ")}`,
      );
    }
    if (result.deployment.name !== entry.name)
      warnings.push(
        `${file}: the file names the deployment "${result.deployment.name}", ${PLANNER_DATA_FILE} "${entry.name}"; the file wins`,
      );
    const drillIds = new Set<string>();
    entry.drills.forEach((d, i) => {
      if (drillIds.has(d.id))
        errors.push({ file: dataFile, path: `deployments.${id}.drills[${i}].id`, message: `duplicate drill id "${d.id}"` });
      drillIds.add(d.id);
    });
    const itemIds = new Set<string>();
    entry.checklistTicks.forEach((t, i) => {
      if (itemIds.has(t.itemId))
        errors.push({
          file: dataFile,
          path: `deployments.${id}.checklistTicks[${i}].itemId`,
          message: `item "${t.itemId}" is ticked twice`,
        });
      itemIds.add(t.itemId);
    });
    // An evidence file goes back only if it still parses, as every stored upload does.
    entry.evidenceUploads.forEach((u, i) => {
      let ok = false;
      try {
        ok = parseEvidenceCsv(new TextDecoder().decode(gunzipSync(Buffer.from(u.csvGzBase64, "base64")))).ok;
      } catch {
        ok = false;
      }
      if (!ok)
        errors.push({
          file: dataFile,
          path: `deployments.${id}.evidenceUploads[${i}].csvGzBase64`,
          message: "not a gzip-compressed evidence file that parses",
        });
    });
    const runIds = new Set<string>();
    entry.restoreRuns.forEach((r, i) => {
      if (runIds.has(r.id))
        errors.push({ file: dataFile, path: `deployments.${id}.restoreRuns[${i}].id`, message: `duplicate run id "${r.id}"` });
      runIds.add(r.id);
      if (!parseSnapshot(r.snapshot))
        errors.push({
          file: dataFile,
          path: `deployments.${id}.restoreRuns[${i}].snapshot`,
          message: "not a run snapshot (JSON with scenarioId and paths)",
        });
      const steps = new Set<string>();
      r.steps.forEach((x, j) => {
        const key = `${x.pathId}#${x.stepOrder}`;
        if (steps.has(key))
          errors.push({
            file: dataFile,
            path: `deployments.${id}.restoreRuns[${i}].steps[${j}]`,
            message: `step ${x.stepOrder} of path "${x.pathId}" is listed twice`,
          });
        steps.add(key);
      });
    });
    const gapIds = new Set<string>();
    entry.acceptedGaps.forEach((g, i) => {
      if (gapIds.has(g.gapId))
        errors.push({ file: dataFile, path: `deployments.${id}.acceptedGaps[${i}].gapId`, message: `gap "${g.gapId}" is accepted twice` });
      gapIds.add(g.gapId);
    });
    deployments.push({ id, entry, deployment: result.deployment });
  }
  for (const name of readdirSync(folder)
    .filter((f) => DEPLOYMENT_FILE.test(f))
    .sort())
    if (!listed.has(name))
      errors.push({
        file: path.join(folder, name),
        path: "",
        message: `not listed in ${PLANNER_DATA_FILE}: a backup folder holds only its own files`,
      });

  const entries = Object.values(data.deployments);
  const actual: BackupCounts = {
    deployments: entries.length,
    checklistTicks: entries.reduce((n, e) => n + e.checklistTicks.length, 0),
    drills: entries.reduce((n, e) => n + e.drills.length, 0),
    assumptionOverrides: entries.filter((e) => e.assumptionOverrides).length,
    planVersions: entries.reduce((n, e) => n + e.planVersions.length, 0),
    auditEntries: data.auditLog.length,
    accounts: data.accounts.length,
    evidenceUploads: entries.reduce((n, e) => n + e.evidenceUploads.length, 0),
    evidenceTokens: entries.reduce((n, e) => n + e.evidenceTokens.length, 0),
    acceptedGaps: entries.reduce((n, e) => n + e.acceptedGaps.length, 0),
    restoreRuns: entries.reduce((n, e) => n + e.restoreRuns.length, 0),
    runSteps: entries.reduce((n, e) => n + e.restoreRuns.reduce((m, r) => m + r.steps.length, 0), 0),
    exerciseSettings: entries.filter((e) => e.exerciseSetting).length,
  };
  for (const key of Object.keys(actual) as (keyof BackupCounts)[])
    if (actual[key] !== data.manifest.counts[key])
      errors.push({
        file: dataFile,
        path: `manifest.counts.${key}`,
        message: `says ${data.manifest.counts[key]}, the backup holds ${actual[key]}`,
      });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, data, deployments, warnings, belowRules };
}

export type RestoreResult =
  | {
      ok: true;
      restored: { id: string; backupId: string; name: string }[];
      counts: BackupCounts;
      warnings: string[];
      /** Restored deployments that fail today's consistency rules (by their id in the backup). */
      belowRules: BelowRules[];
    }
  | { ok: false; reason: "not-empty"; message: string }
  | { ok: false; reason: "invalid"; errors: BackupProblem[] }
  | { ok: false; reason: "write-failed"; message: string; restored: { id: string; backupId: string; name: string }[] };

/**
 * Restore a backup folder into a database. The whole folder is validated first (deployment files
 * with the import parser); nothing is written if anything is wrong. Then each deployment is written
 * in one transaction with its ticks, drills and assumptions, keeping its id, version and dates.
 * Refuses a database that already holds deployments unless `forceAppend`; appended deployments
 * whose id is taken get new ids.
 */
export async function restorePlanner(db: Db, folder: string, options: { forceAppend?: boolean } = {}): Promise<RestoreResult> {
  const existing = await db.deployment.count();
  if (existing > 0 && !options.forceAppend)
    return {
      ok: false,
      reason: "not-empty",
      message: `The database already holds ${existing} deployment${existing === 1 ? "" : "s"}; restore needs an empty database (or --force-append to add the backup's deployments to them).`,
    };
  const backup = readBackup(folder);
  if (!backup.ok) return { ok: false, reason: "invalid", errors: backup.errors };

  const restored: { id: string; backupId: string; name: string }[] = [];
  for (const { id: backupId, entry, deployment } of backup.deployments) {
    try {
      const id = await db.$transaction(
        async (tx) => {
          const taken = (await tx.deployment.count({ where: { id: backupId } })) > 0;
          const keep = { version: entry.version, createdAt: new Date(entry.createdAt), updatedAt: new Date(entry.updatedAt) };
          const id = await insertDeployment(tx, deployment, taken ? keep : { ...keep, id: backupId });
          await tx.checklistTick.createMany({
            data: entry.checklistTicks.map((t) => ({
              deploymentId: id,
              itemId: t.itemId,
              tickedBy: t.tickedBy,
              tickedAt: new Date(t.tickedAt),
              note: t.note,
            })),
          });
          await tx.drill.createMany({
            data: entry.drills.map((d) => ({
              // A drill keeps its id with its deployment; a renumbered deployment's drills get new ones.
              ...(taken ? {} : { id: d.id }),
              deploymentId: id,
              scenarioId: d.scenarioId,
              performedOn: new Date(d.performedOn),
              stepMinutes: JSON.stringify(d.stepMinutes),
              notes: d.notes,
              recordedBy: d.recordedBy,
              createdAt: new Date(d.createdAt),
            })),
          });
          if (entry.assumptionOverrides)
            await tx.estimationAssumptions.create({
              data: { deploymentId: id, values: JSON.stringify(entry.assumptionOverrides), version: entry.assumptionsVersion ?? 1 },
            });
          await tx.planVersion.createMany({
            data: entry.planVersions.map((v) => ({
              deploymentId: id,
              number: v.number,
              deploymentVersion: v.deploymentVersion,
              approvedBy: v.approvedBy,
              approvedAt: new Date(v.approvedAt),
              note: v.note,
              deploymentJson: v.deploymentJson,
              planJson: v.planJson,
              assumptionsVersion: v.assumptionsVersion,
              assumptionsJson: v.assumptionsJson,
            })),
          });
          // A token whose hash is already stored (the same backup appended twice) stays out: hashes are unique.
          const tokenIds = new Map<string, string>();
          for (const t of entry.evidenceTokens) {
            if (await tx.evidenceToken.findUnique({ where: { tokenHash: t.tokenHash }, select: { id: true } })) continue;
            const row = await tx.evidenceToken.create({
              data: {
                ...(taken ? {} : { id: t.id }),
                deploymentId: id,
                name: t.name,
                tokenHash: t.tokenHash,
                prefix: t.prefix,
                createdBy: t.createdBy,
                createdAt: new Date(t.createdAt),
                lastUsedAt: t.lastUsedAt ? new Date(t.lastUsedAt) : null,
                revokedAt: t.revokedAt ? new Date(t.revokedAt) : null,
                revokedBy: t.revokedBy,
              },
              select: { id: true },
            });
            tokenIds.set(t.id, row.id);
          }
          for (const u of entry.evidenceUploads)
            await tx.evidenceUpload.create({
              data: {
                deploymentId: id,
                uploadedAt: new Date(u.uploadedAt),
                uploadedBy: u.uploadedBy,
                tokenId: u.tokenId ? (tokenIds.get(u.tokenId) ?? u.tokenId) : null,
                fileName: u.fileName,
                rows: u.rows,
                goodRuns: u.goodRuns,
                failedRuns: u.failedRuns,
                warnings: u.warnings,
                firstRunAt: u.firstRunAt ? new Date(u.firstRunAt) : null,
                lastRunAt: u.lastRunAt ? new Date(u.lastRunAt) : null,
                summary: u.summary,
                digest: u.digest ?? null,
                csvGz: new Uint8Array(Buffer.from(u.csvGzBase64, "base64")),
              },
            });
          await tx.acceptedGap.createMany({
            data: entry.acceptedGaps.map((g) => ({
              deploymentId: id,
              gapId: g.gapId,
              reason: g.reason,
              reviewOn: new Date(g.reviewOn),
              acceptedBy: g.acceptedBy,
              acceptedAt: new Date(g.acceptedAt),
            })),
          });
          const date = (v: string | null) => (v ? new Date(v) : null);
          // Runs are listed oldest first, so the run a failback run continues is already written.
          const runIds = new Map<string, string>();
          for (const r of entry.restoreRuns) {
            const row = await tx.restoreRun.create({
              data: {
                ...(taken ? {} : { id: r.id }),
                deploymentId: id,
                scenarioId: r.scenarioId,
                kind: r.kind,
                exerciseType: r.exerciseType,
                startedBy: r.startedBy,
                startedAt: new Date(r.startedAt),
                finishedBy: r.finishedBy,
                finishedAt: date(r.finishedAt),
                snapshot: r.snapshot,
                pathId: r.pathId,
                pathChosenBy: r.pathChosenBy,
                pathChosenAt: date(r.pathChosenAt),
                linkedFromRunId: r.linkedFromRunId ? (runIds.get(r.linkedFromRunId) ?? null) : null,
                version: r.version,
              },
              select: { id: true },
            });
            runIds.set(r.id, row.id);
            await tx.runStep.createMany({
              data: r.steps.map((x) => ({
                runId: row.id,
                pathId: x.pathId,
                stepOrder: x.stepOrder,
                state: x.state,
                startedBy: x.startedBy,
                startedAt: date(x.startedAt),
                doneBy: x.doneBy,
                doneAt: date(x.doneAt),
                skippedBy: x.skippedBy,
                skippedAt: date(x.skippedAt),
                skipReason: x.skipReason,
                note: x.note,
                noteBy: x.noteBy,
                noteAt: date(x.noteAt),
              })),
            });
          }
          if (entry.exerciseSetting)
            await tx.exerciseSetting.create({
              data: {
                deploymentId: id,
                intervalDays: entry.exerciseSetting.intervalDays,
                updatedBy: entry.exerciseSetting.updatedBy,
                updatedAt: new Date(entry.exerciseSetting.updatedAt),
              },
            });
          return id;
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      restored.push({ id, backupId, name: deployment.name });
    } catch (e) {
      return {
        ok: false,
        reason: "write-failed",
        message: `restoring deployment "${deployment.name}" (${backupId}) from ${path.join(folder, entry.file)} failed, nothing of it was written: ${e instanceof Error ? e.message : String(e)}`,
        restored,
      };
    }
  }
  // The audit log names deployments by the ids they had; renumbered (appended) ones are mapped.
  const idFor = new Map(restored.map((r) => [r.backupId, r.id]));
  await db.auditEntry.createMany({
    data: backup.data.auditLog.map((a) => ({
      ...a,
      deploymentId: a.deploymentId ? (idFor.get(a.deploymentId) ?? a.deploymentId) : null,
      at: new Date(a.at),
    })),
  });
  const warnings = [...backup.warnings, ...(await restoreAccounts(db, backup.data.accounts))];
  await bumpContentGeneration(db);
  return { ok: true, restored, counts: backup.data.manifest.counts, warnings, belowRules: backup.belowRules };
}

/** Accounts go back with their password hashes; an email that already has an account is left as it is. */
async function restoreAccounts(db: Db, accounts: PlannerData["accounts"]): Promise<string[]> {
  const existing = new Set((await db.user.findMany({ select: { email: true } })).map((u) => u.email));
  const fresh = accounts.filter((a) => !existing.has(a.email));
  await db.$transaction(async (tx) => {
    for (const a of fresh) {
      const id = randomUUID();
      await tx.user.create({
        data: {
          id,
          email: a.email,
          name: a.name,
          role: a.role,
          banned: a.disabled,
          emailVerified: false,
          createdAt: new Date(a.createdAt),
        },
      });
      if (a.passwordHash)
        await tx.account.create({
          data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: a.passwordHash },
        });
    }
  });
  const skipped = accounts.length - fresh.length;
  return skipped > 0
    ? [`${skipped} account${skipped === 1 ? "" : "s"} already in the database kept as they are (not replaced by the backup's)`]
    : [];
}
