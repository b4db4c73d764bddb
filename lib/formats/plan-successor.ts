// The plan's `successor` section (rule M1, ../shared/spec/plan-format.md): the same deployment on Lync
// Server 2013 or Skype for Business Server 2015/2019. Only present when asked for (`--successor <target>`).
// Fields beyond the spec's example are extensions; every item says whether its command is documented
// or inferred (`basis`), and where that comes from (`source`).
import { z } from "zod";
import { WORKLOADS } from "./enums";

export const SUCCESSOR_TARGETS = ["lync-2013", "sfb-2015", "sfb-2019"] as const;
export type SuccessorTarget = (typeof SUCCESSOR_TARGETS)[number];

export const MIGRATION_PATHS = ["side-by-side", "new-deployment", "via-lync-2013-then-in-place"] as const;
export type MigrationPath = (typeof MIGRATION_PATHS)[number];

/** documented: a source shows the command or step; inferred: the planner's reading of the sources, check it first. */
export const BASES = ["documented", "inferred"] as const;
export type Basis = (typeof BASES)[number];

const rules = z.array(z.string()).min(1);

export const successorStepSchema = z.object({
  order: z.number().int().positive(),
  title: z.string(),
  detail: z.string().optional(),
  command: z.string().optional(),
  /** The OCS 2007 R2 pool this step belongs to (migration: the pool whose users move). */
  pool: z.string().optional(),
  /** Hands-on minutes, from this plan's assumptions (`assumption` names the one used). */
  minutes: z.number().nonnegative().optional(),
  assumption: z.string().optional(),
  /** The migration phase: prerequisites, legacy (once for the deployment), pool, upgrade, after. */
  phase: z.string().optional(),
  basis: z.enum(BASES),
  source: z.string(),
  rules,
});

export const successorBackupSchema = z.object({
  title: z.string(),
  command: z.string(),
  /** The items of this plan it replaces ("settingsExports/0", "databaseBackups/3", "fileShareBackups/1"). */
  from: z.array(z.string()),
  /** What those items are, in words (e.g. "RTC on sql01.litware.com"). */
  replaces: z.array(z.string()),
  note: z.string().optional(),
  basis: z.enum(BASES),
  source: z.string(),
  rules,
});

/** Items of this plan the successor leaves out of its backup on purpose (as this plan does). */
export const successorNotBackedUpSchema = successorBackupSchema.omit({ command: true, note: true }).extend({ reason: z.string() });

export const publishedTargetSchema = z.object({
  /** What was measured: a Front End pool failover (and its failback). */
  measures: z.string(),
  rtoMinutes: z.number(),
  /** The lower end where the source gives a range (SfB: 15-20 minutes). */
  rtoMinutesFrom: z.number().optional(),
  rpoMinutes: z.number(),
  source: z.string(),
  /** What the source says the figures leave out and what they were measured with. */
  caveat: z.string(),
});

export const resilienceCompareSchema = z.object({
  workload: z.enum(WORKLOADS),
  /** This plan's estimated worst case over its restore runbooks but Active Directory's (a pool failover does not answer that loss), and the runbook it comes from. */
  thisPlanHours: z.number(),
  thisPlanScenario: z.string(),
  targetHours: z.number().nullable(),
  /** Microsoft's published pool failover RTO. */
  successorHours: z.number(),
  /** The published RTO plus this plan's decision time (the published figure leaves decision time out). */
  successorWithDecisionHours: z.number(),
  thisPlanRpoHours: z.number().nullable(),
  successorRpoHours: z.number(),
  note: z.string(),
});

/** Workloads a pool failover does not bring back (Archiving, Monitoring): restored from SQL backups, no published time. */
export const resilienceNotCoveredSchema = resilienceCompareSchema.omit({
  successorHours: true,
  successorWithDecisionHours: true,
  successorRpoHours: true,
});

export const successorSectionSchema = z.object({
  target: z.enum(SUCCESSOR_TARGETS),
  product: z.string(),
  /** false: Microsoft supports no path from this deployment (reasons say why). */
  supported: z.boolean(),
  paths: z.array(z.enum(MIGRATION_PATHS)),
  /** Why a path is not offered (e.g. no in-place upgrade from OCS 2007 R2). */
  reasons: z.array(z.string()),
  pathSource: z.string(),
  supportEndsOn: z.string().nullable(),
  supportSource: z.string(),
  supportBasis: z.enum(BASES),
  /** Set when the plan was judged as of a date: the successor's own support has ended by then. */
  supportEnded: z.boolean().optional(),
  notes: z.array(z.string()),
  premigration: z.array(successorStepSchema),
  migration: z.array(successorStepSchema),
  /** Hands-on hours of the steps above (the sum of their minutes; not an elapsed time). */
  estimate: z.object({
    premigrationHours: z.number(),
    migrationHours: z.number(),
    perPool: z.array(z.object({ pool: z.string(), hours: z.number() })),
  }),
  backup: z.array(successorBackupSchema),
  notBackedUp: z.array(successorNotBackedUpSchema),
  resilience: z.object({
    published: publishedTargetSchema,
    cmsFailover: publishedTargetSchema.optional(),
    failback: z.string(),
    prerequisites: z.array(z.string()),
    runbook: z.array(successorStepSchema),
    compare: z.array(resilienceCompareSchema),
    notCovered: z.array(resilienceNotCoveredSchema),
  }),
  rules,
});

export type SuccessorStep = z.infer<typeof successorStepSchema>;
export type SuccessorBackup = z.infer<typeof successorBackupSchema>;
export type SuccessorNotBackedUp = z.infer<typeof successorNotBackedUpSchema>;
export type PublishedTarget = z.infer<typeof publishedTargetSchema>;
export type ResilienceCompare = z.infer<typeof resilienceCompareSchema>;
export type ResilienceNotCovered = z.infer<typeof resilienceNotCoveredSchema>;
export type SuccessorSection = z.infer<typeof successorSectionSchema>;
