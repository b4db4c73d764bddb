// The register (S9-S11) and the platform (L1-L3) on literal cases: both shared examples extended with
// certificates, and every gap on a case of its own.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { enterprise } from "../testing/fixtures";
import { enterpriseWithPrerequisites, standardWithPrerequisites } from "../testing/prerequisites-fixtures";
import type { EvidenceRun } from "../../formats/evidence";
import type { Plan } from "../plan";

const AS_OF = Date.parse("2026-12-08T10:00:00Z");
const certRow = (p: Plan, server: string, use: string) => p.register!.certificates.find((c) => c.server === server && c.use === use)!;
const registerGaps = (p: Plan) =>
  p.gaps.filter((g) => g.rules.some((r) => ["S9", "S10", "L1", "L2", "L3"].includes(r))).map((g) => `${g.severity} ${g.id}`);
const short = (p: Plan) =>
  p.register!.certificates.map((c) => [c.server, c.use, c.subject, c.expires, c.daysLeft, c.status, c.keyBackup, c.problems.length]);
const VAULT = "\\\\vault01\\pfx\\";

describe("register rows of the shared examples extended with certificates", () => {
  it("Enterprise: every certificate the roles need, listed or missing, days left as of 2026-12-08", () => {
    const p = planDeployment(enterpriseWithPrerequisites(), { asOfMs: AS_OF });
    expect(p.register!.asOf).toBe("2026-12-08T10:00:00.000Z");
    expect(p.register!.sipDomain).toBe("litware.com");
    expect(short(p)).toEqual([
      ["ocspool1server1.litware.com", "pool", "ocspool1.litware.com", "2028-01-31", 419, "ok", `${VAULT}ocspool1server1.pfx`, 0],
      ["ocspool1server2.litware.com", "pool", "ocspool1.litware.com", "2028-01-31", 419, "ok", `${VAULT}ocspool1server2.pfx`, 0],
      ["dir1.litware.com", "director", "dir1.litware.com", null, null, "missing", null, 0],
      ["med1.litware.com", "mediation", "med1.litware.com", null, null, "missing", null, 0],
      ["edge1.litware.com", "edge-internal", "edge1.litware.com", "2028-01-31", 419, "ok", `${VAULT}edge-internal.pfx`, 0],
      ["edge1.litware.com", "access-edge-external", "sip.litware.com", "2027-09-30", 296, "ok", `${VAULT}sip-external.pfx`, 0],
      [
        "edge1.litware.com",
        "web-conferencing-edge-external",
        "webconf.litware.com",
        "2027-09-30",
        296,
        "ok",
        `${VAULT}webconf-external.pfx`,
        0,
      ],
      ["edge1.litware.com", "av-authentication", "edge1.litware.com", "2028-01-31", 419, "ok", null, 1],
      ["rp01.litware.com", "reverse-proxy", "(the external web farm FQDN the reverse proxy publishes)", null, null, "missing", null, 0],
    ]);
    expect(certRow(p, "edge1.litware.com", "av-authentication")).toEqual({
      server: "edge1.litware.com",
      use: "av-authentication",
      subject: "edge1.litware.com",
      issuer: "enterprise",
      expires: "2028-01-31",
      daysLeft: 419,
      status: "ok",
      thumbprint: null,
      keyBackup: null,
      problems: ["no key backup: the private key cannot be installed on a rebuilt server"],
      scenarios: ["loss-of-site:Redmond", "loss-of-server:edge1.litware.com"],
      rules: ["S9"],
    });
    expect(certRow(p, "ocspool1server1.litware.com", "pool").scenarios).toEqual([
      "loss-of-site:Redmond",
      "loss-of-pool:ocspool1",
      "loss-of-server:ocspool1server1.litware.com",
    ]);
    expect(p.register!.dns.map((r) => [r.name, r.type, r.port ?? null, r.target, r.listedTarget ?? null, r.status])).toEqual([
      ["ocspool1.litware.com", "A", null, "(its address)", "10.0.0.20", "listed"],
      ["_sipinternaltls._tcp.litware.com", "SRV", 5061, "ocspool1.litware.com", "ocspool1.litware.com:5061", "listed"],
      ["sip.litware.com", "A", null, "(its address)", "203.0.113.10", "listed"],
      ["_sip._tls.litware.com", "SRV", 443, "sip.litware.com", "sip.litware.com:443", "listed"],
      ["_sipfederationtls._tcp.litware.com", "SRV", 5061, "sip.litware.com", null, "missing"],
    ]);
    expect(p.register!.dns[4].scenarios).toEqual(["loss-of-site:Redmond"]);
    expect(p.register!.ports.filter((x) => x.role === "access-edge" || x.role === "av-edge")).toEqual([
      { role: "access-edge", port: 5061, protocol: "tcp", purpose: "federation and remote users", rules: ["S11"] },
      { role: "access-edge", port: 443, protocol: "tcp", purpose: "remote users", rules: ["S11"] },
      { role: "av-edge", port: 3478, protocol: "udp", purpose: "A/V media relay (STUN)", rules: ["S11"] },
      { role: "av-edge", port: 443, protocol: "tcp", purpose: "A/V media relay over TCP", rules: ["S11"] },
    ]);
    expect(p.register!.ports.filter((x) => x.role === "front-end").map((x) => `${x.port}${x.portTo ? `-${x.portTo}` : ""}`)).toEqual([
      "5060",
      "5061",
      "443",
      "444",
      "135",
      "5062-5065",
      "5069",
      "8057",
    ]);
    expect(p.lifecycle).toEqual([
      {
        product: "Office Communications Server 2007 R2",
        supportEndedOn: "2018-01-09",
        servers: [
          "ocspool1server1.litware.com",
          "ocspool1server2.litware.com",
          "dir1.litware.com",
          "arch1.litware.com",
          "mon1.litware.com",
          "med1.litware.com",
          "edge1.litware.com",
        ],
        yearsSince: 8.9,
        rules: ["L1"],
      },
      {
        product: "Windows Server 2008",
        supportEndedOn: "2020-01-14",
        servers: [
          "sql01.litware.com",
          "ocspool1server1.litware.com",
          "ocspool1server2.litware.com",
          "dir1.litware.com",
          "arch1.litware.com",
          "mon1.litware.com",
          "med1.litware.com",
          "edge1.litware.com",
        ],
        yearsSince: 6.9,
        rules: ["L1"],
      },
      {
        product: "SQL Server 2005",
        supportEndedOn: "2016-04-12",
        servers: ["sql01.litware.com", "arch1.litware.com", "mon1.litware.com"],
        yearsSince: 10.7,
        servicePacks: [
          { servicePack: 3, supportEndedOn: "2012-01-10", servers: ["sql01.litware.com", "arch1.litware.com", "mon1.litware.com"] },
        ],
        rules: ["L1"],
      },
    ]);
    expect(registerGaps(p)).toEqual([
      "warning certificate-missing:dir1.litware.com:director",
      "warning certificate-missing:med1.litware.com:mediation",
      "warning certificate-missing:rp01.litware.com:reverse-proxy",
      "warning certificate-no-key-backup:edge1.litware.com:av-authentication",
      "warning dns-record-missing:SRV:_sipfederationtls._tcp.litware.com",
      "warning end-of-support:ocs-2007-r2",
      "warning end-of-support:sql-server-2005",
      "warning end-of-support:windows-server-2008",
    ]);
  });

  it("Standard Edition: expired, expiring, wildcard, missing, no key backup", () => {
    const p = planDeployment(standardWithPrerequisites(), { asOfMs: AS_OF });
    expect(short(p)).toEqual([
      ["ocsse1.litware.com", "standard-edition", "ocsse1.litware.com", "2027-01-15", 38, "ok", `${VAULT}ocsse1.pfx`, 0],
      ["med1.litware.com", "mediation", "med1.litware.com", null, null, "missing", null, 0],
      ["edge1.litware.com", "edge-internal", "edge1.litware.com", "2026-11-30", -8, "expired", `${VAULT}edge1-internal.pfx`, 0],
      ["edge1.litware.com", "access-edge-external", "sip.litware.com", "2027-02-20", 74, "expiring", null, 1],
      ["edge1.litware.com", "web-conferencing-edge-external", "*.litware.com", "2028-06-30", 570, "ok", `${VAULT}wildcard.pfx`, 1],
      ["edge1.litware.com", "av-authentication", "edge1.litware.com", null, null, "missing", null, 0],
    ]);
    expect(certRow(p, "edge1.litware.com", "web-conferencing-edge-external").problems).toEqual([
      "a wildcard name: OCS 2007 R2 services do not start with wildcard certificates",
    ]);
    expect(p.register!.dns.map((r) => [r.name, r.status, r.listedTarget ?? null])).toEqual([
      ["ocsse1.litware.com", "listed", "10.0.0.10"],
      ["_sipinternaltls._tcp.litware.com", "listed", "ocsse1.litware.com:5061"],
      ["sip.litware.com", "listed", "203.0.113.10"],
      ["_sip._tls.litware.com", "missing", null],
      ["_sipfederationtls._tcp.litware.com", "listed", "edge1.litware.com:5061"],
    ]);
    expect(p.lifecycle!.map((l) => [l.product, l.servers.join(" "), l.yearsSince])).toEqual([
      [
        "Office Communications Server 2007 R2",
        "ocsse1.litware.com arch1.litware.com mon1.litware.com med1.litware.com edge1.litware.com",
        8.9,
      ],
      ["Windows Server 2003 and 2003 R2", "ocsse1.litware.com", 11.4],
      ["Windows Server 2008", "arch1.litware.com mon1.litware.com med1.litware.com edge1.litware.com", 6.9],
      ["SQL Server 2005", "ocsse1.litware.com", 10.7],
    ]);
    expect(registerGaps(p)).toEqual([
      "critical certificate-expired:edge1.litware.com:edge-internal",
      "warning certificate-expiring:edge1.litware.com:access-edge-external",
      "warning certificate-missing:edge1.litware.com:av-authentication",
      "warning certificate-missing:med1.litware.com:mediation",
      "warning certificate-naming:edge1.litware.com:web-conferencing-edge-external",
      "warning certificate-no-key-backup:edge1.litware.com:access-edge-external",
      "warning dns-record-missing:SRV:_sip._tls.litware.com",
      "warning end-of-support:ocs-2007-r2",
      "warning end-of-support:sql-server-2005",
      "warning end-of-support:windows-server-2003",
      "warning end-of-support:windows-server-2008",
      "warning platform-not-recorded",
    ]);
    const expired = p.gaps.find((g) => g.id === "certificate-expired:edge1.litware.com:edge-internal")!;
    expect(expired.message).toBe(
      "The Edge internal certificate of edge1.litware.com (edge1.litware.com) expired on 2026-11-30: the role does not work with it, and a restore would install it as it is.",
    );
    expect(p.gaps.find((g) => g.id === "platform-not-recorded")!.message).toBe(
      "The exact patch level to restore is not recorded for 2 servers: arch1.litware.com (SQL Server version and service pack), mon1.litware.com (SQL Server version and service pack).",
    );
  });

  it("a file without the Extension 2 fields plans as before: no register, no lifecycle, no new gaps", () => {
    const p = planDeployment(enterprise(), { asOfMs: AS_OF });
    expect(p.register).toBeUndefined();
    expect(p.lifecycle).toBeUndefined();
    expect(registerGaps(p)).toEqual([]);
    expect(planDeployment(enterprise()).gaps).toEqual(p.gaps);
  });

  it("without an as-of time nothing expires and no years are counted", () => {
    const p = planDeployment(standardWithPrerequisites());
    expect(p.register!.asOf).toBeNull();
    expect(certRow(p, "edge1.litware.com", "edge-internal")).toMatchObject({ daysLeft: null, status: "ok" });
    expect(p.lifecycle![0].yearsSince).toBeNull();
  });
});

