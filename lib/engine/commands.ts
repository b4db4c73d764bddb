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

/** Why every import is flagged: no source shows the import switches. */
export const IMPORT_VERIFY_NOTE = "Import syntax is inferred from the export syntax: check it with lcscmd /config /? on the server before relying on it.";

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
