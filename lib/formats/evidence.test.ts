import { describe, expect, it } from "vitest";
import { describeEvidenceProblem, EVIDENCE_HEADER, evidenceToCsv, MAX_LISTED_PROBLEMS, parseEvidenceCsv, parseZonedTime } from "./evidence";

const file = (...rows: string[]) => [EVIDENCE_HEADER, ...rows].join("\r\n") + "\r\n";
const errorsOf = (text: string) => {
  const r = parseEvidenceCsv(text);
  if (r.ok) throw new Error("expected errors");
  return r.errors.map(describeEvidenceProblem);
};
const runsOf = (text: string) => {
  const r = parseEvidenceCsv(text);
  if (!r.ok) throw new Error(r.errors.map(describeEvidenceProblem).join("\n"));
  return r.runs;
};

describe("evidence file: the spec's example", () => {
  const example = file(
    "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,12884901888,ok",
    "settings,ocspool1server1.litware.com,global-pool,2026-11-23T03:05:00Z,482113,ok",
    "settings,edge1.litware.com,machine,2026-11-23T03:09:41Z,90211,ok",
    "share,,meeting-content,2026-11-28T02:31:00Z,42949672960,ok",
    "database,sql01.litware.com,RTC,2026-11-27T01:40:55Z,,failed",
  );

  it("reads every row with its line, kind, server, time and size", () => {
    const runs = runsOf(example);
    expect(runs.map((r) => [r.line, r.kind, r.server, r.item, r.result])).toEqual([
      [2, "database", "sql01.litware.com", "RTC", "ok"],
      [3, "settings", "ocspool1server1.litware.com", "global-pool", "ok"],
      [4, "settings", "edge1.litware.com", "machine", "ok"],
      [5, "share", null, "meeting-content", "ok"],
      [6, "database", "sql01.litware.com", "RTC", "failed"],
    ]);
    expect(runs[0].finishedAtMs).toBe(Date.UTC(2026, 10, 28, 1, 42, 10));
    expect(runs[0].sizeBytes).toBe(12884901888);
    expect(runs[4].sizeBytes).toBeNull();
  });

  it("writes back to the same runs", () => {
    const runs = runsOf(example);
    expect(runsOf(evidenceToCsv(runs))).toEqual(runs);
  });
});

describe("evidence file: header", () => {
  it("accepts a file with only the header (no runs)", () => {
    expect(runsOf(EVIDENCE_HEADER)).toEqual([]);
    expect(runsOf(EVIDENCE_HEADER + "\n")).toEqual([]);
  });

  it("accepts a UTF-8 byte order mark, LF line ends and blank lines, counting lines as written", () => {
    const runs = runsOf(`\uFEFF${EVIDENCE_HEADER}\n\nshare,,compliance-log,2026-11-28T02:31:00Z,,ok\n\n`);
    expect(runs).toHaveLength(1);
    expect(runs[0].line).toBe(3);
  });

  it("refuses an empty file", () => {
    expect(errorsOf("")).toEqual([`line 1: the file is empty: the first line must be the header ${EVIDENCE_HEADER}`]);
  });

  it("names unknown, missing and misplaced columns", () => {
    expect(errorsOf("kind,server,item,finishedAt,sizeBytes,result,note\n")).toEqual([
      `line 1, column 7: unknown column "note" (the header must be exactly ${EVIDENCE_HEADER})`,
    ]);
    expect(errorsOf("kind,server,item,finishedAt,sizeBytes\n")).toEqual([
      `line 1, column 6 (result): the header lacks the column result (expected ${EVIDENCE_HEADER})`,
    ]);
    expect(errorsOf("kind,item,server,finishedAt,sizeBytes,result\n")[0]).toMatch(
      /^line 1, column 2 \(server\): column 2 must be server, not item/,
    );
    expect(errorsOf("Kind,server,item,finishedAt,sizeBytes,result\n")[0]).toMatch(/^line 1, column 1 \(kind\): unknown column "Kind"/);
  });
});

