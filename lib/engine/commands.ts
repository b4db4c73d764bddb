// Every command line the plan prints, in one place. Export and state-check syntax is as the sources
// show it; import syntax is inferred by symmetry (facts 3.4) and every step using it is flagged verify.

/** The backup folder placeholder, as in the plan format's example. */
export const DIR = "<dir>";

export const poolExportFile = (pool: string) => `${pool}-global-pool.xml`;
export const machineExportFile = (fqdn: string) => `${fqdn}.xml`;
export const userDataFile = (pool: string) => `${pool}-userdata.xml`;

/**
 * The run's timestamp in backup file names: yyyyMMdd-HHmmss, set by each job of the job pack from
 * `wmic os get localdatetime` (locale-independent, unlike %DATE%), so names sort by time and
 * retention can keep the newest N.
 */
export const STAMP = "%STAMP%";

/** Where backups go: the modelled destination, or the explicit placeholder when none is modelled. */
export interface BackupRoot {
  path: string;
  placeholder: boolean;
}
export const backupRootOf = (destination: string | undefined): BackupRoot =>
  destination ? { path: destination, placeholder: false } : { path: DIR, placeholder: true };

/** The layout under the destination (deployment format, extension 1). */
export const settingsFolder = (root: BackupRoot) => `${root.path}\\settings`;
export const databaseFolder = (root: BackupRoot, server: string) => `${root.path}\\databases\\${server}`;
export const shareFolder = (root: BackupRoot, content: string) => `${root.path}\\shares\\${content}`;

/**
 * D9: one dated copy of a server's IIS configuration (job pack layout: iis\<server>\<stamp>\), holding
 * `config` (the %windir%\System32\inetsrv\config folder of IIS 7, Windows Server 2008) or `MetaBack`
 * (the metabase backup of IIS 6, Windows Server 2003).
 */
export const iisCopyFolder = (root: BackupRoot, server: string, stamp = STAMP) => `${root.path}\\iis\\${server}\\${stamp}`;
/** IIS 7's configuration folder (facts 8: what the public Get-OCSBackup.ps1 script copies). */
export const IIS7_CONFIG_FOLDER = "%windir%\\System32\\inetsrv\\config";
/** Where iisback.vbs keeps IIS 6 metabase backups. */
export const IIS6_METABACK_FOLDER = "%SystemRoot%\\system32\\inetsrv\\MetaBack";
/** The name the job pack gives its IIS backups (appcmd add backup, iisback.vbs /b). */
export const iisBackupName = (stamp = STAMP) => `OCS-${stamp}`;

export const datedPoolExportFile = (pool: string, stamp = STAMP) => `${pool}-global-pool-${stamp}.xml`;
export const datedMachineExportFile = (fqdn: string, stamp = STAMP) => `${fqdn}-machine-${stamp}.xml`;
export const datedDatabaseFile = (database: string, stamp = STAMP) => `${database}-${stamp}.bak`;

/** S2. The path is quoted (it may hold spaces); Windows strips the quotes from the switch value. */
export const exportGlobalPool = (pool: string, root: BackupRoot = backupRootOf(undefined)) =>
  `lcscmd /config /action:export /level:global,pool /configfile:"${settingsFolder(root)}\\${datedPoolExportFile(pool)}" /poolname:${pool}`;

/** S3. */
export const exportMachine = (fqdn: string, root: BackupRoot = backupRootOf(undefined)) =>
  `lcscmd /config /action:export /level:machine /configfile:"${settingsFolder(root)}\\${datedMachineExportFile(fqdn)}" /fqdn:${fqdn}`;

/** `server[\\instance]` as sqlcmd -S takes it. A Standard Edition server's SQL 2005 Express instance is RTC (facts 8, [R]). */
export function sqlTarget(fqdn: string, sqlInstance: string | undefined, standardEdition: boolean): string {
  const instance = sqlInstance ?? (standardEdition ? "RTC" : undefined);
  return instance ? `${fqdn}\\${instance}` : fqdn;
}

/** A T-SQL identifier in brackets, `]` doubled (what QUOTENAME does). */
export const sqlIdentifier = (name: string) => `[${name.replace(/]/g, "]]")}]`;
/** A T-SQL Unicode string literal, `'` doubled. */
export const sqlLiteral = (text: string) => `N'${text.replace(/'/g, "''")}'`;

/** D1/D4/D5/B10: a full backup, then a verification of the file, as one sqlcmd line. */
export const backupDatabaseCommand = (target: string, database: string, file: string) =>
  `sqlcmd -S ${target} -E -b -Q "BACKUP DATABASE ${sqlIdentifier(database)} TO DISK = ${sqlLiteral(file)} WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = ${sqlLiteral(file)} WITH CHECKSUM"`;

/** Robocopy options of every share copy: subfolders, 2 retries 30 s apart (the default is a million), no progress in the log. */
export const ROBOCOPY_OPTIONS = "/E /R:2 /W:30 /NP";

