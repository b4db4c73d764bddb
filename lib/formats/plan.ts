// The plan file format, version 1 (../shared/spec/plan-format.md), as one zod schema. The engine
// produces it; "Export plan (JSON)", POST /api/plan and the CLI emit it. Fields beyond the spec's
// required minimum are extensions (the spec welcomes them); none of the required ones is renamed.
import { z } from "zod";
import { DATABASE_NAMES, SHARE_CONTENTS, WORKLOADS } from "./enums";

export const PLAN_FORMAT = "ocs-backup-plan-result/v1";

export const SETTINGS_LEVELS = ["global", "pool", "machine"] as const;
export type SettingsLevel = (typeof SETTINGS_LEVELS)[number];

export const LOSS_KINDS = ["server", "pool", "standard-edition", "back-end", "active-directory", "site"] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

const rules = z.array(z.string()).min(1);
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
  rules,
});

export const databaseBackupSchema = z.object({
  database: z.enum(DATABASE_NAMES),
  server: z.string(),
  backUp: z.boolean(),
  tool: z.string().optional(),
  reason: z.string().optional(),
  sizeGb: z.number().optional(),
  frequencyHours: z.number().optional(),
  rules,
});

export const fileShareBackupSchema = z.object({
  content: z.enum(SHARE_CONTENTS),
  path: z.string(),
  backUp: z.boolean(),
  tool: z.string().optional(),
  reason: z.string().optional(),
  sizeGb: z.number().optional(),
  frequencyHours: z.number().optional(),
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
  minutes: z.number().nonnegative(),
  dependsOn: z.array(z.number().int().positive()),
  workloads: z.array(workload).optional(),
  /** Scheduled start and finish in minutes from the moment of loss (estimates). */
  startMinute: z.number().optional(),
  finishMinute: z.number().optional(),
  assignee: z.number().int().optional(),
  critical: z.boolean().optional(),
  rules,
});

export const scenarioWorkloadSchema = z.object({
  workload,
  rtoHours: z.number(),
  targetHours: z.number().nullable(),
  meets: z.boolean().nullable(),
});

export const scenarioSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  loss: z.object({ kind: z.enum(LOSS_KINDS), target: z.string().nullable() }),
  restoreLevels: z.array(z.enum(SETTINGS_LEVELS)),
  steps: z.array(stepSchema),
  rtoHours: z.number(),
  workloads: z.array(scenarioWorkloadSchema),
  notes: z.array(z.string()).optional(),
  rules: z.array(z.string()).optional(),
});

export const rpoSchema = z.object({
  data: z.string(),
  kind: z.enum(["database", "file-share", "settings"]).optional(),
  hours: z.number(),
  targetHours: z.number().nullable(),
  meets: z.boolean().nullable(),
  workloads: z.array(workload).optional(),
  rules: z.array(z.string()).optional(),
});

export const gapSchema = z.object({
  id: z.string(),
  severity: z.enum(["critical", "warning", "info"]),
  subject: z.string(),
  message: z.string(),
  fix: z.string(),
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
});

export type SettingsExport = z.infer<typeof settingsExportSchema>;
export type DatabaseBackup = z.infer<typeof databaseBackupSchema>;
export type FileShareBackup = z.infer<typeof fileShareBackupSchema>;
export type RunbookStep = z.infer<typeof stepSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type RpoEntry = z.infer<typeof rpoSchema>;
export type Gap = z.infer<typeof gapSchema>;
/** The spec's required part of a plan; the engine's Plan type extends it. */
export type PlanCore = z.infer<typeof planSchema>;
