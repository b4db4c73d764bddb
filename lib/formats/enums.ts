// The enumerations of the deployment file format (../shared/spec/deployment-format.md).

export const SITE_KINDS = ["central", "remote", "standby"] as const;
export const POOL_KINDS = ["standard", "enterprise-consolidated", "enterprise-expanded"] as const;
export const EDGE_TOPOLOGIES = ["consolidated", "single-site", "scaled-single-site", "remote-site"] as const;
export const BACKUP_LOCATIONS = ["local", "remote"] as const;

export const ROLES = [
  "standard-edition",
  "front-end",
  "director",
  "web-components",
  "web-conferencing",
  "av-conferencing",
  "app-sharing-conferencing",
  "archiving",
  "monitoring",
  "mediation",
  "forwarding-proxy",
  "access-edge",
  "web-conferencing-edge",
  "av-edge",
  "back-end-sql",
] as const;

export const WORKLOADS = [
  "im-presence",
  "web-conferencing",
  "av-conferencing",
  "app-sharing",
  "enterprise-voice",
  "remote-access",
  "archiving",
  "monitoring",
] as const;

export const DATABASE_NAMES = ["RTC", "RTCConfig", "RTCDyn", "LCSLog", "RTCCDR", "QoEMetrics"] as const;
/** `normalization-rules`: the Address Book normalization rules file, written by hand and backed up as a file (D9). */
export const SHARE_CONTENTS = ["meeting-content", "meeting-metadata", "compliance-log", "address-book", "normalization-rules"] as const;

export type SiteKind = (typeof SITE_KINDS)[number];
export type PoolKind = (typeof POOL_KINDS)[number];
export type EdgeTopology = (typeof EDGE_TOPOLOGIES)[number];
export type Role = (typeof ROLES)[number];
export type Workload = (typeof WORKLOADS)[number];
export type DatabaseName = (typeof DATABASE_NAMES)[number];
export type ShareContent = (typeof SHARE_CONTENTS)[number];

/** Roles whose servers belong to a pool (the format requires `pool` for these, forbids it otherwise). */
export const POOL_MEMBER_ROLES: readonly Role[] = [
  "standard-edition",
  "front-end",
  "web-components",
  "web-conferencing",
  "av-conferencing",
  "app-sharing-conferencing",
];

/** Roles whose servers may hold OCS databases and so may name a SQL instance (deployment format, extension 1). */
export const SQL_INSTANCE_ROLES: readonly Role[] = ["back-end-sql", "standard-edition", "archiving", "monitoring"];

export const EDGE_ROLES: readonly Role[] = ["access-edge", "web-conferencing-edge", "av-edge"];

/** Separate conferencing and web roles that only an expanded Enterprise pool has (rule S8). */
export const EXPANDED_ONLY_ROLES: readonly Role[] = ["web-components", "web-conferencing", "av-conferencing", "app-sharing-conferencing"];

export const ROLE_LABELS: Record<Role, string> = {
  "standard-edition": "Standard Edition server",
  "front-end": "Front end",
  director: "Director",
  "web-components": "Web Components",
  "web-conferencing": "Web Conferencing",
  "av-conferencing": "A/V Conferencing",
  "app-sharing-conferencing": "Application Sharing Conferencing",
  archiving: "Archiving",
  monitoring: "Monitoring",
  mediation: "Mediation",
  "forwarding-proxy": "Forwarding proxy",
  "access-edge": "Access Edge",
  "web-conferencing-edge": "Web Conferencing Edge",
  "av-edge": "A/V Edge",
  "back-end-sql": "Back-end SQL Server",
};

export const WORKLOAD_LABELS: Record<Workload, string> = {
  "im-presence": "IM and presence",
  "web-conferencing": "Web conferencing",
  "av-conferencing": "A/V conferencing",
  "app-sharing": "Application sharing",
  "enterprise-voice": "Enterprise Voice",
  "remote-access": "Remote access and federation",
  archiving: "Archiving",
  monitoring: "Monitoring (CDR and QoE)",
};

export const POOL_KIND_LABELS: Record<PoolKind, string> = {
  standard: "Standard Edition",
  "enterprise-consolidated": "Enterprise pool, consolidated",
  "enterprise-expanded": "Enterprise pool, expanded",
};

export const EDGE_TOPOLOGY_LABELS: Record<EdgeTopology, string> = {
  consolidated: "Consolidated edge",
  "single-site": "Single-site edge",
  "scaled-single-site": "Scaled single-site edge",
  "remote-site": "Remote-site edge (multiple sites)",
};
