// History of the evidence: each upload judged at its time with the uploads known then gives the
// verdict, the score and the data loss really allowed, per item and for the deployment (P2, B10).
import { describe, expect, it } from "vitest";
import { EVIDENCE_HEADER, parseEvidenceCsv, type EvidenceRun } from "../formats/evidence";
import { evidenceItemsFor } from "./evidence";
import { digestEvidence } from "./evidence-digest";
import { historyItemsOf, historyPoint } from "./evidence-history";
import { planDeployment } from "./plan";
import { enterprise, type Json } from "./testing/fixtures";

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
const runs = (rows: string[]): EvidenceRun[] => {
  const r = parseEvidenceCsv([EVIDENCE_HEADER, ...rows].join("\n"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.runs;
};

// Every target within reach, so the evidence alone decides the verdict.
const d = enterprise((x: Json) => {
  for (const w of x.priorities.workloads) {
    w.rtoHours = 48;
    w.rpoHours = 24;
  }
  x.backup.settingsFrequencyHours = 24;
  x.backup.restoreTested = true;
  x.dependencies.reverseProxy.backedUp = true;
  for (const s of x.servers) s.spareHardware = true;
});
const plan = planDeployment(d);
const items = evidenceItemsFor(d, plan);
const everyItemAt = (ms: number, result = "ok") => items.map((i) => `${i.kind},${i.server ?? ""},${i.item},${iso(ms)},,${result}`);

describe("history points", () => {
  const u1 = at("2026-11-01T06:00:00Z");
  const u2 = at("2026-11-05T06:00:00Z");
  const first = digestEvidence(runs(everyItemAt(u1 - 4 * HOUR)), u1);
  // The second file brings only a failed run of RTC: every other item's last good backup is now four days old.
  const second = digestEvidence(runs([`database,sql01.litware.com,RTC,${iso(u2 - 4 * HOUR)},,failed`]), u2);

  it("judges an upload at its own time: every item backed up last night leaves the plan's verdict", () => {
    expect(plan.assessment.verdict).toBe("protected");
    const p = historyPoint(d, plan, [first], u1, "upload");
    expect(p).toMatchObject({ at: "2026-11-01T06:00:00Z", source: "upload", verdict: "protected", score: plan.assessment.score });
    expect(p.actualRpoHours).toHaveLength(items.length);
    // On schedule, each item allows what the plan allows.
    expect(p.actualRpoHours).toEqual(items.map((i) => Math.round(i.plannedRpoHours * 10) / 10));
  });

  it("with the uploads known then, stale backups make the deployment not protected and raise the data loss", () => {
    const p = historyPoint(d, plan, [first, second], u2, "upload");
    expect(p.verdict).toBe("not-protected");
    expect(p.score).toBeLessThan(plan.assessment.score);
    // Four nightly runs missed: the last good backup is 4 days and 4 hours old, the next run ends a day later.
    const rtc = historyItemsOf(d, plan).findIndex((i) => i.item === "RTC");
    expect(p.actualRpoHours[rtc]).toBeGreaterThanOrEqual(100);
    expect(p.worstActualRpoHours).toBe(Math.max(...p.actualRpoHours.map((h) => h ?? 0)));
    expect(p.itemsNotWithinTarget).toBe(items.length);
  });

  it("counts accepted gaps out of the verdict", () => {
    const gapIds = planDeployment(d, { evidence: { runs: [...runs(everyItemAt(u1 - 4 * HOUR)), ...runs([])], asOfMs: u2 } })
      .gaps.filter((g) => g.id.startsWith("evidence-"))
      .map((g) => g.id);
    expect(gapIds.length).toBeGreaterThan(0);
    expect(historyPoint(d, plan, [first, second], u2, "upload", gapIds).verdict).toBe("protected");
  });

  it("before any good backup an item allows no known data loss", () => {
    const p = historyPoint(d, plan, [digestEvidence(runs([]), u1)], u1, "start");
    expect(p.worstActualRpoHours).toBeNull();
    expect(p.actualRpoHours.every((h) => h === null)).toBe(true);
    expect(p.verdict).toBe("not-protected");
  });
});
