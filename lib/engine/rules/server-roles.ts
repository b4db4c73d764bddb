// How each role behaves when its server is lost and rebuilt: who can stand in for it meanwhile, whether
// it sits in the perimeter network, and which certificates it needs. Mostly inference from the facts
// file (sections 1.3, 2.2 and 3.5). No source states outright the rows of the Director, the conferencing
// servers, Archiving, Monitoring, Mediation, the forwarding proxy, the Access Edge and the Web
// Conferencing Edge: inferred (the runbook steps built on them say so where it matters).
import type { Role } from "../../formats/enums";

/**
 * Who keeps serving while the server is down: "pool" peers (other members of the same pool with the
 * role, behind the hardware load balancer), "site" peers (a load-balanced array of the same role at the
 * same site), or nobody.
 */
export type PeerScope = "pool" | "site" | "none";

export interface ServerRoleRow {
  role: Role;
  peers: PeerScope;
  /** Perimeter servers are not joined to the domain. */
  perimeter: boolean;
  certificates: string;
}

const INTERNAL_CERT = "the server certificate for its FQDN (and the pool FQDN for pool members)";

export const SERVER_ROLES: readonly ServerRoleRow[] = [
  { role: "standard-edition", peers: "none", perimeter: false, certificates: INTERNAL_CERT },
  { role: "front-end", peers: "pool", perimeter: false, certificates: INTERNAL_CERT },
  { role: "director", peers: "site", perimeter: false, certificates: INTERNAL_CERT },
  { role: "web-components", peers: "pool", perimeter: false, certificates: INTERNAL_CERT },
  { role: "web-conferencing", peers: "pool", perimeter: false, certificates: INTERNAL_CERT },
  { role: "av-conferencing", peers: "pool", perimeter: false, certificates: INTERNAL_CERT },
  { role: "app-sharing-conferencing", peers: "pool", perimeter: false, certificates: INTERNAL_CERT },
  // Archiving, Monitoring and Mediation servers are bound to pools or gateways: no automatic stand-in.
  { role: "archiving", peers: "none", perimeter: false, certificates: INTERNAL_CERT },
  { role: "monitoring", peers: "none", perimeter: false, certificates: INTERNAL_CERT },
  { role: "mediation", peers: "none", perimeter: false, certificates: INTERNAL_CERT },
  { role: "forwarding-proxy", peers: "none", perimeter: false, certificates: INTERNAL_CERT },
  {
    role: "access-edge",
    peers: "site",
    perimeter: true,
    certificates: "the internal-interface and external-interface certificates",
  },
  {
    role: "web-conferencing-edge",
    peers: "site",
    perimeter: true,
    certificates: "the internal-interface and external-interface certificates",
  },
  {
    role: "av-edge",
    peers: "site",
    perimeter: true,
    certificates: "the internal-interface certificate and the dedicated A/V authentication certificate",
  },
  { role: "back-end-sql", peers: "none", perimeter: false, certificates: "none for OCS" },
];

const BY_ROLE = new Map(SERVER_ROLES.map((r) => [r.role, r]));
export const serverRole = (role: Role): ServerRoleRow => BY_ROLE.get(role)!;

export const isPerimeter = (roles: readonly Role[]): boolean => roles.some((r) => serverRole(r).perimeter);
