// The plan file format, version 1 (../shared/spec/plan-format.md), as one zod schema. The engine
// produces it; "Export plan (JSON)", POST /api/plan and the CLI emit it. Fields beyond the spec's
// required minimum are extensions (the spec welcomes them); none of the required ones is renamed.
import { z } from "zod";
import { lifecycleRowSchema, registerSchema } from "./plan-register";
import { DATABASE_NAMES, SHARE_CONTENTS, WORKLOADS } from "./enums";
import { successorSectionSchema } from "./plan-successor";

export const PLAN_FORMAT = "ocs-backup-plan-result/v1";

export const SETTINGS_LEVELS = ["global", "pool", "machine"] as const;
export type SettingsLevel = (typeof SETTINGS_LEVELS)[number];

export const LOSS_KINDS = ["server", "pool", "standard-edition", "back-end", "active-directory", "site"] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

const rules = z.array(z.string()).min(1);
/** Extension: the local time a backup job starts, "HH:MM", taken from the plan's backup window (B2). */
const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const workload = z.enum(WORKLOADS);

export const settingsExportSchema = z.object({
  levels: z.array(z.enum(SETTINGS_LEVELS)).min(1),
  server: z.string(),
  pool: z.string().nullable(),
  roles: z.array(z.string()).optional(),
  command: z.string(),
  /** File name inside the backup folder. */
  fileName: z.string().optional(),
  note: z.string().optional(),
  /** Extension: when the export job starts, and how often it runs. */
  startTime: startTime.optional(),
  frequencyHours: z.number().optional(),
  rules,
});

export const databaseBackupSchema = z.object({
  database: z.enum(DATABASE_NAMES),
  server: z.string(),
  backUp: z.boolean(),
  /** Extension: what the database holds (chapter table 17-4). */
  holds: z.string().optional(),
  tool: z.string().optional(),
  reason: z.string().optional(),
  sizeGb: z.number().optional(),
  frequencyHours: z.number().optional(),
  note: z.string().optional(),
  /** Extension: `server[\\instance]` as sqlcmd -S takes it (extension 1's sqlInstance). */
  sqlTarget: z.string().optional(),
  /** Extension: what schedules the backup: a SQL Server Agent job, or Task Scheduler on SQL Server 2005 Express (D10). */
  scheduler: z.enum(["sql-agent", "task-scheduler"]).optional(),
  /** Extension: the backup and verification as one command line (date-stamped file under the destination). */
  command: z.string().optional(),
  startTime: startTime.optional(),
  rules,
});

export const fileShareBackupSchema = z.object({
  content: z.enum(SHARE_CONTENTS),
  path: z.string(),
  backUp: z.boolean(),
  /** Extension: what the share holds (chapter tables 17-5 and 17-6). */
  holds: z.string().optional(),
  tool: z.string().optional(),
  reason: z.string().optional(),
  sizeGb: z.number().optional(),
  frequencyHours: z.number().optional(),
  /** The server holding the share when the engine could tell (null: a file server outside the deployment). */
  host: z.string().nullable().optional(),
  note: z.string().optional(),
  /** Extension: the copy as one robocopy command line (date-stamped folder under the destination). */
  command: z.string().optional(),
  startTime: startTime.optional(),
  rules,
});

export const stepSchema = z.object({
  order: z.number().int().positive(),
  title: z.string(),
  detail: z.string().optional(),
  /** The restore phase of chapter table 17-9 this step belongs to. */
  phase: z.string().optional(),
  server: z.string().optional(),
  command: z.string().optional(),
  /** True when the command or step is inferred or unverified in the sources: check it on a server. */
  verify: z.boolean().optional(),
  /** For a step to verify: the help of the command's own tool that confirms its syntax (e.g. `lcscmd /config /?`). */
  verifyWith: z.string().optional(),
  minutes: z.number().nonnegative(),
  dependsOn: z.array(z.number().int().positive()),
  workloads: z.array(workload).optional(),
  /** Scheduled start and finish in minutes from the moment of loss (estimates). */
  startMinute: z.number().optional(),
  finishMinute: z.number().optional(),
  assignee: z.number().int().optional(),
  critical: z.boolean().optional(),
  /** True for steps that only wait (hardware delivery, copying backups): they occupy no administrator. */
  waiting: z.boolean().optional(),
  rules,
  /** The estimation assumption this step's minutes come from (a key of the assumptions table), when one does. */
  assumption: z.string().optional(),
  /** Compact form (plan-json.ts): indices into the runbook's workloads that this step serves; absent in a runbook with a `schedule`: all of them. */
  serves: z.array(z.number().int().nonnegative()).optional(),
});