describe("S9 on literal cases", () => {
  const withCert = (cert: Record<string, unknown>, edit?: (d: Record<string, unknown>) => void) =>
    enterpriseWithPrerequisites((d) => {
      d.certificates = [cert];
      edit?.(d);
    });
  const edgeCert = { server: "edge1.litware.com", keyBackup: "\\\\vault01\\pfx\\x.pfx" };

  it.each([
    ["public", "2027-03-08", 90, "expiring"],
    ["public", "2027-03-09", 91, "ok"],
    ["enterprise", "2027-01-07", 30, "expiring"],
    ["enterprise", "2027-01-08", 31, "ok"],
    ["enterprise", "2026-12-08", 0, "expiring"],
    ["enterprise", "2026-12-07", -1, "expired"],
  ])("an %s CA certificate expiring %s: %i days left, %s", (issuer, expires, days, status) => {
    const p = planDeployment(withCert({ ...edgeCert, use: "access-edge-external", subject: "sip.litware.com", issuer, expires }), {
      asOfMs: AS_OF,
    });
    expect(certRow(p, "edge1.litware.com", "access-edge-external")).toMatchObject({ daysLeft: days, status });
  });

  it("names each naming rule of facts 9.3", () => {
    const p = planDeployment(
      enterpriseWithPrerequisites((d) => {
        d.certificates = [
          {
            ...edgeCert,
            use: "access-edge-external",
            subject: "access.litware.com",
            san: ["*.litware.com"],
            issuer: "enterprise",
            expires: "2028-01-01",
          },
          {
            ...edgeCert,
            server: "ocspool1server1.litware.com",
            use: "pool",
            subject: "ocspool1server1.litware.com",
            issuer: "enterprise",
            expires: "2028-01-01",
          },
        ];
      }),
      { asOfMs: AS_OF },
    );
    expect(certRow(p, "edge1.litware.com", "access-edge-external").problems).toEqual([
      "a wildcard name: OCS 2007 R2 services do not start with wildcard certificates",
      "subject must be sip.litware.com (the Access Edge's external name the SRV records point to)",
      "issued by an enterprise CA: public IM connectivity and anonymous meeting users need a certificate from a public CA",
    ]);
    expect(certRow(p, "ocspool1server1.litware.com", "pool").problems).toEqual(["subject must be the pool's FQDN ocspool1.litware.com"]);
    expect(p.gaps.find((g) => g.id === "certificate-naming:ocspool1server1.litware.com:pool")).toMatchObject({
      severity: "warning",
      rules: ["S9"],
    });
  });

  it("A/V authentication certificates that differ within an Edge array", () => {
    const av = {
      use: "av-authentication",
      subject: "av.litware.com",
      issuer: "enterprise",
      expires: "2028-01-01",
      keyBackup: "\\\\vault01\\pfx\\av.pfx",
    };
    const plan = (second: string) =>
      planDeployment(
        enterpriseWithPrerequisites((d) => {
          (d.servers as Record<string, unknown>[]).push({
            fqdn: "edge2.litware.com",
            site: "Redmond",
            roles: ["access-edge", "web-conferencing-edge", "av-edge"],
          });
          d.certificates = [
            { ...av, server: "edge1.litware.com", thumbprint: "A".repeat(40) },
            { ...av, server: "edge2.litware.com", thumbprint: second },
          ];
        }),
        { asOfMs: AS_OF },
      );
    expect(certRow(plan("A".repeat(40)), "edge2.litware.com", "av-authentication").problems).toEqual([]);
    const differs = plan("B".repeat(40));
    expect(certRow(differs, "edge2.litware.com", "av-authentication").problems).toEqual([
      "differs from the other A/V authentication certificates of the Edge array (edge1.litware.com, edge2.litware.com): all need the same certificate and private key",
    ]);
    expect(registerGaps(differs)).toContain("warning certificate-naming:edge1.litware.com:av-authentication");
  });
});

