// Rule P2: the data a loss can cost is bounded by the interval between full backups, plus the time
// the backup itself takes (a loss just before a backup completes falls back to the previous one).
// One entry per backed-up database and file share (canonical order, canonical-order.ts), then one for the LCSCmd exports.
//
// How a target is judged: by the interval between full backups (P2 states RPO = that interval, and D5
// calls a nightly full backup "at most one day of data lost"), so a nightly backup meets a 24 h target.
// `hours` still reports the worst case, interval plus run time, for the charts and the what-if effects.
import type { Assumptions } from "./assumptions";
import type { Workload } from "../formats/enums";
import type { DatabaseBackup, FileShareBackup, RpoEntry } from "../formats/plan";
import { plannedSettingsFrequency } from "./backup";
import { workloadsUsingDatabase, workloadsUsingShare, type DeploymentIndex } from "./topology";

function target(ix: DeploymentIndex, workloads: readonly Workload[]): number | null {
  let best: number | null = null;
  for (const w of workloads) {
    const p = ix.priority.get(w);
    if (p && (best === null || p.rpoHours < best)) best = p.rpoHours;
  }
  return best;
}

const withDuration = (interval: number, sizeGb: number | undefined, gbPerHour: number) =>
  Math.round((interval + (sizeGb ?? 0) / gbPerHour) * 100) / 100;

/** Whether a data loss target is met: by the backup interval, not the interval plus the run (P2, D5). */
export const meetsRpoTarget = (intervalHours: number, targetHours: number): boolean => intervalHours <= targetHours;

export function rpoFor(
  ix: DeploymentIndex,
  databases: DatabaseBackup[],
  shares: FileShareBackup[],
  a: Pick<Assumptions, "sqlBackupGbPerHour" | "fileBackupGbPerHour">,
): RpoEntry[] {
  const out: RpoEntry[] = [];
  const served = new Set(ix.servedWorkloads);
  for (const db of databases) {
    if (!db.backUp) continue;
    const workloads = workloadsUsingDatabase(db.database).filter((w) => served.has(w));
    out.push(
      entry(
        ix,
        db.database,
        "database",
        withDuration(db.frequencyHours!, db.sizeGb, a.sqlBackupGbPerHour),
        db.frequencyHours!,
        workloads,
        db.rules,
        db.server,
        db.note,
      ),
    );
  }
  for (const share of shares) {
    if (!share.backUp) continue;
    const workloads = workloadsUsingShare(share.content).filter((w) => served.has(w));
    out.push(
      entry(
        ix,
        share.content,
        "file-share",
        withDuration(share.frequencyHours!, share.sizeGb, a.fileBackupGbPerHour),
        share.frequencyHours!,
        workloads,
        share.rules,
        share.path,
        share.note,
      ),
    );
  }
  const settings = plannedSettingsFrequency(ix);
  out.push({
    data: "LCSCmd settings exports",
    kind: "settings",
    hours: settings,
    targetHours: null,
    meets: null,
    rules: ["P2", "S2", "S3"],
    note:
      ix.d.backup.settingsFrequencyHours === 0
        ? `No settings exports are taken today; the plan exports every ${settings} h. Export again after every configuration change.`
        : "Changes made since the last export are lost on restore: export again after every configuration change.",
  });
  return out;
}

function entry(
  ix: DeploymentIndex,
  data: string,
  kind: RpoEntry["kind"],
  hours: number,
  intervalHours: number,
  workloads: Workload[],
  rules: readonly string[],
  subject: string,
  note: string | undefined,
): RpoEntry {
  const targetHours = target(ix, workloads);
  const e: RpoEntry = {
    data,
    kind,
    hours,
    targetHours,
    meets: targetHours === null ? null : meetsRpoTarget(intervalHours, targetHours),
    workloads,
    rules: ["P2", ...rules],
    subject,
    intervalHours,
  };
  if (note) e.note = note;
  return e;
}
