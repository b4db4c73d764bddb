// The backup half of the plan: settings exports (S2-S4), databases (D1-D5), file shares (D6, D7),
// environmental dependencies (S6), the checks after each export (S5) and the rights involved.
//
// Orders (of the deployment in canonical order, canonical-order.ts): settingsExports = one global+pool
// export per pool in pool order, then one machine export per OCS server in server order;
// databaseBackups and fileShareBackups follow the deployment's lists;
// environmentBackups = Active Directory, DNS, reverse proxy (when present), certificates.
import { nameList } from "./name-list";
import type {
  DatabaseBackup,
  EnvironmentBackup,
  FileShareBackup,
  PermissionRequirement,
  PostExportCheck,
  SettingsExport,
} from "../formats/plan";
import type { BackupWindow } from "./backup-window";
import {
  backupDatabaseCommand,
  backupRootOf,
  copyShareCommand,
  databaseFolder,
  datedDatabaseFile,
  datedMachineExportFile,
  datedPoolExportFile,
  exportGlobalPool,
  exportMachine,
  NORMALIZATION_RULES_FILE,
  shareFolder,
  shareSource,
  STAMP,
  sqlTarget,
  type BackupRoot,
} from "./commands";
import { databaseRule, editionOfHost, RECOMMENDED_DATABASE_FREQUENCY_HOURS } from "./rules/databases";
import { ENVIRONMENT_ROWS } from "./rules/environment";
import { FILE_TOOL, fileShareRule } from "./rules/file-shares";
import { PERMISSIONS } from "./rules/permissions";
import { NOT_COVERED_BY_LCSCMD, roleSettings } from "./rules/settings-levels";
import type { DeploymentIndex, ServerInfo } from "./topology";

/** What the plan schedules when the current practice takes none (0 h): nightly, as D5 and B1 advise. */
export function plannedFrequency(current: number): number {
  return current > 0 ? current : RECOMMENDED_DATABASE_FREQUENCY_HOURS;
}

/** Settings exports should be at least as frequent as the data they restore alongside (settings drift). */
export function plannedSettingsFrequency(ix: DeploymentIndex): number {
  const { settingsFrequencyHours, databaseFrequencyHours } = ix.d.backup;
  return settingsFrequencyHours > 0 ? settingsFrequencyHours : plannedFrequency(databaseFrequencyHours);
}

/** Where the plan's commands write: the modelled destination, or the explicit `<dir>` placeholder. */
export const backupRootFor = (ix: DeploymentIndex): BackupRoot => backupRootOf(ix.d.backup.destination);

/**
 * D10: what schedules a database backup. SQL Server 2005 Express (a Standard Edition server's own
 * instance) has no SQL Server Agent, so Task Scheduler runs sqlcmd there; full SQL Server uses an Agent job.
 */
export const SCHEDULERS = {
  "sql-agent": "SQL Server Agent job running BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY (full SQL Server)",
  "task-scheduler":
    "Task Scheduler (schtasks) running sqlcmd with BACKUP DATABASE … WITH CHECKSUM and RESTORE VERIFYONLY: SQL Server 2005 Express has no SQL Server Agent",
} as const;

export function settingsExportsFor(ix: DeploymentIndex): SettingsExport[] {
  const out: SettingsExport[] = [];
  const root = backupRootFor(ix);
  const frequencyHours = plannedSettingsFrequency(ix);
  for (const pool of ix.d.pools) {
    const lead = ix.poolLead.get(pool.name);
    if (!lead) continue;
    out.push({
      levels: ["global", "pool"],
      server: lead.fqdn,
      pool: pool.name,
      command: exportGlobalPool(pool.name, root),
      fileName: datedPoolExportFile(pool.name),
      frequencyHours,
      note:
        pool.kind === "standard"
          ? "Run on the Standard Edition server (or an administrative computer with the OCS tools). The global level is forest-wide; each pool's file carries a copy."
          : "Run on this one front end only (or an administrative computer with the OCS tools). The global level is forest-wide; each pool's file carries a copy.",
      rules: ["S2"],
    });
  }
  for (const s of ix.servers) {
    if (!s.isOcs) continue;
    out.push({
      levels: ["machine"],
      server: s.fqdn,
      pool: s.server.pool ?? null,
      roles: [...s.ocsRoles],
      command: exportMachine(s.fqdn, root),
      fileName: datedMachineExportFile(s.fqdn),
      frequencyHours,
      note: machineExportNote(s),
      rules: ["S3", "S4"],
    });
  }
  return out;
}