describe("evidence file: rows", () => {
  it("names the line and column of every bad value, all in one pass", () => {
    expect(
      errorsOf(file("tape,sql01.litware.com,RTC,2026-11-28T01:42:10Z,,ok", "database,sql01,RTC,2026-11-28T01:42:10Z,-5,maybe")),
    ).toEqual([
      'line 2, column 1 (kind): expected a kind: one of database, settings, share, certificate, not "tape"',
      'line 3, column 2 (server): expected a server FQDN such as sql01.litware.com, not "sql01"',
      'line 3, column 5 (sizeBytes): expected the size in bytes as a whole number (or nothing), not "-5"',
      'line 3, column 6 (result): expected a result: ok or failed, not "maybe"',
    ]);
  });

  it("knows the settings levels and wants a server for settings and databases but none for shares", () => {
    expect(errorsOf(file("settings,fe1.litware.com,everything,2026-11-28T01:42:10Z,,ok"))).toEqual([
      'line 2, column 3 (item): expected a settings level: one of global-pool, global, pool, machine, not "everything"',
    ]);
    expect(errorsOf(file("database,,RTC,2026-11-28T01:42:10Z,,ok"))).toEqual([
      "line 2, column 2 (server): a database row needs the server's FQDN",
    ]);
    expect(errorsOf(file("share,fs01.litware.com,meeting-content,2026-11-28T01:42:10Z,,ok"))).toEqual([
      "line 2, column 2 (server): a share row has an empty server (the share is named by its content in item)",
    ]);
    expect(errorsOf(file("share,,,2026-11-28T01:42:10Z,,ok"))).toEqual(["line 2, column 3 (item): the item is empty"]);
  });

  it("keeps unknown database names and share contents for the analysis to warn about", () => {
    const runs = runsOf(
      file("database,sql01.litware.com,master,2026-11-28T01:42:10Z,,ok", "share,,normalization-rules,2026-11-28T01:42:10Z,,ok"),
    );
    expect(runs.map((r) => r.item)).toEqual(["master", "normalization-rules"]);
  });

  it("lower-cases server names", () => {
    expect(runsOf(file("database,SQL01.Litware.COM,RTC,2026-11-28T01:42:10Z,,ok"))[0].server).toBe("sql01.litware.com");
  });

  it("names the first missing or first extra column of a row of the wrong length", () => {
    expect(errorsOf(file("database,sql01.litware.com,RTC"))).toEqual([
      "line 2, column 4 (finishedAt): 3 values where the header has 6: the row lacks finishedAt, sizeBytes, result",
    ]);
    expect(errorsOf(file("database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,1,ok,x"))).toEqual([
      "line 2, column 7: 7 values where the header has 6: remove the extra values or quote a value that contains a comma",
    ]);
  });

  it("refuses sizes beyond what a number holds exactly", () => {
    expect(errorsOf(file("database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,9999999999999999,ok"))).toEqual([
      "line 2, column 5 (sizeBytes): 9999999999999999 bytes is too large to be a backup size",
    ]);
  });

  it("lists at most MAX_LISTED_PROBLEMS problems but counts them all", () => {
    const rows = Array.from({ length: MAX_LISTED_PROBLEMS + 50 }, () => "database,sql01.litware.com,RTC,yesterday,,ok");
    const r = parseEvidenceCsv(file(...rows));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(MAX_LISTED_PROBLEMS);
      expect(r.errorCount).toBe(MAX_LISTED_PROBLEMS + 50);
    }
  });
});

describe("evidence file: RFC 4180 quoting", () => {
  it("reads quoted values, doubled quotes and commas inside quotes", () => {
    const runs = runsOf(file('"database","sql01.litware.com","Sales, ""old""",2026-11-28T01:42:10Z,"12",ok'));
    expect(runs[0].item).toBe('Sales, "old"');
    expect(runs[0].sizeBytes).toBe(12);
  });

  it("counts lines inside a quoted value and still names the right line afterwards", () => {
    const errors = errorsOf(
      file('database,"sql01.litware.com\r\nsql02",RTC,2026-11-28T01:42:10Z,,ok', "database,sql01.litware.com,RTC,never,,ok"),
    );
    expect(errors[0]).toMatch(
      /^line 2, column 2 \(server\): expected a server FQDN such as sql01.litware.com, not "sql01.litware.com\\r\\nsql02"$/,
    );
    expect(errors[1]).toMatch(/^line 4, column 4 \(finishedAt\): /);
  });

  it("reports a stray quote with its line and column", () => {
    expect(errorsOf(file("share,,meeting-content,2026-11-28T01:42:10Z,,ok", 'share,,meet"ing",2026-11-28T01:42:10Z,,ok'))).toEqual([
      'line 3, column 3 (item): a quote in the middle of a value: quote the whole value and write each quote inside it as "" (RFC 4180)',
    ]);
  });

  it("reports a quote that is never closed at the row where it opens", () => {
    expect(
      errorsOf(file("share,,meeting-content,2026-11-28T01:42:10Z,,ok", 'share,,"meeting-content,2026-11-28T01:42:10Z,,ok', "x")),
    ).toEqual([
      'line 3, column 3 (item): a quoted value is never closed (a field that starts with " must end with "; write a quote inside it as "")',
    ]);
  });
});

describe("evidence file: times", () => {
  it("needs a zone", () => {
    expect(errorsOf(file("database,sql01.litware.com,RTC,2026-11-28T01:42:10,,ok"))).toEqual([
      'line 2, column 4 (finishedAt): "2026-11-28T01:42:10" has no time zone: add Z (UTC) or an offset such as +01:00',
    ]);
    expect(errorsOf(file("database,sql01.litware.com,RTC,2026-11-28 01:42,,ok"))[0]).toMatch(/has no time zone/);
    expect(errorsOf(file("database,sql01.litware.com,RTC,2026-11-28,,ok"))[0]).toMatch(/expected an ISO 8601 date and time with a zone/);
  });

  it("applies offsets, fractions and short forms", () => {
    const at = (t: string) => {
      const r = parseZonedTime(t);
      if (!r.ok) throw new Error(r.message);
      return r.ms;
    };
    expect(at("2026-11-28T02:42:10+01:00")).toBe(at("2026-11-28T01:42:10Z"));
    expect(at("2026-11-27T20:12:10-05:30")).toBe(at("2026-11-28T01:42:10Z"));
    expect(at("2026-11-28T01:42Z")).toBe(Date.UTC(2026, 10, 28, 1, 42));
    expect(at("2026-11-28T01:42:10.250Z")).toBe(Date.UTC(2026, 10, 28, 1, 42, 10, 250));
    expect(at("2024-02-29T00:00:00Z")).toBe(Date.UTC(2024, 1, 29));
  });

  it("refuses dates and times that do not exist", () => {
    for (const t of [
      "2026-02-29T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-11-31T00:00:00Z",
      "2026-11-28T24:00:00Z",
      "2026-11-28T01:60:00Z",
      "2026-11-28T01:00:00+15:00",
    ])
      expect(parseZonedTime(t).ok, t).toBe(false);
  });
});
