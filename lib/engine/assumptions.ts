// The numbers behind every time estimate. Microsoft publishes no restore throughput, rebuild times or
// decision delays for OCS 2007 R2 (facts file section 4), so almost all of these are planning
// assumptions: each row says so, or names its source. Callers may override any of them.

export type Assumptions = {
  /** Assessing the loss and deciding to start the runbook (left out of Microsoft's RTO figures). */
  decisionMinutes: number;
  osBuildMinutes: number;
  sqlInstallMinutes: number;
  ocsInstallActivateMinutes: number;
  /** Installing certificates kept in a backup. */
  certificateMinutes: number;
  /** Requesting and installing new certificates when none were backed up. */
  certificateReissueMinutes: number;
  settingsImportMinutes: number;
  sqlRestoreGbPerHour: number;
  fileRestoreGbPerHour: number;
  validationMinutes: number;
  /** Reassigning the users of one pool. */
  userReassignMinutes: number;
  adRestoreMinutes: number;
  adRebuildMinutes: number;
  /** SchemaPrep, ForestPrep and DomainPrep with their checks. */
  adPrepMinutes: number;
  /** DBImpExp export or import throughput. */
  userDataGbPerHour: number;
  /** Bringing one standby server into service. */
  standbyActivationMinutes: number;
  dnsUpdateMinutes: number;
  /** Work steps take this much longer when staff are not trained (B7). */
  untrainedFactor: number;
  /** Waiting for software media and updates when they are not at hand (B3). */
  missingMediaMinutes: number;
  /** Bringing backups by courier when the backup location has no usable bandwidth. */
  mediaShippingMinutes: number;
  /** Full SQL Server backup throughput (backup window, B2). */
  sqlBackupGbPerHour: number;
  /** File backup throughput for the meeting content shares (backup window, B2). */
  fileBackupGbPerHour: number;
  /** Running one LCSCmd export and copying its file away (S2, S3, S5). */
  settingsExportMinutes: number;
  /** Price of backup storage per GB and month (cost, P4). */
  storageUsdPerGbMonth: number;
  /** Start of the low-usage window, local hour (B2). */
  lowUsageStartHour: number;
  /** End of the low-usage window, local hour, exclusive (B2). */
  lowUsageEndHour: number;
};

export type AssumptionKey = keyof Assumptions;

export interface AssumptionRow {
  key: AssumptionKey;
  label: string;
  value: number;
  unit: "minutes" | "GB per hour" | "factor" | "hour of day" | "USD per GB and month";
  /** True when no source gives the number: a planning assumption to adjust to your site. */
  assumption: boolean;
  source: string;
}

const NO_SOURCE = "Planning assumption: Microsoft gives no such figure for OCS 2007 R2 (facts file section 4).";

