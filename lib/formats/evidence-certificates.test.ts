// The evidence format's certificate rows extension (evidence-format.md; rule S9): a seventh column
// expiresAt, certificate rows kept apart from the backup runs, every problem with line and column.
import { describe, expect, it } from "vitest";
import { describeEvidenceProblem, parseEvidenceCsv } from "./evidence";

const HEADER7 = "kind,server,item,finishedAt,sizeBytes,result,expiresAt";

describe("evidence certificate rows", () => {
  it("reads certificate rows beside backup runs under the 7-column header", () => {
    const r = parseEvidenceCsv(
      [
        HEADER7,
        "certificate,Edge1.litware.com,3f2a9c0d5e6b7a8190a1b2c3d4e5f60718293a4b,2026-11-28T03:10:00Z,,ok,2027-03-01T12:00:00Z",
        "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,12884901888,ok,",
        "certificate,edge2.litware.com,,2026-11-28T03:12:00Z,,failed,",
      ].join("\r\n") + "\r\n",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.runs.map((x) => [x.kind, x.item, x.line])).toEqual([["database", "RTC", 3]]);
    expect(r.certificates).toEqual([
      {
        line: 2,
        server: "edge1.litware.com",
        thumbprint: "3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B",
        readAtMs: Date.parse("2026-11-28T03:10:00Z"),
        expiresAtMs: Date.parse("2027-03-01T12:00:00Z"),
        result: "ok",
      },
      {
        line: 4,
        server: "edge2.litware.com",
        thumbprint: "",
        readAtMs: Date.parse("2026-11-28T03:12:00Z"),
        expiresAtMs: null,
        result: "failed",
      },
    ]);
  });

  it("keeps six-column files valid, without certificates", () => {
    const r = parseEvidenceCsv("kind,server,item,finishedAt,sizeBytes,result\nshare,,meeting-content,2026-11-28T02:31:00Z,,ok\n");
    expect(r.ok && r.certificates).toEqual([]);
  });

  it("names line and column of each bad certificate value", () => {
    const r = parseEvidenceCsv(
      [
        HEADER7,
        "certificate,not a host,3F2A,2026-11-28T03:10:00,12,maybe,2027-03-01",
        "certificate,edge1.litware.com,3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B,2026-11-28T03:10:00Z,,ok,",
        "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,,ok,2027-03-01T12:00:00Z",
        "certificate,edge1.litware.com,3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B,2026-11-28T03:10:00Z,,ok",
      ].join("\n"),
    );
    expect(r.ok ? [] : r.errors.map(describeEvidenceProblem)).toEqual([
      'line 2, column 2 (server): expected the FQDN of the server whose store was read, not "not a host"',
      'line 2, column 3 (item): expected the certificate\'s thumbprint (40 hex digits), not "3F2A"',
      'line 2, column 4 (finishedAt): "2026-11-28T03:10:00" has no time zone: add Z (UTC) or an offset such as +01:00',
      "line 2, column 5 (sizeBytes): a certificate row has no size: leave it empty",
      'line 2, column 6 (result): expected a result: ok or failed, not "maybe"',
      'line 2, column 7 (expiresAt): expected an ISO 8601 date and time with a zone, such as 2026-11-28T01:42:10Z, not "2027-03-01"',
      "line 3, column 7 (expiresAt): a readable certificate needs its NotAfter as an ISO 8601 time with a zone",
      "line 4, column 7 (expiresAt): only certificate rows have an expiresAt; leave it empty",
      "line 5, column 7 (expiresAt): 6 values where the header has 7: the row lacks expiresAt",
    ]);
  });

  it("refuses a certificate row under the six-column header", () => {
    const r = parseEvidenceCsv(
      "kind,server,item,finishedAt,sizeBytes,result\ncertificate,edge1.litware.com,3F2A9C0D5E6B7A8190A1B2C3D4E5F60718293A4B,2026-11-28T03:10:00Z,,ok\n",
    );
    expect(r.ok ? [] : r.errors.map(describeEvidenceProblem)).toEqual([
      "line 2, column 1 (kind): a certificate row needs the expiresAt column: use the header kind,server,item,finishedAt,sizeBytes,result,expiresAt",
    ]);
  });
});