const noteCache = new Map<string, string>();
function machineExportNote(s: ServerInfo): string {
  const key = `${s.ocsRoles.join(",")}|${s.perimeter}`;
  let note = noteCache.get(key);
  if (note === undefined) {
    const parts: string[] = [];
    if (s.ocsRoles.length > 1) parts.push(`One export covers every role on this machine: ${s.ocsRoles.join(", ")}.`);
    for (const r of s.ocsRoles) {
      const coverage = roleSettings(r).coverage;
      if (coverage) parts.push(`It ${coverage}.`);
    }
    if (s.perimeter)
      parts.push(
        "The Edge server is outside the domain: run the export on the server itself (the /fqdn switch may then be left out) and copy the file to the backup store.",
      );
    note = parts.join(" ");
    noteCache.set(key, note);
  }
  return note;
}

export function databaseBackupsFor(ix: DeploymentIndex): DatabaseBackup[] {
  const frequency = plannedFrequency(ix.d.backup.databaseFrequencyHours);
  const none = ix.d.backup.databaseFrequencyHours === 0;
  const root = backupRootFor(ix);
  return (ix.d.databases ?? []).map((db) => {
    const rule = databaseRule(db.name);
    const entry: DatabaseBackup = {
      database: db.name,
      server: db.server,
      backUp: rule.backUp,
      holds: rule.holds,
      sizeGb: db.sizeGb,
      rules: [...rule.rules],
    };
    if (rule.backUp) {
      const host = ix.byFqdn.get(db.server)?.server;
      const express = editionOfHost(host?.roles) === "standard";
      entry.scheduler = express ? "task-scheduler" : "sql-agent";
      entry.tool = SCHEDULERS[entry.scheduler];
      entry.sqlTarget = sqlTarget(db.server, host?.sqlInstance, express);
      entry.command = backupDatabaseCommand(entry.sqlTarget, db.name, `${databaseFolder(root, db.server)}\\${datedDatabaseFile(db.name)}`);
      entry.rules = [...rule.rules, "D10", "B10"];
      entry.frequencyHours = frequency;
      if (none) entry.note = `No database backups are taken today: schedule a full backup at least every ${frequency} h (D5).`;
    } else entry.reason = rule.reason;
    return entry;
  });
}

export function fileShareBackupsFor(ix: DeploymentIndex): FileShareBackup[] {
  const frequency = plannedFrequency(ix.d.backup.fileShareFrequencyHours);
  const none = ix.d.backup.fileShareFrequencyHours === 0;
  const root = backupRootFor(ix);
  return (ix.d.fileShares ?? []).map((share) => {
    const rule = fileShareRule(share.content);
    const entry: FileShareBackup = {
      content: share.content,
      path: share.path,
      backUp: rule.backUp,
      holds: rule.holds,
      sizeGb: share.sizeGb,
      host: ix.shareHost.get(share)?.fqdn ?? null,
      rules: [...rule.rules],
    };
    if (rule.backUp) {
      entry.tool = FILE_TOOL;
      const source = shareSource(share.path);
      const file = share.content === "normalization-rules" ? (source.file ?? NORMALIZATION_RULES_FILE) : undefined;
      entry.command = copyShareCommand(file ? source.folder : share.path, `${shareFolder(root, share.content)}\\${STAMP}`, file);
      entry.frequencyHours = frequency;
      if (none) entry.note = `No file share backups are taken today: back this share up at least every ${frequency} h.`;
    } else entry.reason = rule.reason;
    if (share.content === "address-book") entry.note = addressBookNote(ix, share.normalizationRules);
    return entry;
  });
}

