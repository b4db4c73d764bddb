// The deployment file format, version 1 (../shared/spec/deployment-format.md), as one zod schema.
// Import, the JSON API, the forms and the CLI all validate with this module; the TypeScript types
// of a deployment are inferred from it and never declared twice.
import { z } from "zod";
import { BACKUP_LOCATIONS, DATABASE_NAMES, EDGE_TOPOLOGIES, POOL_KINDS, ROLES, SHARE_CONTENTS, SITE_KINDS, WORKLOADS } from "./enums";
import { sqlInstanceProblem, windowsPathProblem } from "./windows-values";
import { peopleFields, prioritiesImpactFields, workloadImpactFields } from "./extension-2-people";
import { prerequisiteFields, serverPlatformFields } from "./extension-2-prerequisites";

export const DEPLOYMENT_FORMAT = "ocs-backup-plan/v1";

const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A DNS name (lower-cased first, as the format asks for FQDNs on import). */
export const dnsName = (what: string, minLabels = 2) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .toLowerCase()
    .refine(
      (v) => {
        const labels = v.split(".");
        return v.length <= 253 && labels.length >= minLabels && labels.every((l) => DNS_LABEL.test(l));
      },
      { error: `expected ${what}: a DNS name such as "server1.litware.com"` },
    );

const hours = (what: string) =>
  z
    .number({ error: `expected ${what} in hours (a number)` })
    .finite()
    .nonnegative({ error: `${what} must be >= 0` });