describe("S10, L1, L2 and L3 on literal cases", () => {
  it("a needed record listed with another target differs", () => {
    const p = planDeployment(
      enterpriseWithPrerequisites((d) => {
        d.dnsRecords = [{ name: "_sipinternaltls._tcp.litware.com", type: "SRV", target: "dir1.litware.com", port: 5061 }];
      }),
      { asOfMs: AS_OF },
    );
    expect(p.register!.dns[1]).toMatchObject({ status: "differs", listedTarget: "dir1.litware.com:5061", target: "ocspool1.litware.com" });
    expect(p.gaps.find((g) => g.id === "dns-record-differs:SRV:_sipinternaltls._tcp.litware.com")!.message).toBe(
      "The SRV record _sipinternaltls._tcp.litware.com (port 5061) is listed as dir1.litware.com:5061, but the topology needs ocspool1.litware.com (automatic sign-in of internal clients: the one pool or Standard Edition server that signs clients in).",
    );
  });

  it("L1 is info in the first year after the end of support, a warning after", () => {
    const d = enterpriseWithPrerequisites();
    const gap = (asOf: string) =>
      planDeployment(d, { asOfMs: Date.parse(asOf) }).gaps.find((g) => g.id === "end-of-support:windows-server-2008")!;
    expect(gap("2020-06-01T00:00:00Z").severity).toBe("info");
    expect(gap("2021-02-01T00:00:00Z").severity).toBe("warning");
    expect(gap("2026-12-08T00:00:00Z").message).toBe(
      "Windows Server 2008 has been out of support since 2020-01-14 (6.9 years) on 8 servers: sql01.litware.com, ocspool1server1.litware.com, ocspool1server2.litware.com, dir1.litware.com, arch1.litware.com and 3 more. No fixes, and no help from the vendor during a restore.",
    );
  });

  const expressWith = (rtcGb: number) =>
    standardWithPrerequisites((d) => {
      (d.databases as { name: string; sizeGb: number }[]).find((b) => b.name === "RTC")!.sizeGb = rtcGb;
    });
  it.each([
    [3, null],
    [3.2, "warning"],
    [3.6, "warning"],
    [3.7, "critical"],
  ])("L2: RTC of %s GB on SQL Server 2005 Express: %s", (gb, severity) => {
    const gap = planDeployment(expressWith(gb), { asOfMs: AS_OF }).gaps.find(
      (g) => g.id === "express-database-size:ocsse1.litware.com:RTC",
    );
    expect(gap?.severity ?? null).toBe(severity);
  });

  it("L2 takes the latest good backup's size from the evidence over the deployment's", () => {
    const run = (at: string, bytes: number, result: "ok" | "failed" = "ok"): EvidenceRun => ({
      line: 2,
      kind: "database",
      server: "ocsse1.litware.com",
      item: "RTC",
      finishedAt: at,
      finishedAtMs: Date.parse(at),
      sizeBytes: bytes,
      result,
    });
    const GIB = 1024 ** 3;
    const p = planDeployment(expressWith(1), {
      evidence: {
        runs: [
          run("2026-12-06T01:00:00Z", 2 * GIB),
          run("2026-12-07T01:00:00Z", 3.8 * GIB),
          run("2026-12-08T01:00:00Z", 1 * GIB, "failed"),
        ],
        asOfMs: AS_OF,
      },
    });
    expect(p.gaps.find((g) => g.id === "express-database-size:ocsse1.litware.com:RTC")).toMatchObject({
      severity: "critical",
      message:
        "RTC on ocsse1.litware.com is 3.8 GB (the latest backup, 2026-12-07T01:00:00.000Z); SQL Server 2005 Express stops writing a database at 4 GB (error 1105).",
      rules: ["L2"],
    });
  });

  it("L3 names the servers without a recorded patch level, and media not at hand", () => {
    const p = planDeployment(
      enterpriseWithPrerequisites((d) => {
        const sql01 = (d.servers as Record<string, unknown>[])[0];
        delete sql01.os;
        sql01.sql = { version: "2005", edition: "standard" };
        (d.recovery as Record<string, unknown>).mediaAvailable = false;
      }),
      { asOfMs: AS_OF },
    );
    expect(p.gaps.find((g) => g.id === "platform-not-recorded")).toMatchObject({
      severity: "warning",
      message:
        "The exact patch level to restore is not recorded for 1 server: sql01.litware.com (operating system, SQL Server service pack). The install media and updates are not at hand.",
      rules: ["L3"],
    });
  });
});

