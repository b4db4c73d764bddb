// S10: the DNS records the topology needs (facts 9.3), set against the records the file lists: listed,
// missing, or listed with another target or port. Pure.
import type { Deployment } from "../../formats/deployment";
import type { DnsRecordEntry } from "../../formats/extension-2-prerequisites";
import type { Scenario } from "../../formats/plan";
import type { RegisterDns } from "../../formats/plan-register";
import { poolFqdn, sipDomainOf } from "./certificates";

/** Placeholder target of an A record: the planner does not know addresses, any IPv4 address counts. */
export const ANY_ADDRESS = "(its address)";

interface DnsNeed {
  name: string;
  type: "A" | "SRV";
  port?: number;
  /** Expected target; for A records ANY_ADDRESS. */
  target: string;
  /** Other targets that also count as right (every pool that can sign clients in). */
  accepted: string[];
  external: boolean;
  purpose: string;
  /** Sites whose loss re-creates or repoints it, and pools. */
  sites: string[];
  pools: string[];
}

/** The front-door FQDN of each pool: its pool FQDN, or the Standard Edition server's own FQDN. */
function poolNames(d: Deployment): { pool: string; site: string; fqdn: string }[] {
  return d.pools.map((p) => ({
    pool: p.name,
    site: p.site,
    fqdn:
      p.kind === "standard"
        ? (d.servers.find((s) => s.pool === p.name && s.roles.includes("standard-edition"))?.fqdn ?? poolFqdn(d, p.name))
        : poolFqdn(d, p.name),
  }));
}

export function dnsNeeds(d: Deployment): DnsNeed[] {
  const domain = sipDomainOf(d);
  const pools = poolNames(d);
  const needs: DnsNeed[] = pools.map((p) => ({
    name: p.fqdn,
    type: "A",
    target: ANY_ADDRESS,
    accepted: [],
    external: false,
    purpose: `pool ${p.pool}: its load balancer (or the Standard Edition server); also the internal web farm when it has the same name`,
    sites: [p.site],
    pools: [p.pool],
  }));
  const central = pools.find((p) => d.sites.find((s) => s.name === p.site)?.kind === "central") ?? pools[0];
  if (central)
    needs.push({
      name: `_sipinternaltls._tcp.${domain}`,
      type: "SRV",
      port: 5061,
      target: central.fqdn,
      accepted: pools.map((p) => p.fqdn),
      external: false,
      purpose: "automatic sign-in of internal clients: the one pool or Standard Edition server that signs clients in",
      sites: pools.map((p) => p.site),
      pools: pools.map((p) => p.pool),
    });
  const accessEdges = d.servers.filter((s) => s.roles.includes("access-edge"));
  if (accessEdges.length > 0) {
    const sites = [...new Set(accessEdges.map((s) => s.site))];
    const edge = { accepted: [`sip.${domain}`, ...accessEdges.map((s) => s.fqdn)], external: true, sites, pools: [] };
    needs.push(
      { name: `sip.${domain}`, type: "A", target: ANY_ADDRESS, ...edge, accepted: [], purpose: "the Access Edge's external address" },
      { name: `_sip._tls.${domain}`, type: "SRV", port: 443, target: `sip.${domain}`, ...edge, purpose: "remote users' automatic sign-in" },
      {
        name: `_sipfederationtls._tcp.${domain}`,
        type: "SRV",
        port: 5061,
        target: `sip.${domain}`,
        ...edge,
        purpose: "federation partners find the Access Edge",
      },
    );
  }
  return needs;
}

const matches = (need: DnsNeed, r: DnsRecordEntry) =>
  r.name === need.name && (r.type === need.type || (need.type === "A" && r.type === "CNAME"));

export function dnsRows(d: Deployment, scenarios: readonly Scenario[]): RegisterDns[] {
  const listed = d.dnsRecords ?? [];
  return dnsNeeds(d).map((n) => {
    const found = listed.filter((r) => matches(n, r));
    const right = found.find(
      (r) =>
        n.target === ANY_ADDRESS ||
        ((r.target === n.target || n.accepted.includes(r.target)) && (n.port === undefined || r.port === n.port)),
    );
    const other = right ?? found[0];
    const scenarioIds = scenarios
      .filter(
        (sc) =>
          (sc.loss.kind === "site" && n.sites.includes(sc.loss.target ?? "")) ||
          ((sc.loss.kind === "pool" || sc.loss.kind === "standard-edition") && n.pools.includes(sc.loss.target ?? "")),
      )
      .map((sc) => sc.id);
    return {
      name: n.name,
      type: n.type,
      ...(n.port === undefined ? {} : { port: n.port }),
      target: n.target,
      ...(other && (n.target !== ANY_ADDRESS || other.type !== n.type) ? { listedTarget: describeListed(other) } : {}),
      ...(n.target === ANY_ADDRESS && other?.type === n.type ? { listedTarget: other.target } : {}),
      external: n.external,
      status: right ? "listed" : found.length > 0 ? "differs" : "missing",
      purpose: n.purpose,
      scenarios: scenarioIds,
      rules: ["S10"],
    };
  });
}

const describeListed = (r: DnsRecordEntry) =>
  `${r.type === "SRV" ? "" : `${r.type} `}${r.target}${r.port === undefined ? "" : `:${r.port}`}`;