const sizeGb = z.number({ error: "expected a size in GB (a number)" }).finite().nonnegative({ error: "size must be >= 0 GB" });
const name = (what: string, max = 200) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` });
/** A backup destination (extension 1): validated as is, never rewritten, so export gives back the same text. */
const windowsPath = (what: string) =>
  z.string({ error: `expected ${what} as a string` }).superRefine((v, ctx) => {
    const problem = windowsPathProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: `${what}: ${problem}` });
  });
const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `expected ${what}: one of ${values.join(", ")}` });

export const siteSchema = z.strictObject({
  name: name("a site name", 100),
  kind: oneOf(SITE_KINDS, "a site kind"),
  /** Extension 2: does this site hold domain controllers of the forest? Absent: true for the central site, false elsewhere. */
  domainControllers: z.boolean({ error: "expected true or false" }).optional(),
});

export const poolSchema = z.strictObject({
  name: name("a pool name", 100).refine((v) => !/\s/.test(v), { error: "a pool name has no spaces (it is used in /poolname:)" }),
  kind: oneOf(POOL_KINDS, "a pool kind"),
  site: name("a site name", 100),
  backEnd: dnsName("the back-end SQL Server FQDN").optional(),
});

export const serverSchema = z.strictObject({
  fqdn: dnsName("a server FQDN"),
  site: name("a site name", 100),
  pool: name("a pool name", 100).optional(),
  roles: z
    .array(oneOf(ROLES, "a server role"), { error: "expected a list of roles" })
    .min(1, { error: "a server needs at least one role" }),
  spareHardware: z.boolean({ error: "expected true or false" }).optional(),
  /** Extension 1: the SQL Server instance holding this server's OCS databases (absent: default instance; RTC on Standard Edition). */
  sqlInstance: z
    .string({ error: "expected a SQL Server instance name as a string" })
    .superRefine((v, ctx) => {
      const problem = sqlInstanceProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .optional(),
  ...serverPlatformFields,
});

export const databaseSchema = z.strictObject({
  name: oneOf(DATABASE_NAMES, "a database name"),
  server: dnsName("the FQDN of the server holding the database"),
  sizeGb,
});

export const fileShareSchema = z.strictObject({
  content: oneOf(SHARE_CONTENTS, "a file share content"),
  path: name("a path", 400),
  sizeGb,
  /** D9, address-book shares only: false when the folder holds no Company_Phone_Number_Normalization_Rules.txt (default: it does, and the job pack copies it). */
  normalizationRules: z.boolean({ error: "expected true or false" }).optional(),
});

export const workloadPrioritySchema = z.strictObject({
  workload: oneOf(WORKLOADS, "a workload"),
  rank: z
    .number({ error: "expected a rank (a positive whole number)" })
    .int({ error: "a rank is a whole number" })
    .positive({ error: "a rank is >= 1" }),
  rtoHours: hours("the recovery time target"),
  rpoHours: hours("the data loss target"),
  ...workloadImpactFields,
});

const backedUp = z.strictObject({ backedUp: z.boolean({ error: "expected true or false" }) });

export const dependenciesSchema = z.strictObject({
  activeDirectory: backedUp,
  dns: backedUp,
  reverseProxy: z
    .strictObject({ fqdn: dnsName("the reverse proxy FQDN"), backedUp: z.boolean({ error: "expected true or false" }) })
    .optional(),
  certificates: backedUp.optional(),
});

export const prioritiesSchema = z.strictObject({
  workloads: z.array(workloadPrioritySchema, { error: "expected a list of ranked workloads" }),
  regulated: z.boolean({ error: "expected true or false" }),
  monthlyBudgetUsd: z
    .number({ error: "expected a budget in USD (a number)" })
    .finite()
    .nonnegative({ error: "the budget must be >= 0" })
    .optional(),
  ...prioritiesImpactFields,
});

export const backupPracticeSchema = z.strictObject({
  databaseFrequencyHours: hours("the database backup interval"),
  settingsFrequencyHours: hours("the settings export interval"),
  fileShareFrequencyHours: hours("the file share backup interval"),
  windowStartHour: z
    .number({ error: "expected an hour 0..23" })
    .int({ error: "expected a whole hour 0..23" })
    .min(0, { error: "expected an hour 0..23" })
    .max(23, { error: "expected an hour 0..23" }),
  retentionCopies: z
    .number({ error: "expected a number of copies" })
    .int({ error: "expected a whole number of copies" })
    .nonnegative({ error: "copies must be >= 0" }),
  location: oneOf(BACKUP_LOCATIONS, "a backup location"),
  offsiteCopy: z.boolean({ error: "expected true or false" }),
  encrypted: z.boolean({ error: "expected true or false" }),
  bandwidthMbps: z.number({ error: "expected a bandwidth in Mbit/s" }).finite().nonnegative({ error: "bandwidth must be >= 0" }),
  restoreTested: z.boolean({ error: "expected true or false" }),
  logsSeparateFromData: z.boolean({ error: "expected true or false" }),
  /** Extension 1: the root folder the backup jobs write to (UNC or drive path). */
  destination: windowsPath("the backup destination").optional(),
  /** Extension 1: where the off-site copy goes; absent: no off-site copy job. */
  offsiteDestination: windowsPath("the off-site destination").optional(),
});

export const recoverySchema = z.strictObject({
  vendorHardwareSlaHours: hours("the vendor hardware SLA"),
  adminsAvailable: z
    .number({ error: "expected a number of administrators" })
    .int({ error: "expected a whole number of administrators" })
    .min(1, { error: "at least one administrator is needed" }),
  staffTrained: z.boolean({ error: "expected true or false" }),
  mediaAvailable: z.boolean({ error: "expected true or false" }),
});

export const deploymentSchema = z.strictObject({
  format: z.literal(DEPLOYMENT_FORMAT, { error: `expected "${DEPLOYMENT_FORMAT}"` }),
  name: name("a deployment name"),
  forest: dnsName("the forest's DNS name"),
  sites: z.array(siteSchema, { error: "expected a list of sites" }).min(1, { error: "at least one site is needed" }),
  pools: z.array(poolSchema, { error: "expected a list of pools" }).min(1, { error: "at least one pool is needed" }),
  servers: z.array(serverSchema, { error: "expected a list of servers" }),
  edge: z.strictObject({ topology: oneOf(EDGE_TOPOLOGIES, "an edge topology") }).optional(),
  databases: z.array(databaseSchema, { error: "expected a list of databases" }).optional(),
  fileShares: z.array(fileShareSchema, { error: "expected a list of file shares" }).optional(),
  dependencies: dependenciesSchema,
  priorities: prioritiesSchema,
  backup: backupPracticeSchema,
  recovery: recoverySchema,
  ...peopleFields,
  ...prerequisiteFields,
});

/** A deployment as written in a file (optional fields may be absent). */
export type DeploymentFile = z.input<typeof deploymentSchema>;
/** A parsed deployment: FQDNs lower-cased, strings trimmed. */
export type Deployment = z.output<typeof deploymentSchema>;
export type Site = Deployment["sites"][number];
export type Pool = Deployment["pools"][number];
export type Server = Deployment["servers"][number];
export type DatabaseEntry = NonNullable<Deployment["databases"]>[number];
export type FileShareEntry = NonNullable<Deployment["fileShares"]>[number];
export type WorkloadPriority = Deployment["priorities"]["workloads"][number];
export type BackupPractice = Deployment["backup"];
export type RecoveryResources = Deployment["recovery"];