describe("the register in the plan's Markdown", () => {
  it("has the certificate, DNS, port and end-of-support tables, only for a plan with a register", async () => {
    const { planToMarkdown } = await import("../markdown");
    const md = planToMarkdown(planDeployment(standardWithPrerequisites(), { asOfMs: AS_OF }));
    expect(md).toContain("## Restore prerequisites (S9, S10, S11)");
    expect(md).toContain(
      "| edge1.litware.com | Edge internal | edge1.litware.com | 2026-11-30 | -8 | **expired** | \\\\vault01\\pfx\\edge1-internal.pfx | – |",
    );
    expect(md).toContain("| _sip._tls.litware.com | SRV | sip.litware.com:443 | – | **missing** |");
    expect(md).toContain("| Windows Server 2003 and 2003 R2 | 2015-07-14 | ocsse1.litware.com |");
    expect(planToMarkdown(planDeployment(enterprise()))).not.toContain("Restore prerequisites");
  });
});

describe("evidence certificate rows the model does not list", () => {
  it("are one warning per server and thumbprint, counting its rows", async () => {
    const { unlistedCertificateWarnings } = await import("./observations");
    const d = standardWithPrerequisites();
    const reading = (line: number, server: string, thumbprint: string) => ({
      line,
      server,
      thumbprint,
      readAtMs: AS_OF,
      expiresAtMs: AS_OF,
      result: "ok" as const,
    });
    expect(
      unlistedCertificateWarnings(d, [
        reading(2, "ocsse1.litware.com", "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567"),
        reading(3, "edge1.litware.com", "F".repeat(40)),
        reading(4, "edge1.litware.com", "F".repeat(40)),
        reading(5, "edge1.litware.com", ""),
      ]),
    ).toEqual([
      {
        line: 3,
        column: 3,
        field: "item",
        message: `certificate ${"F".repeat(40)} read on edge1.litware.com is not in the model's certificates: the register shows it as found on that server`,
        rows: 2,
      },
    ]);
  });
});