export const scenarioWorkloadSchema = z.object({
  workload,
  rtoHours: z.number(),
  targetHours: z.number().nullable(),
  meets: z.boolean().nullable(),
  /** "outage": the workload is down until restored; "reduced-capacity": surviving peers keep serving it. */
  impact: z.enum(["outage", "reduced-capacity"]).optional(),
});

/** Compact form (plan-json.ts): a runbook's schedule as columns, one entry per step in step order. */
export const scheduleColumnsSchema = z.object({
  start: z.array(z.number()),
  /** The administrator (1-based); 0 for a step that occupies nobody. */
  admin: z.array(z.number().int().nonnegative()),
  /** Index into the plan's stepKinds. */
  kind: z.array(z.number().int().nonnegative()),
  /** Orders of the steps on the critical chain. */
  critical: z.array(z.number().int().positive()),
});

/** Another way through the same loss (e.g. Active Directory rebuilt instead of restored). */
export const scenarioPathSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** When to take this path instead of the scenario's main steps. */
  when: z.string(),
  steps: z.array(stepSchema),
  rtoHours: z.number(),
  workloads: z.array(scenarioWorkloadSchema),
  /** Compact form (plan-json.ts): the schedule as columns. */
  schedule: scheduleColumnsSchema.optional(),
});

export const scenarioSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  loss: z.object({ kind: z.enum(LOSS_KINDS), target: z.string().nullable() }),
  restoreLevels: z.array(z.enum(SETTINGS_LEVELS)),
  steps: z.array(stepSchema),
  rtoHours: z.number(),
  workloads: z.array(scenarioWorkloadSchema),
  /** Compact form (plan-json.ts): the schedule as columns. */
  schedule: scheduleColumnsSchema.optional(),
  notes: z.array(z.string()).optional(),
  /** Compact form: indices into the plan's noteTexts, in place of `notes`. */
  noteRefs: z.array(z.number().int().nonnegative()).optional(),
  rules: z.array(z.string()).optional(),
  /** Title of the path the main steps follow, when the scenario has alternatives. */
  path: z.string().optional(),
  alternatives: z.array(scenarioPathSchema).optional(),
  /** After a switch-over to a standby pool: the runbook that brings the users home (timed from its own decision). */
  failback: scenarioPathSchema.optional(),
});

export const rpoSchema = z.object({
  data: z.string(),
  kind: z.enum(["database", "file-share", "settings"]).optional(),
  hours: z.number(),
  targetHours: z.number().nullable(),
  meets: z.boolean().nullable(),
  workloads: z.array(workload).optional(),
  rules: z.array(z.string()).optional(),
  /** The server holding the data, or the share path. */
  subject: z.string().optional(),
  note: z.string().optional(),
  /** The interval between full backups: what `meets` is judged by (P2, D5); `hours` adds the backup's own run. */
  intervalHours: z.number().optional(),
});

export const gapSchema = z.object({
  id: z.string(),
  severity: z.enum(["critical", "warning", "info"]),
  subject: z.string(),
  message: z.string(),
  fix: z.string(),
  rules,
  /** Extension: the id of the recommendation the fix describes (assessment.recommendations). */
  recommendation: z.string().optional(),
});

// Extensions beyond the spec's minimum (all optional in the schema; the engine always fills them).

export const environmentBackupSchema = z.object({
  id: z.enum(["activeDirectory", "dns", "reverseProxy", "certificates"]),
  dependency: z.string(),
  subject: z.string(),
  /** null: the deployment file does not say. */
  backedUp: z.boolean().nullable(),
  action: z.string(),
  rules,
});

export const postExportCheckSchema = z.object({
  id: z.string(),
  task: z.string(),
  detail: z.string(),
  rules,
});

export const permissionSchema = z.object({
  id: z.string(),
  task: z.string(),
  rights: z.string(),
  /** True when no source states the rights for OCS 2007 R2: confirm before relying on them. */
  verify: z.boolean(),
  source: z.string(),
  rules,
});

export const checklistItemSchema = z.object({
  /** Stable id, e.g. `export:machine:<fqdn>`, `database:RTC@<server>`. */
  id: z.string(),
  task: z.string(),
  command: z.string().optional(),
  /** Compact form (plan-json.ts): the command is that of this backup item, e.g. "settingsExports/3". */
  commandOf: z.string().optional(),
  subject: z.string(),
  rules,
  frequencyHours: z.number().optional(),
});

export const bestPracticeCheckSchema = z.object({
  id: z.enum(["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9"]),
  title: z.string(),
  status: z.enum(["pass", "fail", "unknown"]),
  why: z.string(),
  rules,
});

