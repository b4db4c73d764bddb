// Where the backups and exports a runbook restores from are, and the restore commands that read them.
// The destinations and SQL instance names are the deployment format's Extension 1 (backup.destination,
// backup.offsiteDestination, servers[].sqlInstance). They are read loosely here, so a deployment type
// without them still plans: absent, the commands carry explicit placeholders to fill in.
import type { Deployment, Server } from "../../formats/deployment";
import type { DatabaseName, PoolKind, Role } from "../../formats/enums";
import { IIS7_CONFIG_FOLDER, iisCopyFolder, LATEST_STAMP, type BackupRoot } from "../commands";

const DESTINATION_PLACEHOLDER = "<backup destination>";

// The format refuses an empty destination or instance name (windows-values.ts), so a string is a value.
const stringField = (o: object, key: string): string | undefined => {
  const v = (o as Record<string, unknown>)[key];
  return typeof v === "string" ? v : undefined;
};

/** The root folder the backup jobs write to, if the deployment names it. */
export const backupDestination = (d: Deployment): string | undefined => stringField(d.backup, "destination");
export const offsiteDestination = (d: Deployment): string | undefined => stringField(d.backup, "offsiteDestination");

/** The destination, or a placeholder the administrator fills in. */
export const destinationOrPlaceholder = (d: Deployment): string => backupDestination(d) ?? DESTINATION_PLACEHOLDER;

/** The root the restore and import commands read from, with the same placeholder as the rest of the runbook. */
export const restoreRoot = (d: Deployment): BackupRoot => ({
  path: destinationOrPlaceholder(d),
  placeholder: backupDestination(d) === undefined,
});

/** `sqlcmd -S` target: the modelled instance, else the default instance; a Standard Edition server's SQL 2005 Express instance is RTC. */
export function sqlTarget(server: Server): string {
  const instance = stringField(server, "sqlInstance") ?? (server.roles.includes("standard-edition") ? "RTC" : undefined);
  return instance ? `${server.fqdn}\\${instance}` : server.fqdn;
}

/** Folder of a server's database backups under the destination (job pack layout: databases\<server>\). */
export const databaseBackupFolder = (d: Deployment, fqdn: string): string => `${destinationOrPlaceholder(d)}\\databases\\${fqdn}`;

/**
 * RESTORE DATABASE … WITH REPLACE through sqlcmd against the modelled instance (T-SQL of SQL Server
 * 2005/2008). The backup file is date-stamped by the job: the administrator picks the latest good one.
 * Other services (a surviving front end, the SQL Agent, a monitoring tool) may hold connections that
 * make the restore fail, so an existing database is set to SINGLE_USER WITH ROLLBACK IMMEDIATE first
 * and back to MULTI_USER after (on a new instance the database does not exist yet: DB_ID is NULL).
 */
export function restoreDatabaseCommand(d: Deployment, server: Server, database: DatabaseName): string {
  const file = `${databaseBackupFolder(d, server.fqdn)}\\${database}-${LATEST_STAMP}.bak`.replaceAll("'", "''");
  const db = `[${database}]`;
  return (
    `sqlcmd -S ${sqlTarget(server)} -E -b -Q "IF DB_ID(N'${database}') IS NOT NULL ALTER DATABASE ${db} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; ` +
    `RESTORE DATABASE ${db} FROM DISK = N'${file}' WITH REPLACE; ALTER DATABASE ${db} SET MULTI_USER"`
  );
}

/** Servers that run IIS (D9): Standard Edition, front ends of a pool whose Web Components run on them, Web Components Servers. */
export const runsIisWith = (roles: readonly Role[], poolKind: PoolKind | undefined): boolean =>
  roles.includes("standard-edition") ||
  roles.includes("web-components") ||
  (roles.includes("front-end") && poolKind !== "enterprise-expanded");

/** The newest copy of the IIS configuration the job pack saved, back into place (Windows Server 2008; facts 8). */
export const restoreIisCommand = (d: Deployment, fqdn: string): string =>
  `robocopy "${iisCopyFolder(restoreRoot(d), fqdn, LATEST_STAMP)}\\config" "${IIS7_CONFIG_FOLDER}" /E /R:1 /W:1`;

/** The hand-written normalization rules file back into the Address Book files folder (D9), from the job pack's dated copy. */
export const restoreNormalizationRulesCommand = (d: Deployment, addressBookFolder: string): string =>
  `robocopy "${destinationOrPlaceholder(d)}\\shares\\normalization-rules\\${LATEST_STAMP}" "${addressBookFolder}" Company_Phone_Number_Normalization_Rules.txt /R:1 /W:1`;

/** Lines that open every runbook: where the backups and exports are, and whom to call for hardware. */
export function restoreBriefing(d: Deployment): string[] {
  const dest = backupDestination(d);
  const offsite = offsiteDestination(d);
  const lines: string[] = [];
  if (dest)
    lines.push(
      `Backups and exports: ${dest} (LCSCmd exports in ${dest}\\settings, database backups in ${dest}\\databases\\<server>, file shares in ${dest}\\shares\\<content>).`,
    );
  else
    lines.push(
      `Backups and exports: the deployment does not name the backup destination. Write it here before you need it: ____________________ (the commands below show ${DESTINATION_PLACEHOLDER}).`,
    );
  lines.push(
    `Every export and backup carries its run's stamp (yyyyMMdd-HHmmss) in its name. Where a command says ${LATEST_STAMP}, use the newest good one: dir /b /o:-n "${destinationOrPlaceholder(d)}\\settings" lists the newest first.`,
  );
  if (offsite) lines.push(`Off-site copy: ${offsite}. Use it when the primary destination was lost with the site.`);
  else if (d.backup.offsiteCopy) lines.push("Off-site copy: kept, but its location is not modelled. Write it here: ____________________.");
  else lines.push("Off-site copy: none is kept. A lost site may have taken its backups with it.");
  lines.push(
    `Hardware: without a spare, call the hardware vendor; the contract promises a replacement within ${d.recovery.vendorHardwareSlaHours} h (B8). Vendor and contract number: ____________________.`,
  );
  return lines;
}
