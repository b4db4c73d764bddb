// Rules S1-S4 as data: where each settings level lives, which roles carry machine-level settings
// that LCSCmd exports, and what an export of a role does or does not cover.
import type { Role } from "../../formats/enums";
import type { SettingsLevel } from "../../formats/plan";

export interface SettingsLevelRow {
  level: SettingsLevel;
  /** Where OCS 2007 R2 keeps this level. */
  storedIn: string;
  /** How the plan captures it. */
  exportedBy: string;
  rules: readonly string[];
}

export const SETTINGS_LEVELS_TABLE: readonly SettingsLevelRow[] = [
  { level: "global", storedIn: "Active Directory (forest-wide)", exportedBy: "one global+pool export per pool", rules: ["S1", "S2"] },
  { level: "pool", storedIn: "the pool's back-end database (RTCConfig)", exportedBy: "one global+pool export per pool", rules: ["S1", "S2"] },
  { level: "machine", storedIn: "the WMI repository of each server", exportedBy: "one machine export per OCS server", rules: ["S1", "S3"] },
];

export interface RoleSettingsRow {
  role: Role;
  /** True when the role has OCS machine-level settings that LCSCmd exports (S3). */
  machineSettings: boolean;
  /** What a machine export of a server with this role also covers or leaves out (S4). */
  coverage?: string;
  rules: readonly string[];
}

const S3 = ["S3"];
const S3_S4 = ["S3", "S4"];

export const ROLE_SETTINGS: readonly RoleSettingsRow[] = [
  {
    role: "standard-edition",
    machineSettings: true,
    coverage: "also covers the Application Server role, which always runs on this server",
    rules: S3_S4,
  },
  {
    role: "front-end",
    machineSettings: true,
    coverage: "also covers the Application Server role, which always runs with the front end",
    rules: S3_S4,
  },
  { role: "director", machineSettings: true, rules: S3 },
  { role: "web-components", machineSettings: true, rules: S3 },
  { role: "web-conferencing", machineSettings: true, rules: S3 },
  { role: "av-conferencing", machineSettings: true, rules: S3 },
  { role: "app-sharing-conferencing", machineSettings: true, rules: S3 },
  { role: "archiving", machineSettings: true, rules: S3 },
  { role: "monitoring", machineSettings: true, rules: S3 },
  { role: "mediation", machineSettings: true, rules: S3 },
  { role: "forwarding-proxy", machineSettings: true, rules: S3 },
  { role: "access-edge", machineSettings: true, rules: S3 },
  { role: "web-conferencing-edge", machineSettings: true, rules: S3 },
  { role: "av-edge", machineSettings: true, rules: S3 },
  // A back-end SQL Server holds pool-level settings in its database but has no OCS WMI settings.
  { role: "back-end-sql", machineSettings: false, rules: S3 },
];

const ROLE_SETTINGS_BY_ROLE = new Map(ROLE_SETTINGS.map((r) => [r.role, r]));
export const roleSettings = (role: Role): RoleSettingsRow => ROLE_SETTINGS_BY_ROLE.get(role)!;

/** The roles of a server that a machine export covers (S3/S4); empty for a plain SQL Server. */
export const exportedRoles = (roles: readonly Role[]): Role[] => roles.filter((r) => roleSettings(r).machineSettings);

/** An OCS server is any server with at least one role that has machine settings (S3). */
export const isOcsServer = (roles: readonly Role[]): boolean => roles.some((r) => roleSettings(r).machineSettings);

/** What LCSCmd never covers, whatever the topology (S4). */
export const NOT_COVERED_BY_LCSCMD =
  "LCSCmd does not export Group Chat or Communicator Web Access settings: copy the Group Chat computer settings file and use Communicator Web Access's own export if you run them.";
