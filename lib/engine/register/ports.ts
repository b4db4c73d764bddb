// S11: the firewall ports each role needs (facts 9.3, from the OCS 2007 R2 ports table). A rebuilt
// server needs them opened again, so runbooks list them per rebuilt server. Only ports the sources
// give are listed; the 50,000-59,999 range matters only towards OCS 2007 (R1) federation partners.
import type { Role } from "../../formats/enums";
import type { RegisterPort } from "../../formats/plan-register";

type PortRow = Omit<RegisterPort, "role" | "rules">;

const SIP = [
  { port: 5060, protocol: "tcp", purpose: "SIP" },
  { port: 5061, protocol: "tcp", purpose: "SIP over TLS (MTLS between servers)" },
] as const satisfies readonly PortRow[];
const POOL: readonly PortRow[] = [
  ...SIP,
  { port: 443, protocol: "tcp", purpose: "the web farm (HTTPS)" },
  { port: 444, protocol: "tcp", purpose: "between the focus and the conferencing servers" },
  { port: 135, protocol: "tcp", purpose: "DCOM, for moving users" },
  { port: 5062, portTo: 5065, protocol: "tcp", purpose: "the conferencing servers" },
  { port: 5069, protocol: "tcp", purpose: "QoE" },
  { port: 8057, protocol: "tcp", purpose: "PSOM (web conferencing)" },
];

/** Ports per role, as the sources give them (roles the sources give no ports for have none here). */
export const ROLE_PORTS: Partial<Record<Role, readonly PortRow[]>> = {
  "standard-edition": POOL,
  "front-end": POOL,
  "web-components": [{ port: 443, protocol: "tcp", purpose: "the web farm (HTTPS)" }],
  "web-conferencing": [
    { port: 444, protocol: "tcp", purpose: "between the focus and the conferencing servers" },
    { port: 8057, protocol: "tcp", purpose: "PSOM (web conferencing)" },
  ],
  "av-conferencing": [{ port: 5062, portTo: 5065, protocol: "tcp", purpose: "the conferencing servers" }],
  "app-sharing-conferencing": [{ port: 5062, portTo: 5065, protocol: "tcp", purpose: "the conferencing servers" }],
  "access-edge": [
    { port: 5061, protocol: "tcp", purpose: "federation and remote users" },
    { port: 443, protocol: "tcp", purpose: "remote users" },
  ],
  "av-edge": [
    { port: 3478, protocol: "udp", purpose: "A/V media relay (STUN)" },
    { port: 443, protocol: "tcp", purpose: "A/V media relay over TCP" },
  ],
};

export function portsOfRole(role: Role): RegisterPort[] {
  return (ROLE_PORTS[role] ?? []).map((p) => ({ role, ...p, rules: ["S11"] }));
}

/** The ports of every role the deployment has, in the format's role order. */
export function portRows(roles: readonly Role[]): RegisterPort[] {
  return roles.flatMap(portsOfRole);
}

/** `5062-5065/tcp` */
export const portLabel = (p: Pick<RegisterPort, "port" | "portTo" | "protocol">) =>
  `${p.port}${p.portTo ? `-${p.portTo}` : ""}/${p.protocol}`;
