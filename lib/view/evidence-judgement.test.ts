// One evidence-aware judgement: with backup evidence showing RTC's last good backup 93 h old, no
// QoEMetrics backup at all and a failed LCSLog run, the overview's data-loss table shows the actual data
// loss (not the planned RPO) and the verdict line names the worst evidence problem.
import { describe, expect, it } from "vitest";
import { EVIDENCE_HEADER, parseEvidenceCsv } from "../formats/evidence";
import { planDeployment } from "../engine/plan";
import { enterprise } from "../engine/testing/fixtures";
import { rpoSummaryOf } from "./rpo-summary";
import { verdictViewOf } from "./verdict";
import { evidenceStatusLabel } from "./evidence";

const asOf = "2026-12-05T12:00:00Z";
const evidenceRuns = () => {
  const rows = [
    // RTC: the last good backup 93 h before the as-of time; nothing since (a run missed every night).
    "database,sql01.litware.com,RTC,2026-12-01T15:00:00Z,,ok",
    // LCSLog: good two nights ago, failed last night.
    "database,arch1.litware.com,LCSLog,2026-12-04T02:00:00Z,,ok",
    "database,arch1.litware.com,LCSLog,2026-12-05T02:00:00Z,,failed",
    "database,mon1.litware.com,RTCCDR,2026-12-05T02:00:00Z,,ok",
    // QoEMetrics: no row at all.
  ];
  const r = parseEvidenceCsv([EVIDENCE_HEADER, ...rows].join("\n"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.runs;
};

describe("the overview judged with backup evidence", () => {
  it("the data-loss table changes from the planned RPO to the actual data loss, and says which it shows", () => {
    const d = enterprise();
    const planned = planDeployment(d);
    const judged = planDeployment(d, { evidence: { runs: evidenceRuns(), asOfMs: Date.parse(asOf) } });

    const before = rpoSummaryOf(planned.rpo);
    const after = rpoSummaryOf(judged.rpo, 10, judged.evidence);
    expect(before.basis).toBe("planned");
    expect(after.basis).toBe("evidence");
    expect(after.asOf).toBe(asOf);

    const rtcBefore = before.groups.find((g) => g.data === "RTC")!;
    const rtcAfter = after.groups.find((g) => g.data === "RTC")!;
    expect(rtcBefore.misses).toBe(0);
    expect(rtcAfter.misses).toBe(1);
    expect(rtcAfter.worstHours).toBeGreaterThan(93);

    const qoeBefore = before.groups.find((g) => g.data === "QoEMetrics")!;
    const qoeAfter = after.groups.find((g) => g.data === "QoEMetrics")!;
    expect(qoeBefore.misses).toBe(0);
    expect(qoeAfter).toMatchObject({ worstHours: null, misses: 1 });

    const missed = after.misses.map((m) => `${m.data}: ${m.problem}`);
    expect(missed).toContain("QoEMetrics: no backup in the evidence");
    expect(missed).toContain("RTC: missed: a scheduled run did not happen");
  });

  it("the verdict line names the worst evidence problem beside the worst recovery-time miss", () => {
    const d = enterprise();
    const planned = planDeployment(d);
    const judged = planDeployment(d, { evidence: { runs: evidenceRuns(), asOfMs: Date.parse(asOf) } });
    const without = verdictViewOf(planned, d);
    const withEvidence = verdictViewOf(judged, d);

    expect(without.headline.evidenceText).toBeNull();
    expect(withEvidence.headline.evidenceText).toBe(
      "Backup evidence: QoEMetrics on mon1.litware.com has no good backup to restore (no backup in the evidence).",
    );
    // The first reason (the worst recovery-time miss) stays first; the evidence problem comes right after it.
    expect(withEvidence.reasons[0]).toBe(judged.assessment.reasons[0]);
    expect(withEvidence.reasons[1]).toBe(withEvidence.headline.evidenceText);
    expect(withEvidence.assessment.score).toBeLessThan(without.assessment.score);
  });

  it("the evidence page says failed for a failed run and missed for a missed one", () => {
    const d = enterprise();
    const judged = planDeployment(d, { evidence: { runs: evidenceRuns(), asOfMs: Date.parse(asOf) } });
    const label = (item: string) => evidenceStatusLabel(judged.evidence!.items.find((i) => i.item === item)!);
    expect(label("RTC")).toBe("Stale: a run was missed");
    expect(label("QoEMetrics")).toBe("No evidence");
    expect(label("LCSLog")).toMatch(/failed/i);
    expect(label("LCSLog")).not.toMatch(/missed/);
  });
});