/** D9: what happens to the hand-written normalization rules file that lives beside the regenerated Address Book files. */
function addressBookNote(ix: DeploymentIndex, rules: boolean | undefined): string {
  if (rules === false) return `D9 The deployment says this folder holds no ${NORMALIZATION_RULES_FILE}: nothing in it is backed up.`;
  if ((ix.d.fileShares ?? []).some((s) => s.content === "normalization-rules"))
    return `D9 ${NORMALIZATION_RULES_FILE} is backed up as its own share (normalization-rules).`;
  return `D9 ${NORMALIZATION_RULES_FILE} in this folder is written by hand: the shares job copies it to shares\\normalization-rules and fails when it is missing.`;
}

/** "HH:MM" of an hour after midnight (may exceed 24), rounded down to the minute so it stays inside the window. */
export function clockTime(hours: number): string {
  const minutes = ((Math.floor(hours * 60 + 1e-9) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Each backup job starts when the plan's backup window reaches its kind (B2): databases, file shares, settings. */
export function scheduleBackupJobs(
  window: BackupWindow,
  settings: SettingsExport[],
  databases: DatabaseBackup[],
  shares: FileShareBackup[],
): void {
  const at = {
    settings: clockTime(window.starts.settings),
    databases: clockTime(window.starts.databases),
    shares: clockTime(window.starts["file-shares"]),
  };
  for (const e of settings) e.startTime = at.settings;
  for (const b of databases) if (b.backUp) b.startTime = at.databases;
  for (const f of shares) if (f.backUp) f.startTime = at.shares;
}

export function environmentBackupsFor(ix: DeploymentIndex): EnvironmentBackup[] {
  const out: EnvironmentBackup[] = [];
  for (const row of ENVIRONMENT_ROWS) {
    const state = row.read(ix.d);
    if (state)
      out.push({
        id: row.id,
        dependency: row.dependency,
        subject: state.subject,
        backedUp: state.backedUp,
        action: row.action,
        rules: [...row.rules],
      });
  }
  return out;
}

export function postExportChecksFor(ix: DeploymentIndex): PostExportCheck[] {
  const standby = ix.standbySite;
  const standbyServers = standby ? (ix.serversBySite.get(standby.name) ?? []).filter((s) => s.isOcs).map((s) => s.fqdn) : [];
  const named = nameList(standbyServers, 5);
  return [
    {
      id: "check-levels",
      task: "Open each export and check its levels",
      detail:
        "Each pool file must hold both the global and the pool level; each machine file the machine level of its server. An empty or partial file is a failed backup.",
      rules: ["S5"],
    },
    {
      id: "copy-to-secure-storage",
      task: "Copy the exports to separate, secure storage",
      detail:
        ix.d.backup.location === "local" && !ix.d.backup.offsiteCopy
          ? "Today's backups stay on local storage: copy every export to another computer or removable media in a secure place, so a lost server does not take its own backup with it."
          : "Copy every export from where it was written to another computer or secure location that survives the loss of the servers.",
      rules: ["S5", "P5"],
    },
    {
      id: "reachable-for-restore",
      task: "Check the exports can be reached for a restore",
      detail: standby
        ? `Open the copies from the computers that would restore them, including the standby site ${standby.name}${named ? ` (${named})` : ""}.`
        : "Open the copies from the computers that would restore them, with the account that would run the import.",
      rules: ["S5"],
    },
    { id: "not-covered", task: "Back up what LCSCmd leaves out", detail: NOT_COVERED_BY_LCSCMD, rules: ["S4"] },
  ];
}

export const permissionsFor = (): PermissionRequirement[] => PERMISSIONS.map((p) => ({ ...p, rules: [...p.rules] }));
