// Certificates pasted by an administrator: certutil output (fixtures as Windows prints them, CRLF) and a CSV.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { certutilDate, describeImportProblem, parseCertificateCsv, parseCertutilStore } from "./certificate-import";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");

describe("certutil -store my", () => {
  it("reads subject (the CN), issuer, NotAfter and thumbprint of every certificate", () => {
    const r = parseCertutilStore(fixture("certutil-store-my.txt"));
    expect(r).toEqual({
      ok: true,
      certificates: [
        {
          line: 2,
          subject: "edge1.litware.com",
          san: [],
          issuerName: "CN=Litware Enterprise CA, DC=litware, DC=com",
          issuer: "enterprise",
          expires: "2028-01-31",
          thumbprint: "3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B",
        },
        {
          line: 17,
          subject: "sip.litware.com",
          san: [],
          issuerName: "CN=Contoso Public Issuing CA 2, O=Contoso Trust, C=US",
          issuer: "public",
          expires: "2027-09-30",
          thumbprint: "9B8E7D6C5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B0C",
        },
      ],
    });
  });

  it("refuses a hostile subject and SAN with their line numbers, and reports every other bad line", () => {
    const r = parseCertutilStore(fixture("certutil-hostile.txt"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(describeImportProblem)).toEqual([
      'line 21: Subject: expected a DNS name such as "sip.litware.com" (or "*.litware.com"), not "ocspool1.litware.com & net user evil p@ss /add"',
      'line 25: DNS Name: expected a DNS name such as "sip.litware.com" (or "*.litware.com"), not "ocspool1.litware.com\\"; rm -rf /"',
      'line 29: NotAfter "31.01.2028 10:00" is not a date this import reads: expected M/D/YYYY (as English Windows prints it) or YYYY-MM-DD',
      'line 31: Cert Hash(sha1): expected 40 hex digits, not "zz"',
    ]);
  });

  it("keeps the first certificate of the hostile paste readable on its own, SAN without repeats", () => {
    const text = fixture("certutil-hostile.txt").split("\r\n").slice(0, 15).join("\r\n");
    const r = parseCertutilStore(text);
    expect(r.ok && r.certificates.map((c) => [c.subject, c.san, c.thumbprint])).toEqual([
      ["ocspool1.litware.com", ["ocspool1.litware.com", "ocspool1server1.litware.com"], "11223344556677889900AABBCCDDEEFF11223344"],
    ]);
  });

  it("says what is missing", () => {
    expect(parseCertutilStore("hello")).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          column: 0,
          message: 'no "================ Certificate 0 ================" block found: paste the output of certutil -store my',
        },
      ],
    });
    const r = parseCertutilStore("================ Certificate 0 ================\nSubject: CN=a.litware.com\n");
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      "certificate at line 1 has no Issuer: line",
      "certificate at line 1 has no NotAfter: line",
      "certificate at line 1 has no Cert Hash(sha1): line",
    ]);
  });

  it.each([
    ["1/31/2028 10:00 AM", "2028-01-31"],
    ["12/1/2027 11:59 PM", "2027-12-01"],
    ["2/29/2028", "2028-02-29"],
    ["2028-01-31 10:00", "2028-01-31"],
  ])("reads the date %s", (text, date) => {
    expect(certutilDate(text)).toEqual({ ok: true, date });
  });

  it.each(["2/29/2027", "31/1/2028", "13/01/2028 10:00"])("refuses the date %s", (text) => {
    expect(certutilDate(text).ok).toBe(false);
  });
});

describe("certificate CSV", () => {
  const header = "server,use,subject,san,issuer,expires,thumbprint,keyBackup";

  it("reads rows into the deployment format's certificates", () => {
    const r = parseCertificateCsv(
      [
        header,
        "edge1.litware.com,access-edge-external,sip.litware.com,sip.litware.com;sip.fabrikam.com,public,2027-03-01,3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B,\\\\vault01\\pfx\\sip.pfx",
        "Edge1.Litware.com,av-authentication,edge1.litware.com,,enterprise,2028-01-31,,",
      ].join("\r\n"),
    );
    expect(r).toEqual({
      ok: true,
      certificates: [
        {
          server: "edge1.litware.com",
          use: "access-edge-external",
          subject: "sip.litware.com",
          san: ["sip.litware.com", "sip.fabrikam.com"],
          issuer: "public",
          expires: "2027-03-01",
          thumbprint: "3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B",
          keyBackup: "\\\\vault01\\pfx\\sip.pfx",
        },
        {
          server: "edge1.litware.com",
          use: "av-authentication",
          subject: "edge1.litware.com",
          issuer: "enterprise",
          expires: "2028-01-31",
        },
      ],
    });
  });

  it("names line and column of every bad cell, a hostile subject among them", () => {
    const r = parseCertificateCsv(
      [
        header,
        'edge1.litware.com,edge,"sip.litware.com"" & calc",,ca,2027-13-01,xyz,\\\\vault01\\pfx\\a|b.pfx',
        "edge1.litware.com,pool",
        "",
        "edge1.litware.com,pool,ocspool1.litware.com,,enterprise,,,",
      ].join("\n"),
    );
    expect(r.ok ? [] : r.problems.map(describeImportProblem)).toEqual([
      "line 2, column 2 (use): expected a certificate use: one of edge-internal, access-edge-external, web-conferencing-edge-external, av-authentication, pool, standard-edition, director, mediation, web-components, reverse-proxy",
      'line 2, column 3 (subject): the certificate\'s subject name: expected a DNS name such as "sip.litware.com" (or "*.litware.com"), not "sip.litware.com\\" & calc"',
      "line 2, column 5 (issuer): expected an issuer kind: one of public, enterprise",
      "line 2, column 6 (expires): expected a real date as YYYY-MM-DD (UTC), such as 2027-03-01",
      "line 2, column 7 (thumbprint): expected a thumbprint of 40 hex digits (SHA-1), without spaces",
      'line 2, column 8 (keyBackup): the key backup: "|" is not allowed in a path a backup job uses (none of & | < > ^ % ! " * ? nor control characters)',
      "line 3: expected 8 columns, found 2",
      "line 5, column 6 (expires): expected a real date as YYYY-MM-DD (UTC), such as 2027-03-01",
    ]);
  });

  it("refuses another header and unreadable quoting", () => {
    expect(parseCertificateCsv("subject,server\n")).toEqual({
      ok: false,
      problems: [{ line: 1, column: 0, message: `expected the header ${header}` }],
    });
    const r = parseCertificateCsv(`${header}\nedge1.litware.com,"pool,x\n`);
    expect(r.ok).toBe(false);
  });
});
