// Digests of evidence uploads judge exactly as the uploads' runs do (rules P2, B10): the same items,
// ages, data loss, failed runs, statuses, counts and warnings, at any time from the last upload on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EvidenceRun } from "../formats/evidence";
import { analyseEvidence } from "./evidence";
import { analyseDigests, digestEvidence } from "./evidence-digest";
import { planDeployment } from "./plan";
import { enterprise } from "./testing/fixtures";

const d = enterprise();
const plan = planDeployment(d);
const HOUR = 3_600_000;
const T0 = Date.parse("2026-09-01T00:00:00Z");

// Things a file may name: planned items, a pool's separate global and pool exports, and rows the plan
// does not count (a server the deployment lacks, a machine export of a non-OCS server).
const THINGS: Pick<EvidenceRun, "kind" | "server" | "item">[] = [
  { kind: "database", server: "sql01.litware.com", item: "RTC" },
  { kind: "database", server: "sql01.litware.com", item: "rtc" },
  { kind: "database", server: "mon1.litware.com", item: "RTCCDR" },
  { kind: "settings", server: "ocspool1server1.litware.com", item: "global-pool" },
  { kind: "settings", server: "ocspool1server1.litware.com", item: "global" },
  { kind: "settings", server: "ocspool1server1.litware.com", item: "pool" },
  { kind: "settings", server: "dir1.litware.com", item: "machine" },
  { kind: "share", server: null, item: "meeting-content" },
  { kind: "database", server: "sql99.litware.com", item: "RTC" },
  { kind: "settings", server: "sql01.litware.com", item: "machine" },
];

const runArb = fc.record({
  thing: fc.integer({ min: 0, max: THINGS.length - 1 }),
  // Hours after T0, some of them after the upload that carries them.
  hour: fc.integer({ min: 0, max: 24 * 30 }),
  ok: fc.boolean(),
});

const uploadsArb = fc.array(fc.record({ runs: fc.array(runArb, { maxLength: 40 }), gapHours: fc.integer({ min: 0, max: 24 * 12 }) }), {
  minLength: 1,
  maxLength: 5,
});

function filesOf(uploads: { runs: { thing: number; hour: number; ok: boolean }[]; gapHours: number }[]) {
  let at = T0 + 5 * 24 * HOUR;
  return uploads.map((u) => {
    at += u.gapHours * HOUR;
    const runs: EvidenceRun[] = u.runs.map((r, i) => {
      const ms = T0 + r.hour * HOUR;
      return {
        line: i + 2,
        ...THINGS[r.thing],
        finishedAt: new Date(ms).toISOString(),
        finishedAtMs: ms,
        sizeBytes: null,
        result: r.ok ? "ok" : "failed",
      };
    });
    return { uploadedAt: at, runs };
  });
}

describe("evidence digests", () => {
  it("judge as the uploads' runs do, at each upload and later", () => {
    fc.assert(
      fc.property(uploadsArb, fc.integer({ min: 0, max: 24 * 20 }), (uploads, afterHours) => {
        const files = filesOf(uploads);
        const digests = files.map((f) => digestEvidence(f.runs, f.uploadedAt));
        for (let i = 0; i < files.length; i++) {
          const asOfs = [files[i].uploadedAt, files[i].uploadedAt + afterHours * HOUR];
          for (const asOfMs of asOfs) {
            const runs = files.slice(0, i + 1).flatMap((f) => f.runs);
            expect(analyseDigests(d, plan, digests.slice(0, i + 1), asOfMs)).toEqual(analyseEvidence(d, plan, { runs, asOfMs }));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps one good run per thing and only the failed runs that can still count", () => {
    const at = (h: number) => T0 + h * HOUR;
    const run = (thing: number, h: number, ok: boolean, line: number): EvidenceRun => ({
      line,
      ...THINGS[thing],
      finishedAt: "",
      finishedAtMs: at(h),
      sizeBytes: null,
      result: ok ? "ok" : "failed",
    });
    const digest = digestEvidence(
      [run(0, 1, false, 2), run(0, 2, true, 3), run(0, 3, false, 4), run(0, 4, true, 5), run(0, 5, false, 6), run(0, 30, true, 7)],
      at(10),
    );
    expect(digest.entries).toEqual([
      {
        kind: "database",
        server: "sql01.litware.com",
        item: "RTC",
        line: 2,
        rows: 6,
        good: 2,
        failed: 3,
        first: at(1),
        lastGood: at(4),
        failures: [at(5)],
      },
    ]);
    expect(digest.later).toEqual([{ kind: "database", server: "sql01.litware.com", item: "RTC", line: 7, at: at(30), ok: true }]);
  });

  it("refuses to judge a digest before its own time", () => {
    const digest = digestEvidence([], T0);
    expect(() => analyseDigests(d, plan, [digest], T0 - 1)).toThrow(/only at or after/);
  });
});