export const planWarningSchema = z.object({
  /** "deployment": a consistency warning passed in by the caller; "engine": a note from the planner. */
  source: z.enum(["deployment", "engine"]),
  path: z.string().optional(),
  message: z.string(),
  rule: z.string().optional(),
});

export const VERDICTS = ["protected", "at-risk", "not-protected"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const scoreItemSchema = z.object({
  label: z.string(),
  /** Negative: the points this item costs. */
  points: z.number(),
  category: z.enum(["rto", "rpo", "coverage"]).optional(),
  /** The gap whose acceptance removes this cost. */
  gapId: z.string().optional(),
  workload: workload.optional(),
  rules: z.array(z.string()),
});

export const worstMissSchema = z.object({
  workload,
  rank: z.number().optional(),
  /** The scenario with the longest recovery of this workload (null when no scenario touches it). */
  scenario: z.string().nullable(),
  hours: z.number().nullable(),
  targetHours: z.number(),
  meets: z.boolean().optional(),
  /** The workload's worst data loss, judged by the backup interval (P2, D5). */
  rpo: z
    .object({
      data: z.string(),
      subject: z.string().optional(),
      hours: z.number(),
      intervalHours: z.number(),
      targetHours: z.number(),
      meets: z.boolean(),
    })
    .nullable()
    .optional(),
});

export const patchOperationSchema = z.object({
  op: z.enum(["add", "remove", "replace", "move", "copy", "test"]),
  path: z.string(),
  value: z.unknown().optional(),
  from: z.string().optional(),
});

export const effectSchema = z.union([
  z.object({ measure: z.literal("rto"), workload, fromHours: z.number().nullable(), toHours: z.number().nullable() }),
  z.object({
    measure: z.literal("rpo"),
    data: z.string(),
    server: z.string().optional(),
    fromHours: z.number().nullable(),
    toHours: z.number().nullable(),
  }),
]);

export const recommendationSchema = z.object({
  id: z.string(),
  kind: z.string().optional(),
  title: z.string(),
  detail: z.string().optional(),
  patch: z.array(patchOperationSchema).min(1),
  effects: z.array(effectSchema),
  monthlyCostUsd: z.number().optional(),
  /** The score before and after the change. */
  scoreFrom: z.number().optional(),
  scoreTo: z.number().optional(),
  rules: z.array(z.string()).optional(),
});

export const assessmentSchema = z.object({
  verdict: z.enum(VERDICTS),
  reasons: z.array(z.string()),
  score: z.number().min(0).max(100),
  breakdown: z.array(scoreItemSchema),
  worst: z.array(worstMissSchema),
  recommendations: z.array(recommendationSchema).optional(),
  /** Gap ids left out of the verdict and the score because a planner accepted them. */
  accepted: z.array(z.string()).optional(),
});

// The `evidence` section (only when an evidence file was given; evidence-format.md, rules P2, B1, B10).
export const EVIDENCE_STATUSES = ["ok", "failed-runs", "stale", "no-good-backup", "no-evidence"] as const;

export const evidenceItemSchema = z.object({
  kind: z.enum(["database", "settings", "share"]),
  /** Null for a share (evidence names shares by content). */
  server: z.string().nullable(),
  item: z.string(),
  subject: z.string(),
  /** UTC, ISO 8601; null when no good backup is in the evidence. */
  lastGoodAt: z.string().nullable(),
  ageHours: z.number().nullable(),
  /** The data loss the last good backup allows now: until the next scheduled run ends, plus the run's own duration. */
  actualRpoHours: z.number().nullable(),
  targetHours: z.number().nullable(),
  meets: z.boolean().nullable(),
  /** Failed runs since the last good one (all failed runs when there is none). */
  failedRuns: z.number().int().nonnegative(),
  plannedRpoHours: z.number(),
  frequencyHours: z.number(),
  /** stale: more data at risk than the plan allows; no-good-backup: only failed runs; no-evidence: no runs. */
  status: z.enum(EVIDENCE_STATUSES),
  lastRunAt: z.string().nullable(),
  lastRunResult: z.enum(["ok", "failed"]).nullable(),
  /** Actual data loss within the target (without a target: no scheduled run missed). */
  withinTarget: z.boolean(),
  rules: z.array(z.string()),
});

export const evidenceWarningSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().nonnegative(),
  field: z.enum(["kind", "server", "item", "finishedAt", "sizeBytes", "result"]).nullable(),
  message: z.string(),
  /** How many rows share this warning (the line is the first). */
  rows: z.number().int().positive(),
});

