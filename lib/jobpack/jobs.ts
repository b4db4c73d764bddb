// What the job pack schedules, derived from the deployment and its plan: which server runs which
// settings exports, which SQL Server backs up which databases (and with what scheduler), which
// computer copies which shares. Values that would land in a script are checked here first; a value
// that could change what a script does is refused with the JSON path of the field that holds it.
import type { Deployment } from "../formats/deployment";
import type { DatabaseBackup, FileShareBackup, SettingsExport } from "../formats/plan";
import type { Problem } from "../formats/problems";
import { uncHost, windowsPathProblem } from "../formats/windows-values";
import type { Plan } from "../engine/plan";
import { NORMALIZATION_RULES_FILE, shareSource } from "../engine/commands";
import { runsIisWith } from "../engine/runbooks/backup-locations";
import { cadenceOf, type Cadence } from "./cadence";

export interface SettingsJob {
  server: string;
  perimeter: boolean;
  exports: SettingsExport[];
}

export interface DatabaseJob {
  server: string;
  /** `server[\instance]` for sqlcmd -S. */
  target: string;
  /** True when the instance is the Standard Edition default (RTC), which the sources do not confirm. */
  assumedInstance: boolean;
  scheduler: "sql-agent" | "task-scheduler";
  backUp: DatabaseBackup[];
  skipped: DatabaseBackup[];
}

export interface ShareCopy {
  share: FileShareBackup;
  /** robocopy's source folder, and the file when only one file is copied (the normalization rules). */
  folder: string;
  file?: string;
}

/** D9: the rules file copied from a modelled address-book folder, as the share the plan would list for it. */
function rulesFileOf(addressBook: FileShareBackup): FileShareBackup {
  return {
    ...addressBook,
    content: "normalization-rules",
    path: `${addressBook.path}\\${NORMALIZATION_RULES_FILE}`,
    backUp: true,
    sizeGb: 0,
    rules: ["D9"],
    reason: undefined,
  };
}

export interface ShareJob {
  /** The computer that runs the copy: the file server named in a UNC path, or the server holding a local path. */
  host: string;
  copies: ShareCopy[];
}

export interface IisJob {
  server: string;
  /** Why the server runs IIS (its role). */
  why: string;
}

export interface JobPackModel {
  deployment: Deployment;
  plan: Plan;
  destination: string;
  placeholder: boolean;
  offsite: string | null;
  retentionCopies: number;
  settings: SettingsJob[];
  databases: DatabaseJob[];
  shares: ShareJob[];
  skippedShares: FileShareBackup[];
  /** D9: servers that run IIS, whose configuration is copied (file order). */
  iis: IisJob[];
  cadence: { databases: Cadence; shares: Cadence; settings: Cadence };
  start: { databases: string; shares: string; settings: string; housekeeping: string };
}

export type JobPackModelResult = { ok: true; model: JobPackModel } | { ok: false; errors: Problem[] };

/** Names that reach a script unquoted (switch values, file and task names): letters, digits, . _ - only. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*$/;

const error = (path: string, message: string): Problem => ({ path, message, severity: "error" });

function clock(hours: number): string {
  const minutes = ((Math.floor(hours * 60 + 1e-9) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** D9: the servers that run IIS (the same rule as the runbook's IIS restore step). */
function iisJobs(d: Deployment): IisJob[] {
  const poolKind = new Map(d.pools.map((p) => [p.name, p.kind]));
  return d.servers
    .filter((s) => runsIisWith(s.roles, s.pool ? poolKind.get(s.pool) : undefined))
    .map((s) => ({
      server: s.fqdn,
      why: s.roles.includes("standard-edition")
        ? "Standard Edition: Web Components run on IIS"
        : s.roles.includes("web-components")
          ? "Web Components Server"
          : "front end: the pool's Web Components run on it",
    }));
}

