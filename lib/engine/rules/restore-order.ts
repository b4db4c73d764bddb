// Chapter table 17-9, "Restoration Sequence for Servers", as data: the phases a multi-server
// restore goes through, with the step number each deployment type gives them. Rows the table lacks
// (Monitoring, Application Sharing) are placed by inference and flagged `inferred`, as the facts
// file (section 3.2) does. Two rows outside the table frame every runbook: assessing the loss first
// and confirming service as a user last.
import type { PoolKind, Role } from "../../formats/enums";

export type RestorePhaseId =
  | "assess"
  | "domain"
  | "back-end"
  | "standard-edition"
  | "front-end"
  | "director"
  | "web-components"
  | "web-conferencing"
  | "av-conferencing"
  | "app-sharing"
  | "archiving"
  | "monitoring"
  | "mediation"
  | "edge"
  | "forwarding-proxy"
  | "reassign-users"
  | "confirm";

/** A cell of table 17-9: a step number, "part of" another row's restore, or not applicable (null). */
export type TableCell = number | { partOf: "standard-edition" | "front-end" } | null;

export interface RestorePhase {
  id: RestorePhaseId;
  /** The phase name shown on runbook steps. */
  name: string;
  /** Roles whose servers are restored in this phase. */
  roles: readonly Role[];
  /**
   * Table 17-9 cells per deployment type; absent for the framing rows outside the table. The
   * runbooks order phases by their place in RESTORE_PHASES (phaseIndex), never by these numbers:
   * they are the chapter's table, which restore-order.test.ts holds that order to.
   */
  table?: Record<PoolKind, TableCell>;
  /** True when the row is not in table 17-9 and its place is inferred. */
  inferred?: boolean;
  note?: string;
  rules: readonly string[];
}

const ORDER = ["Restore order"];

/** In restore sequence: every runbook's steps follow this order across servers. */
export const RESTORE_PHASES: readonly RestorePhase[] = [
  { id: "assess", name: "Assess the loss", roles: [], rules: ["P1", "P5"] },
  {
    id: "domain",
    name: "Domain information",
    roles: [],
    table: { standard: 1, "enterprise-consolidated": 1, "enterprise-expanded": 1 },
    rules: [...ORDER, "S1", "S6"],
  },
  {
    id: "back-end",
    name: "Back-end servers",
    roles: ["back-end-sql"],
    table: { standard: null, "enterprise-consolidated": 2, "enterprise-expanded": 2 },
    rules: [...ORDER, "D1"],
  },
  {
    id: "standard-edition",
    name: "Standard Edition servers",
    roles: ["standard-edition"],
    table: { standard: 2, "enterprise-consolidated": null, "enterprise-expanded": null },
    rules: ORDER,
  },
  {
    id: "front-end",
    name: "Front-end servers",
    roles: ["front-end"],
    table: { standard: null, "enterprise-consolidated": 3, "enterprise-expanded": 3 },
    rules: ORDER,
  },
  {
    id: "director",
    name: "Directors",
    roles: ["director"],
    table: { standard: null, "enterprise-consolidated": 4, "enterprise-expanded": 4 },
    rules: ORDER,
  },
  {
    id: "web-components",
    name: "Web Components Servers",
    roles: ["web-components"],
    table: { standard: { partOf: "standard-edition" }, "enterprise-consolidated": { partOf: "front-end" }, "enterprise-expanded": 5 },
    rules: [...ORDER, "S8"],
  },
  {
    id: "web-conferencing",
    name: "Web Conferencing Servers",
    roles: ["web-conferencing"],
    table: { standard: { partOf: "standard-edition" }, "enterprise-consolidated": { partOf: "front-end" }, "enterprise-expanded": 6 },
    rules: [...ORDER, "S8"],
  },
  {
    id: "av-conferencing",
    name: "A/V Conferencing Servers",
    roles: ["av-conferencing"],
    table: { standard: { partOf: "standard-edition" }, "enterprise-consolidated": { partOf: "front-end" }, "enterprise-expanded": 7 },
    rules: [...ORDER, "S8"],
  },
  {
    id: "app-sharing",
    name: "Application Sharing Conferencing Servers",
    roles: ["app-sharing-conferencing"],
    table: { standard: { partOf: "standard-edition" }, "enterprise-consolidated": { partOf: "front-end" }, "enterprise-expanded": 7 },
    inferred: true,
    note: "Not a row of table 17-9: restored with the front ends in a consolidated pool and right after the A/V Conferencing Servers in an expanded pool.",
    rules: [...ORDER, "S8"],
  },
  {
    id: "archiving",
    name: "Archiving Servers",
    roles: ["archiving"],
    table: { standard: 3, "enterprise-consolidated": 5, "enterprise-expanded": 8 },
    rules: [...ORDER, "D4"],
  },
  {
    id: "monitoring",
    name: "Monitoring Servers",
    roles: ["monitoring"],
    table: { standard: 3, "enterprise-consolidated": 5, "enterprise-expanded": 8 },
    inferred: true,
    note: "Not a row of table 17-9: restored alongside the Archiving Servers (data roles that core service does not need).",
    rules: [...ORDER, "D4"],
  },
  {
    id: "mediation",
    name: "Mediation Servers",
    roles: ["mediation"],
    table: { standard: 4, "enterprise-consolidated": 6, "enterprise-expanded": 9 },
    rules: ORDER,
  },
  {
    id: "edge",
    name: "Edge Servers",
    roles: ["access-edge", "web-conferencing-edge", "av-edge"],
    table: { standard: 5, "enterprise-consolidated": 7, "enterprise-expanded": 10 },
    note: "A separate A/V Edge Server is restored after the other Edge Servers.",
    rules: ORDER,
  },
  {
    id: "forwarding-proxy",
    name: "Forwarding proxy servers",
    roles: ["forwarding-proxy"],
    table: { standard: 6, "enterprise-consolidated": 8, "enterprise-expanded": 11 },
    rules: ORDER,
  },
  {
    id: "reassign-users",
    name: "Reassign users",
    roles: [],
    table: { standard: 7, "enterprise-consolidated": 9, "enterprise-expanded": 12 },
    rules: ORDER,
  },
  { id: "confirm", name: "Confirm service", roles: [], rules: ["P1"] },
];

const PHASE_INDEX = new Map(RESTORE_PHASES.map((p, i) => [p.id, i]));
const ROLE_PHASE = new Map<Role, number>();
RESTORE_PHASES.forEach((p, i) => p.roles.forEach((r) => ROLE_PHASE.set(r, i)));

export const phaseIndex = (id: RestorePhaseId): number => PHASE_INDEX.get(id)!;
export const phaseById = (id: RestorePhaseId): RestorePhase => RESTORE_PHASES[phaseIndex(id)];

/** A server is restored in the earliest phase of any of its roles (collocated roles ride along). */
export function restorePhaseOf(roles: readonly Role[]): RestorePhase {
  let best = RESTORE_PHASES.length - 1;
  for (const r of roles) best = Math.min(best, ROLE_PHASE.get(r) ?? best);
  return RESTORE_PHASES[best];
}

/** The separate A/V Edge Server goes after the other Edge Servers (note to table 17-9). */
export const isSeparateAvEdge = (roles: readonly Role[]): boolean => roles.length === 1 && roles[0] === "av-edge";
