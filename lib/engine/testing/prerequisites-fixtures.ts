// The shared examples extended with Extension 2's prerequisite and platform fields (certificates, DNS
// records, servers[].os and sql). The Enterprise one takes exactly those fields from
// ../shared/examples/extension-2 (whose people and business-impact fields another part of the planner
// reads); the Standard Edition one gets certificates written here. Read when a test asks, never imported
// by the app.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Deployment } from "../../formats/deployment";
import { enterpriseWithDestinations, standard, type Json } from "./fixtures";

const examplesDir = path.resolve(__dirname, "../../../../shared/examples");

/** The Extension 2 example's certificates, DNS records and per-server os/sql, as the file writes them. */
export function prerequisitesOfExtension2Example(): Json {
  const x = JSON.parse(readFileSync(path.join(examplesDir, "extension-2/litware-enterprise-organisation.json"), "utf8")) as Json;
  const platform = Object.fromEntries(
    (x.servers as Json[]).map((s) => [s.fqdn, { ...(s.os ? { os: s.os } : {}), ...(s.sql ? { sql: s.sql } : {}) }]),
  );
  return { certificates: x.certificates, dnsRecords: x.dnsRecords, platform };
}

/** The extension-1 Enterprise example (same servers) with the Extension 2 example's prerequisite fields. */
export const enterpriseWithPrerequisites = (edit?: (d: Json) => void): Deployment =>
  enterpriseWithDestinations((d) => {
    const p = prerequisitesOfExtension2Example();
    (d.servers as Json[]).forEach((s) => Object.assign(s, p.platform[s.fqdn] ?? {}));
    d.certificates = p.certificates;
    d.dnsRecords = p.dnsRecords;
    edit?.(d);
  });

/**
 * The Standard Edition example with certificates: the Standard Edition server's (enterprise CA, key
 * backed up), the Edge's four, one of them wildcard-named, and the Access Edge certificate from a public
 * CA without a key backup; Windows Server 2003 R2 and SQL Server 2005 Express SP2 on the Standard
 * Edition server.
 */
export const standardWithPrerequisites = (edit?: (d: Json) => void): Deployment =>
  standard((d) => {
    for (const s of d.servers as Json[]) {
      s.os = s.fqdn === "ocsse1.litware.com" ? "windows-server-2003-r2" : "windows-server-2008";
      if (s.fqdn === "ocsse1.litware.com") s.sql = { version: "2005", edition: "express", servicePack: 2 };
    }
    d.certificates = [
      {
        server: "ocsse1.litware.com",
        use: "standard-edition",
        subject: "ocsse1.litware.com",
        issuer: "enterprise",
        expires: "2027-01-15",
        thumbprint: "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567",
        keyBackup: "\\\\vault01\\pfx\\ocsse1.pfx",
      },
      {
        server: "edge1.litware.com",
        use: "access-edge-external",
        subject: "sip.litware.com",
        issuer: "public",
        expires: "2027-02-20",
      },
      {
        server: "edge1.litware.com",
        use: "web-conferencing-edge-external",
        subject: "*.litware.com",
        issuer: "public",
        expires: "2028-06-30",
        keyBackup: "\\\\vault01\\pfx\\wildcard.pfx",
      },
      {
        server: "edge1.litware.com",
        use: "edge-internal",
        subject: "edge1.litware.com",
        issuer: "enterprise",
        expires: "2026-11-30",
        keyBackup: "\\\\vault01\\pfx\\edge1-internal.pfx",
      },
    ];
    d.dnsRecords = [
      { name: "ocsse1.litware.com", type: "A", target: "10.0.0.10" },
      { name: "_sipinternaltls._tcp.litware.com", type: "SRV", target: "ocsse1.litware.com", port: 5061 },
      { name: "sip.litware.com", type: "A", target: "203.0.113.10", external: true },
      { name: "_sipfederationtls._tcp.litware.com", type: "SRV", target: "edge1.litware.com", port: 5061, external: true },
    ];
    edit?.(d);
  });
