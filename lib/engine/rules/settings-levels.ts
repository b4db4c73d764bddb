// Rules S1-S4 as data: where each settings level lives, which roles carry machine-level settings
// that LCSCmd exports, and what an export of a role does or does not cover.
import type { Role } from "../../formats/enums";
import type { SettingsLevel } from "../../formats/plan";

export interface SettingsLevelRow {
  level: SettingsLevel;
  /** Where OCS 2007 R2 keeps this level. */
  storedIn: string;
}

export const SETTINGS_LEVELS_TABLE: readonly SettingsLevelRow[] = [
  { level: "global", storedIn: "Active Directory (forest-wide)" },
  { level: "pool", storedIn: "the pool's back-end database (RTCConfig)" },
  { level: "machine", storedIn: "the WMI repository of each server" },
];

export interface RoleSettingsRow {
  role: Role;
  /** True when the role has OCS machine-level settings that LCSCmd exports (S3). */
  machineSettings: boolean;
  /** What a machine export of a server with this role also covers or leaves out (S4). */
  coverage?: string;
}

export const ROLE_SETTINGS: readonly RoleSettingsRow[] = [
  {
    role: "standard-edition",
    machineSettings: true,
    coverage: "also covers the Application Server role, which always runs on this server",
  },
  {
    role: "front-end",
    machineSettings: true,
    coverage: "also covers the Application Server role, which always runs with the front end",
  },
  { role: "director", machineSettings: true },
  { role: "web-components", machineSettings: true },
  { role: "web-conferencing", machineSettings: true },
  { role: "av-conferencing", machineSettings: true },
  { role: "app-sharing-conferencing", machineSettings: true },
  { role: "archiving", machineSettings: true },
  { role: "monitoring", machineSettings: true },
  { role: "mediation", machineSettings: true },
  { role: "forwarding-proxy", machineSettings: true },
  { role: "access-edge", machineSettings: true },
  { role: "web-conferencing-edge", machineSettings: true },
  { role: "av-edge", machineSettings: true },
  // A back-end SQL Server holds pool-level settings in its database but has no OCS WMI settings.
  { role: "back-end-sql", machineSettings: false },
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