/** The defaults with their sources, in display order (exported for the UI). */
export const ASSUMPTION_TABLE: readonly AssumptionRow[] = [
  {
    key: "decisionMinutes",
    label: "Assess the loss and decide",
    value: 60,
    unit: "minutes",
    assumption: true,
    source: "Planning assumption. Microsoft's Lync 2013 failover RTO explicitly leaves decision time out (facts file section 4).",
  },
  {
    key: "osBuildMinutes",
    label: "Install Windows Server and join the domain",
    value: 120,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "sqlInstallMinutes",
    label: "Install SQL Server with the same instance name",
    value: 60,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "ocsInstallActivateMinutes",
    label: "Install and activate an OCS role",
    value: 90,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "certificateMinutes",
    label: "Install certificates from a backup",
    value: 30,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "certificateReissueMinutes",
    label: "Request and install new certificates",
    value: 240,
    unit: "minutes",
    assumption: true,
    source: "Planning assumption; the facts file lists certificate lead time as a user input (section 4).",
  },
  {
    key: "settingsImportMinutes",
    label: "Import one LCSCmd settings file",
    value: 15,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "sqlRestoreGbPerHour",
    label: "SQL Server restore throughput",
    value: 50,
    unit: "GB per hour",
    assumption: true,
    source: NO_SOURCE,
  },
  { key: "fileRestoreGbPerHour", label: "File restore throughput", value: 100, unit: "GB per hour", assumption: true, source: NO_SOURCE },
  { key: "validationMinutes", label: "Check a server, pool or workload", value: 30, unit: "minutes", assumption: true, source: NO_SOURCE },
  { key: "userReassignMinutes", label: "Reassign the users of one pool", value: 60, unit: "minutes", assumption: true, source: NO_SOURCE },
  {
    key: "adRestoreMinutes",
    label: "Restore Active Directory from backup",
    value: 240,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "adRebuildMinutes",
    label: "Rebuild the Active Directory forest",
    value: 960,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "adPrepMinutes",
    label: "Rerun and check SchemaPrep, ForestPrep, DomainPrep",
    value: 60,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "userDataGbPerHour",
    label: "DBImpExp export or import throughput",
    value: 10,
    unit: "GB per hour",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "standbyActivationMinutes",
    label: "Bring a standby server into service",
    value: 60,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "dnsUpdateMinutes",
    label: "Update DNS records and the Edge next hop",
    value: 30,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "untrainedFactor",
    label: "Slow-down of untrained staff",
    value: 1.5,
    unit: "factor",
    assumption: true,
    source: "Planning assumption standing for best practice B7 (train staff, run drills).",
  },
  {
    key: "missingMediaMinutes",
    label: "Obtain software media and updates",
    value: 480,
    unit: "minutes",
    assumption: true,
    source: "Planning assumption standing for best practice B3 (keep media and updates at hand).",
  },
  { key: "mediaShippingMinutes", label: "Bring backups by courier", value: 1440, unit: "minutes", assumption: true, source: NO_SOURCE },
  {
    key: "sqlBackupGbPerHour",
    label: "SQL Server full backup throughput",
    value: 100,
    unit: "GB per hour",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "fileBackupGbPerHour",
    label: "File share backup throughput",
    value: 150,
    unit: "GB per hour",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "settingsExportMinutes",
    label: "Run one LCSCmd export and copy it away",
    value: 3,
    unit: "minutes",
    assumption: true,
    source: NO_SOURCE,
  },
  {
    key: "storageUsdPerGbMonth",
    label: "Backup storage price",
    value: 0.05,
    unit: "USD per GB and month",
    assumption: true,
    source: "Planning assumption: set the price your storage or backup provider charges.",
  },
  {
    key: "lowUsageStartHour",
    label: "Low-usage window starts",
    value: 22,
    unit: "hour of day",
    assumption: true,
    source: "Planning assumption for best practice B2: low usage is taken as 22:00 to 05:59 local time.",
  },
  {
    key: "lowUsageEndHour",
    label: "Low-usage window ends (exclusive)",
    value: 6,
    unit: "hour of day",
    assumption: true,
    source: "Planning assumption for best practice B2: low usage is taken as 22:00 to 05:59 local time.",
  },
];

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.fromEntries(ASSUMPTION_TABLE.map((r) => [r.key, r.value])) as Assumptions;

/** Rates must be positive (they divide), hours of day 0..23, factors at least 1, the rest >= 0. */
function acceptable(key: AssumptionKey, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const unit = ASSUMPTION_TABLE.find((r) => r.key === key)!.unit;
  if (unit === "GB per hour") return value > 0;
  if (unit === "hour of day") return Number.isInteger(value) && value >= 0 && value <= 23;
  if (unit === "factor") return value >= 1;
  return value >= 0;
}

export interface ResolvedAssumptions {
  assumptions: Assumptions;
  /** Overrides that were refused, with why. */
  rejected: { key: string; message: string }[];
}

/** Merge caller overrides onto the defaults; an unusable override keeps the default and is reported. */
export function resolveAssumptions(overrides: Partial<Assumptions> | undefined): ResolvedAssumptions {
  const assumptions = { ...DEFAULT_ASSUMPTIONS };
  const rejected: { key: string; message: string }[] = [];
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_ASSUMPTIONS)) {
      rejected.push({ key, message: `unknown assumption "${key}" ignored` });
      continue;
    }
    const k = key as AssumptionKey;
    if (typeof value !== "number" || !acceptable(k, value)) {
      rejected.push({
        key,
        message: `assumption "${key}" = ${String(value)} is not usable; the default ${DEFAULT_ASSUMPTIONS[k]} is kept`,
      });
      continue;
    }
    assumptions[k] = value;
  }
  return { assumptions, rejected };
}
