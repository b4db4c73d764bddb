// The backup checklist: one item per export, database, file share, environment backup and post-export
// check, in that order (each group in its plan order), with stable ids.
import type { ChecklistItem, DatabaseBackup, EnvironmentBackup, FileShareBackup, PostExportCheck, SettingsExport } from "../formats/plan";

export function backupChecklistFor(
  exports: SettingsExport[],
  databases: DatabaseBackup[],
  shares: FileShareBackup[],
  environment: EnvironmentBackup[],
  checks: PostExportCheck[],
  settingsFrequencyHours: number,
): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const e of exports) {
    const machine = e.levels.includes("machine");
    items.push({
      id: machine ? `export:machine:${e.server}` : `export:pool:${e.pool}`,
      task: machine
        ? `Export the machine-level settings of ${e.server}`
        : `Export the global and pool settings of ${e.pool} on ${e.server}`,
      command: e.command,
      subject: e.server,
      rules: [...e.rules],
      frequencyHours: settingsFrequencyHours,
    });
  }
  for (const db of databases) {
    const item: ChecklistItem = {
      id: `database:${db.database}@${db.server}`,
      task: db.backUp
        ? `Full backup of ${db.database} on ${db.server} with ${db.tool}`
        : `Skip ${db.database} on ${db.server}: ${db.reason}`,
      subject: db.server,
      rules: [...db.rules],
    };
    if (db.backUp) item.frequencyHours = db.frequencyHours;
    items.push(item);
  }
  for (const share of shares) {
    const item: ChecklistItem = {
      id: `share:${share.content}@${share.path}`,
      task: share.backUp
        ? `Back up the ${share.content} share ${share.path} with ${share.tool}`
        : `Skip the ${share.content} share ${share.path}: ${share.reason}`,
      subject: share.host ?? share.path,
      rules: [...share.rules],
    };
    if (share.backUp) item.frequencyHours = share.frequencyHours;
    items.push(item);
  }
  for (const env of environment)
    items.push({
      id: `environment:${env.id}`,
      task: `Back up ${env.dependency}${env.backedUp === true ? " (in place today)" : env.backedUp === false ? " (missing today)" : " (not recorded)"}: ${env.action}`,
      subject: env.subject,
      rules: [...env.rules],
    });
  for (const c of checks)
    items.push({
      id: `post-export:${c.id}`,
      task: `${c.task}. ${c.detail}`,
      subject: "settings exports",
      rules: [...c.rules],
      frequencyHours: settingsFrequencyHours,
    });
  return items;
}
