// Every command line the plan prints, in one place. Export and state-check syntax is as the sources
// show it; import syntax is inferred by symmetry (facts 3.4) and every step using it is flagged verify.

/** The backup folder placeholder, as in the plan format's example. */
export const DIR = "<dir>";

export const poolExportFile = (pool: string) => `${pool}-global-pool.xml`;
export const machineExportFile = (fqdn: string) => `${fqdn}.xml`;
export const userDataFile = (pool: string) => `${pool}-userdata.xml`;

export const exportGlobalPool = (pool: string) =>
  `lcscmd /config /action:export /level:global,pool /configfile:${DIR}\\${poolExportFile(pool)} /poolname:${pool}`;

export const exportMachine = (fqdn: string) =>
  `lcscmd /config /action:export /level:machine /configfile:${DIR}\\${machineExportFile(fqdn)} /fqdn:${fqdn}`;

export const importGlobal = (pool: string) =>
  `lcscmd /config /action:import /level:global /configfile:${DIR}\\${poolExportFile(pool)} /poolname:${pool}`;

export const importPool = (pool: string) =>
  `lcscmd /config /action:import /level:pool /configfile:${DIR}\\${poolExportFile(pool)} /poolname:${pool}`;

export const importMachine = (fqdn: string) =>
  `lcscmd /config /action:import /level:machine /configfile:${DIR}\\${machineExportFile(fqdn)} /fqdn:${fqdn}`;

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
  const c = command.trimStart().toLowerCase();
  if (c.startsWith("lcscmd") || c.startsWith("lcscmd.exe")) {
    const scope = /\/(config|forest|domain|server|pool)\b/.exec(c)?.[1];
    return scope ? `lcscmd /${scope} /?` : "lcscmd /?";
  }
  if (c.startsWith("dbimpexp")) return "dbimpexp.exe /?";
  if (c.startsWith("sc ")) return "sc /? (and sc query state= all to list the service names)";
  if (c.startsWith("sqlcmd")) return "sqlcmd /?";
  if (c.startsWith("robocopy")) return "robocopy /?";
  return undefined;
}
