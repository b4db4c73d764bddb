// Consistency rules of Extension 2's prerequisite and platform fields (deployment-format.md, "Extension 2"):
// certificates belong to a server (or the reverse proxy) whose roles use them, DNS records are well formed,
// `sql` only where OCS databases are. Hooked into checkConsistency; every problem names its JSON path.
import { EDGE_ROLES, SQL_INSTANCE_ROLES, type Role } from "./enums";
import type { Deployment } from "./deployment";
import { dnsNameProblem, isIpv4, type CertificateUse } from "./extension-2-prerequisites";
import type { Problem } from "./problems";

const err = (path: string, message: string, rule?: string): Problem => ({ path, message, severity: "error", rule });

/** The server roles a certificate use needs (null: the reverse proxy, which is not an OCS server). */
export const ROLES_FOR_USE: Record<CertificateUse, readonly Role[] | null> = {
  "edge-internal": EDGE_ROLES,
  "access-edge-external": ["access-edge"],
  "web-conferencing-edge-external": ["web-conferencing-edge"],
  "av-authentication": ["av-edge"],
  pool: ["front-end"],
  "standard-edition": ["standard-edition"],
  director: ["director"],
  mediation: ["mediation"],
  "web-components": ["web-components"],
  "reverse-proxy": null,
};

export function checkPrerequisites(d: Deployment): Problem[] {
  const problems: Problem[] = [];
  const servers = new Map(d.servers.map((s) => [s.fqdn, s]));
  const reverseProxy = d.dependencies.reverseProxy?.fqdn;

  d.servers.forEach((s, i) => {
    if (s.sql && !s.roles.some((r) => SQL_INSTANCE_ROLES.includes(r)))
      problems.push(
        err(
          `servers[${i}].sql`,
          `only a server that holds OCS databases (${SQL_INSTANCE_ROLES.join(", ")}) has a SQL Server: remove sql`,
          "L1",
        ),
      );
  });

  (d.certificates ?? []).forEach((c, i) => {
    const at = `certificates[${i}]`;
    const needs = ROLES_FOR_USE[c.use];
    if (needs === null) {
      if (c.server !== reverseProxy)
        problems.push(
          err(
            `${at}.server`,
            reverseProxy
              ? `a reverse-proxy certificate belongs to the reverse proxy ${reverseProxy}, not "${c.server}"`
              : "a reverse-proxy certificate needs a reverse proxy: set dependencies.reverseProxy first",
            "S9",
          ),
        );
      return;
    }
    const server = servers.get(c.server);
    if (!server) {
      problems.push(
        err(
          `${at}.server`,
          c.server === reverseProxy
            ? `the reverse proxy carries only the use reverse-proxy, not ${c.use}`
            : `server "${c.server}" is not defined in servers (nor is it the reverse proxy)`,
          "S9",
        ),
      );
      return;
    }
    if (!server.roles.some((r) => needs.includes(r)))
      problems.push(
        err(`${at}.use`, `a ${c.use} certificate belongs on a server with role ${needs.join(" or ")}; ${c.server} has none`, "S9"),
      );
  });

  (d.dnsRecords ?? []).forEach((r, i) => {
    const at = `dnsRecords[${i}]`;
    if (r.type === "A") {
      if (!isIpv4(r.target))
        problems.push(err(`${at}.target`, `an A record's target is an IPv4 address such as 10.0.0.20, not "${r.target}"`, "S10"));
    } else {
      const problem = dnsNameProblem(r.target);
      if (problem) problems.push(err(`${at}.target`, `a ${r.type} record's target: ${problem}`, "S10"));
    }
    if (r.type === "SRV" && r.port === undefined) problems.push(err(`${at}.port`, "an SRV record needs a port 1..65535", "S10"));
    if (r.type !== "SRV" && r.port !== undefined)
      problems.push(err(`${at}.port`, `only SRV records carry a port; remove it from this ${r.type} record`, "S10"));
  });

  return problems;
}
