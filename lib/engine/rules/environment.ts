// Rule S6: the environmental dependencies OCS needs and that are backed up outside OCS.
import type { Deployment } from "../../formats/deployment";
import type { EnvironmentBackup, GapSeverity } from "../../formats/plan";

export interface EnvironmentRow {
  id: EnvironmentBackup["id"];
  dependency: string;
  /** What to do to back it up (outside OCS). */
  action: string;
  /** Gap severity when known not to be backed up; "info" is used when the file does not say. */
  severityWhenMissing: GapSeverity;
  gapId: string;
  /** The dependency as the deployment states it; undefined when the deployment does not use it. */
  read(d: Deployment): { subject: string; backedUp: boolean | null } | undefined;
  rules: readonly string[];
}

export const ENVIRONMENT_ROWS: readonly EnvironmentRow[] = [
  {
    id: "activeDirectory",
    dependency: "Active Directory Domain Services",
    action:
      "Back up the system state of at least one domain controller per domain with Windows Server Backup or your AD backup tool; keep the Directory Services Restore Mode password with the backup.",
    severityWhenMissing: "critical",
    gapId: "ad-not-backed-up",
    read: (d) => ({ subject: d.forest, backedUp: d.dependencies.activeDirectory.backedUp }),
    rules: ["S6"],
  },
  {
    id: "dns",
    dependency: "DNS",
    action:
      "Export the DNS zones that hold the OCS records (pool and server A records, the SIP SRV records for automatic sign-in and federation) or keep them AD-integrated and covered by the AD backup.",
    severityWhenMissing: "warning",
    gapId: "dns-not-backed-up",
    read: (d) => ({ subject: d.forest, backedUp: d.dependencies.dns.backedUp }),
    rules: ["S6"],
  },
  {
    id: "reverseProxy",
    dependency: "Reverse proxy",
    action:
      "Export the reverse proxy's publishing rules and listener settings with its own tool, and keep its certificate; OCS is not installed there, so LCSCmd does not cover it.",
    severityWhenMissing: "warning",
    gapId: "reverse-proxy-not-backed-up",
    read: (d) =>
      d.dependencies.reverseProxy
        ? { subject: d.dependencies.reverseProxy.fqdn, backedUp: d.dependencies.reverseProxy.backedUp }
        : undefined,
    rules: ["S6"],
  },
  {
    id: "certificates",
    dependency: "Certificates",
    action:
      "Export every OCS server certificate with its private key (Edge servers: the external certificates and the A/V authentication certificate) to protected storage, or document how to re-enroll them from your certification authority.",
    severityWhenMissing: "warning",
    gapId: "certificates-not-backed-up",
    read: (d) => ({ subject: "OCS server certificates", backedUp: d.dependencies.certificates?.backedUp ?? null }),
    rules: ["S6"],
  },
];
