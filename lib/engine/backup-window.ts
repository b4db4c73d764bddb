// How long the backups take, whether they fit the low-usage hours (B2), and the storage and monthly
// cost of keeping them (P4), from the sizes in the deployment and the estimation assumptions.
import type { Deployment } from "../formats/deployment";
import type { Assumptions } from "./assumptions";
import { DATABASE_RULES } from "./rules/databases";
import { FILE_SHARE_RULES } from "./rules/file-shares";

export interface BackupRun {
  kind: "databases" | "file-shares" | "settings";
  /** Hours after midnight (local) the run starts; may exceed 24 when it wraps past midnight. */
  startHour: number;
  hours: number;
}

export interface BackupWindow {
  runs: BackupRun[];
  /**
   * When each kind of backup job starts, in hours after midnight (may exceed 24): databases at the
   * window's start, then file shares, then settings exports, each after the previous kind's run time.
   * The job pack schedules its tasks at these times.
   */
  starts: Record<BackupRun["kind"], number>;
  /** Duration of one full backup cycle (databases, then file shares, then settings exports). */
  totalHours: number;
  databaseGb: number;
  fileShareGb: number;
  lowUsage: { startHour: number; endHour: number };
  /** Every run of a day lies inside the low-usage hours (B2). */
  fitsLowUsage: boolean;
  /** For the 24-hour picture: per hour, whether it is low-usage and which backup runs in it. */
  hours: { hour: number; lowUsage: boolean; running: BackupRun["kind"][] }[];
  rules: string[];
}

export interface StorageEstimate {
  /** One full copy of everything backed up. */
  fullCopyGb: number;
  retentionCopies: number;
  retainedGb: number;
  /** The off-site set mirrors the retained copies when an off-site copy is kept. */
  offsiteGb: number;
  totalGb: number;
  usdPerGbMonth: number;
  monthlyCostUsd: number;
  budgetUsd: number | null;
  withinBudget: boolean | null;
  rules: string[];
}

const isLowUsage = (hour: number, a: Pick<Assumptions, "lowUsageStartHour" | "lowUsageEndHour">) => {
  const h = ((hour % 24) + 24) % 24;
  return a.lowUsageStartHour <= a.lowUsageEndHour
    ? h >= a.lowUsageStartHour && h < a.lowUsageEndHour
    : h >= a.lowUsageStartHour || h < a.lowUsageEndHour;
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Sizes of what the rules say to back up (D1-D7): the databases and shares marked for backup. */
export function backedUpSizes(d: Deployment): { databaseGb: number; fileShareGb: number } {
  const backUpDb = new Set(DATABASE_RULES.filter((r) => r.backUp).map((r) => r.database));
  const backUpShare = new Set(FILE_SHARE_RULES.filter((r) => r.backUp).map((r) => r.content));
  return {
    databaseGb: (d.databases ?? []).filter((b) => backUpDb.has(b.name)).reduce((n, b) => n + b.sizeGb, 0),
    fileShareGb: (d.fileShares ?? []).filter((f) => backUpShare.has(f.content)).reduce((n, f) => n + f.sizeGb, 0),
  };
}

export function backupWindowFor(d: Deployment, a: Assumptions, settingsExports: number): BackupWindow {
  const { databaseGb, fileShareGb } = backedUpSizes(d);
  const dbHours = databaseGb / a.sqlBackupGbPerHour;
  const fileHours = fileShareGb / a.fileBackupGbPerHour;
  const settingsHours = (settingsExports * a.settingsExportMinutes) / 60;
  const runs: BackupRun[] = [];
  const start = d.backup.windowStartHour;
  // Each kind repeats at its own interval through the day, starting with the nightly window.
  const repeat = (kind: BackupRun["kind"], offset: number, hours: number, every: number) => {
    if (every <= 0 || hours <= 0) return;
    const perDay = every >= 24 ? 1 : Math.floor(24 / every);
    for (let k = 0; k < perDay; k++) runs.push({ kind, startHour: round2(start + offset + k * every), hours: round2(hours) });
  };
  repeat("databases", 0, dbHours, d.backup.databaseFrequencyHours);
  repeat("file-shares", dbHours, fileHours, d.backup.fileShareFrequencyHours);
  // Settings exports run weekly or so; picture them on the night they run.
  repeat("settings", dbHours + fileHours, settingsHours, Math.max(24, d.backup.settingsFrequencyHours));

  const hours = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    lowUsage: isLowUsage(hour, a),
    running: [...new Set(runs.filter((r) => coversHour(r, hour)).map((r) => r.kind))],
  }));
  const fitsLowUsage = runs.every((r) => everyHourOf(r).every((h) => isLowUsage(h, a)));
  const starts = { databases: start, "file-shares": start + dbHours, settings: start + dbHours + fileHours };
  return {
    runs,
    starts,
    totalHours: round2(dbHours + fileHours + settingsHours),
    databaseGb: round2(databaseGb),
    fileShareGb: round2(fileShareGb),
    lowUsage: { startHour: a.lowUsageStartHour, endHour: a.lowUsageEndHour },
    fitsLowUsage,
    hours,
    rules: ["B1", "B2", "D5"],
  };
}

/** Whole hours a run touches (at least the hour it starts in). */
function everyHourOf(r: BackupRun): number[] {
  const out: number[] = [];
  for (let h = Math.floor(r.startHour); h < Math.max(Math.ceil(r.startHour + r.hours), Math.floor(r.startHour) + 1); h++) out.push(h % 24);
  return out;
}

const coversHour = (r: BackupRun, hour: number) => everyHourOf(r).includes(hour);

export function storageFor(d: Deployment, a: Assumptions, settingsExports: number): StorageEstimate {
  const { databaseGb, fileShareGb } = backedUpSizes(d);
  const settingsGb = settingsExports * 0.001; // an LCSCmd export is a small XML file
  const fullCopyGb = databaseGb + fileShareGb + settingsGb;
  const copies = Math.max(1, d.backup.retentionCopies);
  const retainedGb = fullCopyGb * copies;
  const offsiteGb = d.backup.offsiteCopy ? retainedGb : 0;
  const totalGb = retainedGb + offsiteGb;
  const monthlyCostUsd = totalGb * a.storageUsdPerGbMonth;
  const budget = d.priorities.monthlyBudgetUsd ?? null;
  return {
    fullCopyGb: round2(fullCopyGb),
    retentionCopies: copies,
    retainedGb: round2(retainedGb),
    offsiteGb: round2(offsiteGb),
    totalGb: round2(totalGb),
    usdPerGbMonth: a.storageUsdPerGbMonth,
    monthlyCostUsd: round2(monthlyCostUsd),
    budgetUsd: budget,
    withinBudget: budget === null ? null : monthlyCostUsd <= budget,
    rules: ["P4", "P5"],
  };
}
