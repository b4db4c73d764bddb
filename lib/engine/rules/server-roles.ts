// How each role behaves when its server is lost and rebuilt: who can stand in for it meanwhile, whether
// it sits in the perimeter network, and which certificates it needs. Mostly inference from the facts
// file (sections 1.3, 2.2 and 3.5); `inferred` marks what no source states outright.
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
  inferred: boolean;
  rules: readonly string[];
}

const INTERNAL_CERT = "the server certificate for its FQDN (and the pool FQDN for pool members)";

export const SERVER_ROLES: readonly ServerRoleRow[] = [
  { role: "standard-edition", peers: "none", perimeter: false, certificates: INTERNAL_CERT, inferred: false, rules: ["S8"] },
  { role: "front-end", peers: "pool", perimeter: false, certificates: INTERNAL_CERT, inferred: false, rules: ["S8"] },
  { role: "director", peers: "site", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  { role: "web-components", peers: "pool", perimeter: false, certificates: INTERNAL_CERT, inferred: false, rules: ["S8"] },
  { role: "web-conferencing", peers: "pool", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  { role: "av-conferencing", peers: "pool", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  { role: "app-sharing-conferencing", peers: "pool", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  // Archiving, Monitoring and Mediation servers are bound to pools or gateways: no automatic stand-in.
  { role: "archiving", peers: "none", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  { role: "monitoring", peers: "none", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  { role: "mediation", peers: "none", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  { role: "forwarding-proxy", peers: "none", perimeter: false, certificates: INTERNAL_CERT, inferred: true, rules: ["S8"] },
  {
    role: "access-edge",
    peers: "site",
    perimeter: true,
    certificates: "the internal-interface and external-interface certificates",
    inferred: true,
    rules: ["S8"],
  },
  {
    role: "web-conferencing-edge",
    peers: "site",
    perimeter: true,
    certificates: "the internal-interface and external-interface certificates",
    inferred: true,
    rules: ["S8"],
  },
  {
    role: "av-edge",
    peers: "site",
    perimeter: true,
    certificates: "the internal-interface certificate and the dedicated A/V authentication certificate",
    inferred: false,
    rules: ["S8"],
  },
  { role: "back-end-sql", peers: "none", perimeter: false, certificates: "none for OCS", inferred: false, rules: ["D1"] },
];

const BY_ROLE = new Map(SERVER_ROLES.map((r) => [r.role, r]));
export const serverRole = (role: Role): ServerRoleRow => BY_ROLE.get(role)!;

export const isPerimeter = (roles: readonly Role[]): boolean => roles.some((r) => serverRole(r).perimeter);
