// Rule P1 as data: which components each business workload needs, so a restore can bring back the
// most critical workloads first and the planner can say which workloads a loss takes down.
import type { DatabaseName, Role, ShareContent, Workload } from "./enums";

export type EnvironmentDependency = "activeDirectory" | "dns" | "reverseProxy" | "certificates";

export interface WorkloadComponents {
  workload: Workload;
  /** Servers with any of these roles serve the workload (in expanded pools the dedicated roles). */
  roles: readonly Role[];
  /** At least one server with one of these roles must exist for the workload to be served at all. */
  essentialRoles: readonly Role[];
  /** True when the pool's back end (or the Standard Edition server's local SQL) is needed. */
  needsPoolBackEnd: boolean;
  data: readonly DatabaseName[];
  shares: readonly ShareContent[];
  environment: readonly EnvironmentDependency[];
  rules: readonly string[];
}

const POOL_HOSTS: readonly Role[] = ["standard-edition", "front-end"];

export const WORKLOAD_COMPONENTS: readonly WorkloadComponents[] = [
  {
    workload: "im-presence",
    roles: [...POOL_HOSTS, "director"],
    essentialRoles: POOL_HOSTS,
    needsPoolBackEnd: true,
    data: ["RTC"],
    shares: [],
    environment: ["activeDirectory", "dns", "certificates"],
    rules: ["P1", "D1"],
  },
  {
    workload: "web-conferencing",
    roles: [...POOL_HOSTS, "web-components", "web-conferencing"],
    essentialRoles: [...POOL_HOSTS, "web-conferencing"],
    needsPoolBackEnd: true,
    data: ["RTC"],
    shares: ["meeting-content", "meeting-metadata"],
    environment: ["activeDirectory", "dns", "certificates"],
    rules: ["P1", "D1", "D6"],
  },
  {
    workload: "av-conferencing",
    roles: [...POOL_HOSTS, "av-conferencing"],
    essentialRoles: [...POOL_HOSTS, "av-conferencing"],
    needsPoolBackEnd: true,
    data: ["RTC"],
    shares: [],
    environment: ["activeDirectory", "dns", "certificates"],
    rules: ["P1", "D1"],
  },
  {
    workload: "app-sharing",
    roles: [...POOL_HOSTS, "app-sharing-conferencing"],
    essentialRoles: [...POOL_HOSTS, "app-sharing-conferencing"],
    needsPoolBackEnd: true,
    data: ["RTC"],
    shares: [],
    environment: ["activeDirectory", "dns", "certificates"],
    rules: ["P1", "D1"],
  },
  {
    workload: "enterprise-voice",
    roles: [...POOL_HOSTS, "mediation"],
    essentialRoles: ["mediation"],
    needsPoolBackEnd: true,
    data: ["RTC"],
    shares: [],
    environment: ["activeDirectory", "dns", "certificates"],
    rules: ["P1", "D1"],
  },
  {
    workload: "remote-access",
    roles: [...POOL_HOSTS, "director", "access-edge", "web-conferencing-edge", "av-edge"],
    essentialRoles: ["access-edge"],
    needsPoolBackEnd: true,
    data: ["RTC"],
    shares: [],
    environment: ["activeDirectory", "dns", "certificates", "reverseProxy"],
    rules: ["P1", "S6"],
  },
  {
    workload: "archiving",
    roles: [...POOL_HOSTS, "archiving"],
    essentialRoles: ["archiving"],
    needsPoolBackEnd: false,
    data: ["LCSLog"],
    shares: ["compliance-log"],
    environment: ["activeDirectory", "dns"],
    rules: ["P1", "P3", "D4", "D6"],
  },
  {
    workload: "monitoring",
    roles: [...POOL_HOSTS, "monitoring"],
    essentialRoles: ["monitoring"],
    needsPoolBackEnd: false,
    data: ["RTCCDR", "QoEMetrics"],
    shares: [],
    environment: ["activeDirectory", "dns"],
    rules: ["P1", "D4"],
  },
];

export const componentsOf = (workload: Workload): WorkloadComponents => WORKLOAD_COMPONENTS.find((w) => w.workload === workload)!;