export function jobPackModel(d: Deployment, plan: Plan): JobPackModelResult {
  const errors: Problem[] = [];
  d.pools.forEach((p, i) => {
    if (!SAFE_NAME.test(p.name))
      errors.push(
        error(
          `pools[${i}].name`,
          "a pool name in a backup job may hold only letters, digits, . _ and - (it is used in /poolname: and in file names)",
        ),
      );
  });

  const byFqdn = new Map(d.servers.map((s) => [s.fqdn, s]));
  const perimeter = (fqdn: string) => byFqdn.get(fqdn)?.roles.some((r) => r.endsWith("-edge")) ?? false;

  const settingsByServer = new Map<string, SettingsJob>();
  for (const e of plan.settingsExports) {
    let job = settingsByServer.get(e.server);
    if (!job) settingsByServer.set(e.server, (job = { server: e.server, perimeter: perimeter(e.server), exports: [] }));
    job.exports.push(e);
  }
  // A pool's global+pool export is listed first in the plan; each server's file keeps the plan's order.
  const settings = d.servers.filter((s) => settingsByServer.has(s.fqdn)).map((s) => settingsByServer.get(s.fqdn)!);

  const dbByServer = new Map<string, DatabaseJob>();
  for (const b of plan.databaseBackups) {
    let job = dbByServer.get(b.server);
    if (!job) {
      const host = byFqdn.get(b.server);
      const express = host?.roles.includes("standard-edition") ?? false;
      job = {
        server: b.server,
        target: b.sqlTarget ?? (host?.sqlInstance ? `${b.server}\\${host.sqlInstance}` : express ? `${b.server}\\RTC` : b.server),
        assumedInstance: express && !host?.sqlInstance,
        scheduler: express ? "task-scheduler" : "sql-agent",
        backUp: [],
        skipped: [],
      };
      dbByServer.set(b.server, job);
    }
    (b.backUp ? job.backUp : job.skipped).push(b);
  }
  const databases = [...dbByServer.values()];

  const shareHosts = new Map<string, ShareJob>();
  const skippedShares: FileShareBackup[] = [];
  // D9 An address-book folder also holds the hand-written normalization rules file: copy it from there, unless the
  // deployment lists that file as its own share or says the folder has none (fileShares[i].normalizationRules: false).
  const rulesListed = plan.fileShareBackups.some((b) => b.content === "normalization-rules");
  plan.fileShareBackups.forEach((planned, i) => {
    const fromAddressBook = planned.content === "address-book" && !rulesListed && d.fileShares?.[i]?.normalizationRules !== false;
    if (!planned.backUp) skippedShares.push(planned);
    if (!planned.backUp && !fromAddressBook) return;
    const share = fromAddressBook ? rulesFileOf(planned) : planned;
    const at = `fileShares[${i}].path`;
    const problem = windowsPathProblem(planned.path);
    if (problem) {
      errors.push(
        error(
          at,
          fromAddressBook
            ? `a folder a backup job copies the normalization rules file from (D9): ${problem}`
            : `a share a backup job copies: ${problem}`,
        ),
      );
      return;
    }
    const unc = uncHost(share.path);
    const host = unc ?? share.host ?? null;
    if (!host) {
      errors.push(
        error(at, "a local path on no server the deployment lists: use the UNC path of the share so the copy job knows where to run"),
      );
      return;
    }
    if (!HOST_NAME.test(host)) {
      errors.push(error(at, `the computer name "${host}" may hold only letters, digits, - and . in a backup job`));
      return;
    }
    const source = shareSource(share.path);
    const copy: ShareCopy =
      share.content === "normalization-rules"
        ? {
            share,
            folder: fromAddressBook ? planned.path : source.file ? source.folder : share.path,
            file: source.file ?? NORMALIZATION_RULES_FILE,
          }
        : { share, folder: share.path };
    const key = host.toLowerCase();
    let job = shareHosts.get(key);
    if (!job) shareHosts.set(key, (job = { host: key, copies: [] }));
    job.copies.push(copy);
  });

  if (errors.length > 0) return { ok: false, errors };

  const w = plan.backupWindow;
  return {
    ok: true,
    model: {
      deployment: d,
      plan,
      destination: d.backup.destination ?? "<dir>",
      placeholder: !d.backup.destination,
      offsite: d.backup.offsiteDestination ?? null,
      retentionCopies: Math.max(1, d.backup.retentionCopies),
      settings,
      databases,
      shares: [...shareHosts.values()],
      skippedShares,
      iis: iisJobs(d),
      cadence: {
        databases: cadenceOf(plan.databaseBackups.find((b) => b.backUp)?.frequencyHours ?? 24),
        shares: cadenceOf(plan.fileShareBackups.find((b) => b.backUp)?.frequencyHours ?? 24),
        settings: cadenceOf(plan.settingsExports[0]?.frequencyHours ?? 168),
      },
      start: {
        databases: clock(w.starts.databases),
        shares: clock(w.starts["file-shares"]),
        settings: clock(w.starts.settings),
        // Retention and the off-site copy run a quarter of an hour after the window's last run.
        housekeeping: clock(d.backup.windowStartHour + w.totalHours + 0.25),
      },
    },
  };
}