/** D6/D9: one share (or one file of a folder) to a dated folder under shares\\<content>\\. */
export const copyShareCommand = (source: string, target: string, file?: string) =>
  `robocopy "${source}" "${target}"${file ? ` "${file}"` : ""} ${ROBOCOPY_OPTIONS}`;

/** The file the Address Book normalization rules live in (facts 8). */
export const NORMALIZATION_RULES_FILE = "Company_Phone_Number_Normalization_Rules.txt";

/** A share path as robocopy's source folder and optional file: a path ending in a .txt file names the file itself. */
export function shareSource(path: string): { folder: string; file?: string } {
  const m = /^(.*)\\([^\\]+\.txt)$/i.exec(path);
  return m && m[1].length > 2 ? { folder: m[1], file: m[2] } : { folder: path };
}

/**
 * In a restore or import command: the stamp of the newest good backup or export, which the
 * administrator reads off the folder (`dir /b /o:-n` lists the newest first).
 */
export const LATEST_STAMP = "<latest stamp>";

/** The imports read the files the exports wrote: the same folder and dated names (S2, S3). */
export const importGlobal = (pool: string, root: BackupRoot) =>
  `lcscmd /config /action:import /level:global /configfile:"${settingsFolder(root)}\\${datedPoolExportFile(pool, LATEST_STAMP)}" /poolname:${pool}`;

export const importPool = (pool: string, root: BackupRoot) =>
  `lcscmd /config /action:import /level:pool /configfile:"${settingsFolder(root)}\\${datedPoolExportFile(pool, LATEST_STAMP)}" /poolname:${pool}`;

export const importMachine = (fqdn: string, root: BackupRoot) =>
  `lcscmd /config /action:import /level:machine /configfile:"${settingsFolder(root)}\\${datedMachineExportFile(fqdn, LATEST_STAMP)}" /fqdn:${fqdn}`;

/** Why every import is flagged: no source shows the import switches (printed once, with the step's help command). */
export const IMPORT_VERIFY_NOTE = "The import syntax is inferred from the export syntax.";

export const checkServerState = (fqdn: string) => `lcscmd /server:${fqdn} /action:CheckLCServerState`;
export const checkPoolState = (pool: string) => `LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:${pool}`;
export const CHECK_ALL_POOLS = "LCSCmd.exe /Forest /Action:CheckAllPoolsState";
export const CHECK_FOREST_PREP = "LCSCmd.exe /Forest /Action:CheckForestPrepState";
export const CHECK_DOMAIN_PREP = "LCSCmd.exe /Domain /Action:CheckDomainPrepState";
export const FOREST_PREP = "LCSCmd.exe /Forest /Action:ForestPrep";
export const DOMAIN_PREP = "LCSCmd.exe /Domain /Action:DomainPrep";
/** Not among the syntaxes the facts file confirms: flagged verify where used. */
export const SCHEMA_PREP = "LCSCmd.exe /Forest /Action:SchemaPrep";

/** DBImpExp (third-party sources, facts 3.4). A Standard Edition server runs it locally without /sqlserver. */
export const exportUserData = (pool: string, sqlServer: string | undefined) =>
  `dbimpexp.exe /hrxmlfile:${DIR}\\${userDataFile(pool)}${sqlServer ? ` /sqlserver:${sqlServer}` : ""}`;

export const importUserData = (pool: string, sqlServer: string | undefined) =>
  `dbimpexp.exe /import /hrxmlfile:${DIR}\\${userDataFile(pool)}${sqlServer ? ` /sqlserver:${sqlServer}` : ""} /restype:all`;

/**
 * OCS services on a server, stopped before its pool's RTC database is restored and started after
 * (facts 8, inferred). RTCSRV is the Front End service; the short name is a recollection: list them
 * with `sc \\<server> query state= all | findstr /i RTC`.
 */
export const stopOcsServices = (fqdn: string) => `sc \\\\${fqdn} stop RTCSRV`;
export const startOcsServices = (fqdn: string) => `sc \\\\${fqdn} start RTCSRV`;

/** Pool creation (facts 3.4 [R]: the action exists, its parameters are unverified). */
export const createPool = (pool: string) => `LCSCmd.exe /Forest /Action:CreatePool /PoolName:${pool}`;

/** The help that confirms a command's syntax, named by its tool (DBImpExp is not LCSCmd). */
export function helpFor(command: string): string | undefined {
  const tool = TOOL.exec(command)?.[1].toLowerCase();
  if (tool === undefined) return undefined;
  if (tool === "lcscmd") {
    const scope = LCSCMD_SCOPE.exec(command)?.[1].toLowerCase();
    return scope ? `lcscmd /${scope} /?` : "lcscmd /?";
  }
  return TOOL_HELP[tool];
}
const TOOL = /^\s*(lcscmd|dbimpexp|sc(?= )|sqlcmd|robocopy)/i;
const LCSCMD_SCOPE = /\/(config|forest|domain|server|pool)\b/i;
const TOOL_HELP: Record<string, string> = {
  dbimpexp: "dbimpexp.exe /?",
  sc: "sc /? (and sc query state= all to list the service names)",
  sqlcmd: "sqlcmd /?",
  robocopy: "robocopy /?",
};