// Beyond the spec's minimum (asOf; kind, server, item, lastGoodAt, ageHours, actualRpoHours, targetHours,
// meets, failedRuns) the engine always fills every field: the section is new, so they are required.
export const evidenceSectionSchema = z.object({
  asOf: z.string(),
  items: z.array(evidenceItemSchema),
  summary: z.object({
    goodRuns: z.number().int(),
    failedRuns: z.number().int(),
    items: z.number().int(),
    ok: z.number().int(),
    failedRunItems: z.number().int(),
    stale: z.number().int(),
    noGoodBackup: z.number().int(),
    noEvidence: z.number().int(),
    worstActualRpoHours: z.number().nullable(),
    /** Every item has a good backup whose actual data loss is within its target (a status of its own, not the assessment's verdict). */
    allItemsWithinTarget: z.boolean(),
  }),
  warnings: z.array(evidenceWarningSchema),
});

/** P8: one row per ranked workload (lib/engine/bia.ts). */
export const biaRowSchema = z.object({
  workload,
  rank: z.number().optional(),
  rtoTargetHours: z.number(),
  estimatedHours: z.number().nullable(),
  scenario: z.string().nullable().optional(),
  wrtHours: z.number().nullable(),
  mtdHours: z.number().nullable(),
  meetsMtd: z.boolean().nullable(),
  rules,
});

export const planSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  deployment: z.string(),
  settingsExports: z.array(settingsExportSchema),
  databaseBackups: z.array(databaseBackupSchema),
  fileShareBackups: z.array(fileShareBackupSchema),
  scenarios: z.array(scenarioSchema),
  rpo: z.array(rpoSchema),
  gaps: z.array(gapSchema),
  environmentBackups: z.array(environmentBackupSchema).optional(),
  postExportChecks: z.array(postExportCheckSchema).optional(),
  permissions: z.array(permissionSchema).optional(),
  checklists: z.object({ backup: z.array(checklistItemSchema), bestPractices: z.array(bestPracticeCheckSchema) }).optional(),
  warnings: z.array(planWarningSchema).optional(),
  /** The duration assumptions the estimates used (see lib/engine/assumptions.ts). */
  assumptions: z.record(z.string(), z.number()).optional(),
  /** Are we protected: verdict, score and what would help most. */
  assessment: assessmentSchema.optional(),
  /** Compact form (plan-json.ts): the fields steps share, once per plan. */
  stepKinds: z
    .array(
      z.object({
        phase: z.string().optional(),
        detail: z.string().optional(),
        verify: z.boolean().optional(),
        verifyWith: z.string().optional(),
        waiting: z.boolean().optional(),
        assumption: z.string().optional(),
      }),
    )
    .optional(),
  /** Compact form (plan-json.ts): scenario notes, once per plan (scenarios name them in noteRefs). */
  noteTexts: z.array(z.string()).optional(),
  /** What every runbook opens with: where the backups and exports are, and whom to call (P5, B8). */
  restoreBriefing: z.array(z.string()).optional(),
  evidence: evidenceSectionSchema.optional(),
  /** M1: the same deployment on a successor, only when asked for (lib/formats/plan-successor.ts). */
  successor: successorSectionSchema.optional(),
  register: registerSchema.optional(),
  lifecycle: z.array(lifecycleRowSchema).optional(),
  bia: z.array(biaRowSchema).optional(),
});

export type SettingsExport = z.infer<typeof settingsExportSchema>;
export type DatabaseBackup = z.infer<typeof databaseBackupSchema>;
export type FileShareBackup = z.infer<typeof fileShareBackupSchema>;
export type RunbookStep = z.infer<typeof stepSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type RpoEntry = z.infer<typeof rpoSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type ScenarioWorkload = z.infer<typeof scenarioWorkloadSchema>;
export type ScenarioPath = z.infer<typeof scenarioPathSchema>;
export type EnvironmentBackup = z.infer<typeof environmentBackupSchema>;
export type PostExportCheck = z.infer<typeof postExportCheckSchema>;
export type PermissionRequirement = z.infer<typeof permissionSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type BestPracticeCheck = z.infer<typeof bestPracticeCheckSchema>;
export type PlanWarning = z.infer<typeof planWarningSchema>;
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export type EvidenceWarning = z.infer<typeof evidenceWarningSchema>;
export type EvidenceSection = z.infer<typeof evidenceSectionSchema>;
export type GapSeverity = Gap["severity"];
export type ScoreItem = z.infer<typeof scoreItemSchema>;
export type WorstMiss = z.infer<typeof worstMissSchema>;
export type PatchOperation = z.infer<typeof patchOperationSchema>;
export type Effect = z.infer<typeof effectSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type BiaRowOut = z.infer<typeof biaRowSchema>;
/** The spec's required part of a plan; the engine's Plan type extends it. */
export type PlanCore = z.infer<typeof planSchema>;
