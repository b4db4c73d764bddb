// Extension 2's prerequisite and platform fields: the schema and the consistency rules, each refusal
// with its JSON path.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "./parse-deployment";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const read = (f: string): Json => JSON.parse(readFileSync(path.join(examplesDir, f), "utf8"));

/** The extension-1 example with the Extension 2 example's certificates, DNS records, os and sql. */
function example(): Json {
  const d = read("extension-1/litware-enterprise-destinations.json");
  const x = read("extension-2/litware-enterprise-organisation.json");
  for (const s of d.servers) {
    const same = x.servers.find((t: Json) => t.fqdn === s.fqdn);
    if (same?.os) s.os = same.os;
    if (same?.sql) s.sql = same.sql;
  }
  d.certificates = x.certificates;
  d.dnsRecords = x.dnsRecords;
  return d;
}
const errorsOf = (d: unknown) => {
  const r = validateDeployment(d);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe("deployment format, extension 2 (prerequisites and platform)", () => {
  it("accepts the example's fields and keeps them", () => {
    const r = validateDeployment(example());
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.deployment.servers[0].os).toBe("windows-server-2008");
    expect(r.deployment.servers[0].sql).toEqual({ version: "2005", edition: "standard", servicePack: 3 });
    expect(r.deployment.certificates).toHaveLength(6);
    expect(r.deployment.certificates![0]).toEqual({
      server: "edge1.litware.com",
      use: "access-edge-external",
      subject: "sip.litware.com",
      san: ["sip.litware.com"],
      issuer: "public",
      expires: "2027-09-30",
      keyBackup: "\\\\vault01\\pfx\\sip-external.pfx",
    });
    expect(r.deployment.dnsRecords![2]).toEqual({
      name: "_sip._tls.litware.com",
      type: "SRV",
      target: "sip.litware.com",
      port: 443,
      external: true,
    });
  });

  it("refuses values outside the enumerations, with their paths", () => {
    const d = example();
    d.servers[0].os = "windows-server-2012";
    d.servers[0].sql = { version: "2000", edition: "developer", servicePack: 5 };
    d.certificates[0].use = "edge-external";
    d.certificates[0].issuer = "self-signed";
    d.dnsRecords[0].type = "MX";
    expect(errorsOf(d)).toEqual([
      "servers[0].os: expected an operating system: one of windows-server-2003, windows-server-2003-r2, windows-server-2008, windows-server-2008-r2",
      "servers[0].sql.version: expected a SQL Server version: one of 2005, 2008, 2008-r2",
      "servers[0].sql.edition: expected a SQL Server edition: one of express, standard, enterprise",
      "servers[0].sql.servicePack: expected a service pack number 0..4",
      "certificates[0].use: expected a certificate use: one of edge-internal, access-edge-external, web-conferencing-edge-external, av-authentication, pool, standard-edition, director, mediation, web-components, reverse-proxy",
      "certificates[0].issuer: expected an issuer kind: one of public, enterprise",
      "dnsRecords[0].type: expected a record type: one of A, CNAME, SRV",
    ]);
  });

  it("refuses a hostile subject, an unreal date, a bad thumbprint and a key backup a script could misread", () => {
    const d = example();
    d.certificates[0].subject = "sip.litware.com & del /q c:\\*";
    d.certificates[1].expires = "2027-02-30";
    d.certificates[2].thumbprint = "3f2a";
    d.certificates[3].keyBackup = "\\\\vault01\\pfx\\a.pfx & calc";
    d.certificates[4].san = ["ocspool1.litware.com", "<script>"];
    d.certificates[5].unknown = 1;
    expect(errorsOf(d)).toEqual([
      'certificates[0].subject: the certificate\'s subject name: expected a DNS name such as "sip.litware.com" (or "*.litware.com"), not "sip.litware.com & del /q c:\\\\*"',
      "certificates[1].expires: expected a real date as YYYY-MM-DD (UTC), such as 2027-03-01",
      "certificates[2].thumbprint: expected a thumbprint of 40 hex digits (SHA-1), without spaces",
      'certificates[3].keyBackup: the key backup: "&" is not allowed in a path a backup job uses (none of & | < > ^ % ! " * ? nor control characters)',
      'certificates[4].san[1]: a subject alternative name: expected a DNS name such as "sip.litware.com" (or "*.litware.com"), not "<script>"',
      'certificates[5].unknown: unknown field "unknown"',
    ]);
  });

  it("accepts a wildcard subject (the register reports it; the format records what is there)", () => {
    const d = example();
    d.certificates[1].subject = "*.litware.com";
    expect(errorsOf(d)).toEqual([]);
  });

  it("checks that a certificate's server exists and has a role that uses it", () => {
    const d = example();
    d.certificates[0].server = "nowhere.litware.com";
    d.certificates[1].use = "pool"; // on edge1
    d.certificates[4].use = "director"; // on a front end
    d.certificates.push({
      server: "dir1.litware.com",
      use: "reverse-proxy",
      subject: "ext.litware.com",
      issuer: "public",
      expires: "2027-01-01",
    });
    d.certificates.push({
      server: "rp01.litware.com",
      use: "reverse-proxy",
      subject: "ext.litware.com",
      issuer: "public",
      expires: "2027-01-01",
    });
    d.certificates.push({ server: "rp01.litware.com", use: "pool", subject: "ext.litware.com", issuer: "public", expires: "2027-01-01" });
    expect(errorsOf(d)).toEqual([
      'certificates[0].server: server "nowhere.litware.com" is not defined in servers (nor is it the reverse proxy)',
      "certificates[1].use: a pool certificate belongs on a server with role front-end; edge1.litware.com has none",
      "certificates[4].use: a director certificate belongs on a server with role director; ocspool1server1.litware.com has none",
      'certificates[6].server: a reverse-proxy certificate belongs to the reverse proxy rp01.litware.com, not "dir1.litware.com"',
      "certificates[8].server: the reverse proxy carries only the use reverse-proxy, not pool",
    ]);
  });

  it("allows sql only on servers that hold OCS databases", () => {
    const d = example();
    const fe = d.servers.find((s: Json) => s.fqdn === "ocspool1server1.litware.com");
    fe.sql = { version: "2008", edition: "standard" };
    const i = d.servers.indexOf(fe);
    expect(errorsOf(d)).toEqual([
      `servers[${i}].sql: only a server that holds OCS databases (back-end-sql, standard-edition, archiving, monitoring) has a SQL Server: remove sql`,
    ]);
  });

  it("checks DNS records: names, A targets, SRV ports", () => {
    const d = example();
    d.dnsRecords = [
      { name: "_sipinternaltls._tcp.litware.com", type: "SRV", target: "ocspool1.litware.com" },
      { name: "ocspool1.litware.com", type: "A", target: "ocspool1.litware.com" },
      { name: "ocspool1.litware.com", type: "A", target: "10.0.0.300" },
      { name: "web.litware.com", type: "CNAME", target: "not a name" },
      { name: "sip.litware.com", type: "A", target: "203.0.113.10", port: 443 },
      { name: "_sip._tls.litware.com", type: "SRV", target: "sip.litware.com", port: 70000 },
      { name: "bad_name.litware.com", type: "A", target: "10.0.0.1" },
    ];
    expect(errorsOf(d)).toEqual([
      "dnsRecords[5].port: expected a port number 1..65535",
      'dnsRecords[6].name: the record\'s name: expected a DNS name such as "sip.litware.com", not "bad_name.litware.com"',
    ]);
    d.dnsRecords.splice(5, 2);
    expect(errorsOf(d)).toEqual([
      "dnsRecords[0].port: an SRV record needs a port 1..65535",
      'dnsRecords[1].target: an A record\'s target is an IPv4 address such as 10.0.0.20, not "ocspool1.litware.com"',
      'dnsRecords[2].target: an A record\'s target is an IPv4 address such as 10.0.0.20, not "10.0.0.300"',
      'dnsRecords[3].target: a CNAME record\'s target: expected a DNS name such as "sip.litware.com", not "not a name"',
      "dnsRecords[4].port: only SRV records carry a port; remove it from this A record",
    ]);
  });

  it("accepts a file without the fields", () => {
    const d = read("extension-1/litware-enterprise-destinations.json");
    expect(errorsOf(d)).toEqual([]);
  });
});
