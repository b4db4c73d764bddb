// Rules P2, B1, B10: what the evidence of real runs says about every item the plan backs up.
import { beforeEach, describe, expect, it } from "vitest";
import { EVIDENCE_HEADER, parseEvidenceCsv, type EvidenceRun } from "../formats/evidence";
import { planSchema } from "../formats/plan";
import { analyseEvidence, evidenceItemsFor, runGraceMs } from "./evidence";
import { planDeployment } from "./plan";
import { enterprise, standard } from "./testing/fixtures";

const runs = (...rows: string[]): EvidenceRun[] => {
  const r = parseEvidenceCsv([EVIDENCE_HEADER, ...rows].join("\n"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.runs;
};
const at = (iso: string) => Date.parse(iso);
const d = enterprise();
// Planned again before each test (not once while the file is collected): mutation testing links a
// mutant of the engine only to the tests during which the mutated code ran.
let plan: ReturnType<typeof planDeployment>;
beforeEach(() => {
  plan = planDeployment(d);
});
const analyse = (asOf: string, ...rows: string[]) => analyseEvidence(d, plan, { runs: runs(...rows), asOfMs: at(asOf) });
const itemOf = (asOf: string, key: { item: string; server?: string | null }, ...rows: string[]) => {
  const found = analyse(asOf, ...rows).items.find((i) => i.item === key.item && (key.server === undefined || i.server === key.server));
  if (!found) throw new Error(`no item ${key.item}`);
  return found;
};

describe("the items the plan backs up", () => {
  it("lists every backed-up database, the global+pool export per pool on its chosen server, a machine export per OCS server, and each backed-up share", () => {
    expect(evidenceItemsFor(d, plan).map((i) => [i.kind, i.server, i.item])).toEqual([
      ["database", "sql01.litware.com", "RTC"],
      ["database", "arch1.litware.com", "LCSLog"],
      ["database", "mon1.litware.com", "RTCCDR"],
      ["database", "mon1.litware.com", "QoEMetrics"],
      ["settings", "ocspool1server1.litware.com", "global-pool"],
      ["settings", "ocspool1server1.litware.com", "machine"],
      ["settings", "ocspool1server2.litware.com", "machine"],
      ["settings", "dir1.litware.com", "machine"],
      ["settings", "arch1.litware.com", "machine"],
      ["settings", "mon1.litware.com", "machine"],
      ["settings", "med1.litware.com", "machine"],
      ["settings", "edge1.litware.com", "machine"],
      ["share", null, "meeting-content"],
      ["share", null, "meeting-metadata"],
      ["share", null, "compliance-log"],
    ]);
  });

  it("leaves out what the plan does not back up (RTCConfig, RTCDyn, the address book files)", () => {
    const keys = evidenceItemsFor(d, plan).map((i) => i.item);
    expect(keys).not.toContain("RTCDyn");
    expect(keys).not.toContain("RTCConfig");
    expect(keys).not.toContain("address-book");
  });

  it("includes a share the plan backs up under any content, such as the normalization rules file (D9)", () => {
    // The deployment format gains a `normalization-rules` share content with extension 1; the plan lists it like any share.
    const withRules = {
      ...plan,
      fileShareBackups: [
        ...plan.fileShareBackups,
        { content: "normalization-rules", path: "\\\\fs01\\ocs\\abs", backUp: true, frequencyHours: 24, rules: ["D9"] },
      ],
    };
    const items = evidenceItemsFor(d, withRules as typeof plan);
    expect(items.at(-1)).toMatchObject({
      kind: "share",
      server: null,
      item: "normalization-rules",
      frequencyHours: 24,
      rules: ["P2", "B1", "B10", "D9"],
    });
  });

  it("makes several shares of one content one item (evidence names a share by its content)", () => {
    const two = enterprise((j) => {
      j.fileShares.push({ content: "meeting-content", path: "\\\\fs02\\ocs\\meetings", sizeGb: 300 });
    });
    const items = evidenceItemsFor(two, planDeployment(two)).filter((i) => i.item === "meeting-content");
    expect(items).toHaveLength(1);
    expect(items[0].subject).toBe("meeting-content share at \\\\fs01\\ocs\\meetings, \\\\fs02\\ocs\\meetings");
    expect(items[0].plannedRpoHours).toBe(26);
  });

  it("takes each item's interval from the deployment and its target from the workloads that use it", () => {
    const items = evidenceItemsFor(d, plan);
    expect(items.find((i) => i.item === "RTC")).toMatchObject({ frequencyHours: 24, targetHours: 24, plannedRpoHours: 24.25 });
    expect(items.find((i) => i.item === "LCSLog")).toMatchObject({ frequencyHours: 24, targetHours: 4 });
    expect(items.find((i) => i.item === "global-pool")).toMatchObject({ frequencyHours: 168, targetHours: null, plannedRpoHours: 168 });
  });

  it("uses the plan's default interval when the deployment takes no backups today", () => {
    const none = standard((j) => {
      j.backup.databaseFrequencyHours = 0;
    });
    const items = evidenceItemsFor(none, planDeployment(none));
    expect(items.filter((i) => i.kind === "database").every((i) => i.frequencyHours === 24)).toBe(true);
  });
});

describe("as-of arithmetic (P2): age, and the data loss the last good backup allows now", () => {
  // RTC: nightly (24 h), 25 GB at 100 GB/h = 0.25 h per run, so the plan allows 24.25 h.
  it("on schedule: the age, and the planned RPO as the data loss allowed", () => {
    const rtc = itemOf("2026-11-28T12:00:00Z", { item: "RTC" }, "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,,ok");
    expect(rtc).toMatchObject({ lastGoodAt: "2026-11-28T01:42:10Z", ageHours: 10.3, actualRpoHours: 24.3, status: "ok", failedRuns: 0 });
  });

  it("rule: evidence exactly at its target meets it (Standard example, an on-schedule night)", () => {
    // Standard Edition: RTC on ocsse1 (SQL Express, 0.03 h to back up), the meeting metadata and the
    // compliance log shares (0.00 and 0.01 h to copy), each nightly against a 24 h data loss target.
    // Backed up at 01:00, judged at 12:00: the next run is due at 01:00 tomorrow, so each allows
    // 24 h + its run time, 24.0 h once rounded to 0.1 h: exactly the target, which meets it.
    const se = standard();
    const sePlan = planDeployment(se);
    const section = analyseEvidence(se, sePlan, {
      runs: runs(
        "database,ocsse1.litware.com,RTC,2026-11-28T01:00:00Z,,ok",
        "share,,meeting-metadata,2026-11-28T01:00:00Z,,ok",
        "share,,compliance-log,2026-11-28T01:00:00Z,,ok",
      ),
      asOfMs: at("2026-11-28T12:00:00Z"),
    });
    const judged = section.items
      .filter((i) => ["RTC", "meeting-metadata", "compliance-log"].includes(i.item))
      .map((i) => ({ item: i.item, actualRpoHours: i.actualRpoHours, targetHours: i.targetHours, meets: i.meets, status: i.status }));
    expect(judged).toEqual([
      { item: "RTC", actualRpoHours: 24, targetHours: 24, meets: true, status: "ok" },
      { item: "meeting-metadata", actualRpoHours: 24, targetHours: 24, meets: true, status: "ok" },
      { item: "compliance-log", actualRpoHours: 24, targetHours: 24, meets: true, status: "ok" },
    ]);
  });

  it("one missed run adds one interval: the spec's example is stale", () => {
    const rtc = itemOf(
      "2026-11-29T08:00:00Z",
      { item: "RTC" },
      "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,12884901888,ok",
      "database,sql01.litware.com,RTC,2026-11-27T01:40:55Z,,failed",
    );
    // 30.3 h old; the run due at 2026-11-29T01:42 never came, so the next chance ends 2026-11-30T01:42: 48 h + 0.25 h.
    expect(rtc).toMatchObject({ ageHours: 30.3, actualRpoHours: 48.3, targetHours: 24, meets: false, failedRuns: 0, status: "stale" });
  });

  it("gives a late run a grace of a quarter interval (at most 6 h) before calling it missed", () => {
    expect(runGraceMs(24)).toBe(6 * 3_600_000);
    expect(runGraceMs(4)).toBe(3_600_000);
    const row = "database,sql01.litware.com,RTC,2026-11-28T01:00:00Z,,ok";
    expect(itemOf("2026-11-29T07:00:00Z", { item: "RTC" }, row)).toMatchObject({ ageHours: 30, actualRpoHours: 30.3, status: "ok" });
    expect(itemOf("2026-11-29T07:00:01Z", { item: "RTC" }, row)).toMatchObject({ actualRpoHours: 48.3, status: "stale" });
    // Ten days without a good run: the next chance is the one after now.
    expect(itemOf("2026-12-08T12:00:00Z", { item: "RTC" }, row)).toMatchObject({ ageHours: 251, actualRpoHours: 264.3, status: "stale" });
  });

  it("counts failed runs since the last good one, not before it", () => {
    const rtc = itemOf(
      "2026-11-28T12:00:00Z",
      { item: "RTC" },
      "database,sql01.litware.com,RTC,2026-11-26T01:00:00Z,,failed",
      "database,sql01.litware.com,RTC,2026-11-28T01:00:00Z,,ok",
      "database,sql01.litware.com,RTC,2026-11-28T05:00:00Z,,failed",
      "database,sql01.litware.com,RTC,2026-11-28T07:00:00+01:00,,failed",
    );
    expect(rtc).toMatchObject({
      failedRuns: 2,
      status: "failed-runs",
      lastRunAt: "2026-11-28T06:00:00Z",
      lastRunResult: "failed",
      actualRpoHours: 24.3,
    });
  });

  it("a failed nightly run leaves the previous good one, one interval older", () => {
    const rtc = itemOf(
      "2026-11-29T08:00:00Z",
      { item: "RTC" },
      "database,sql01.litware.com,RTC,2026-11-28T01:40:00Z,,ok",
      "database,sql01.litware.com,RTC,2026-11-29T01:42:00Z,,failed",
    );
    expect(rtc).toMatchObject({ failedRuns: 1, status: "stale", actualRpoHours: 48.3 });
  });

  it("compares times across zones", () => {
    const rtc = itemOf("2026-11-28T12:00:00+01:00", { item: "RTC" }, "database,sql01.litware.com,RTC,2026-11-28T03:00:00+02:00,,ok");
    expect(rtc).toMatchObject({ lastGoodAt: "2026-11-28T01:00:00Z", ageHours: 10 });
  });

  it("does not count runs after the as-of time, and says so", () => {
    const e = analyse(
      "2026-11-28T12:00:00Z",
      "database,sql01.litware.com,RTC,2026-11-28T01:00:00Z,,ok",
      "database,sql01.litware.com,RTC,2026-11-29T01:00:00Z,,failed",
    );
    expect(e.items[0]).toMatchObject({ failedRuns: 0, status: "ok" });
    expect(e.warnings).toEqual([
      { line: 3, column: 4, field: "finishedAt", message: "finished after the as-of time (2026-11-28T12:00:00Z): not counted", rows: 1 },
    ]);
  });

  it("only failures: no good backup; nothing at all: no evidence", () => {
    const e = analyse("2026-11-28T12:00:00Z", "database,sql01.litware.com,RTC,2026-11-28T01:00:00Z,,failed");
    expect(e.items[0]).toMatchObject({
      status: "no-good-backup",
      lastGoodAt: null,
      ageHours: null,
      actualRpoHours: null,
      failedRuns: 1,
      meets: false,
    });
    expect(e.items[1]).toMatchObject({ item: "LCSLog", status: "no-evidence", failedRuns: 0, lastRunAt: null });
  });

  it("counts a run present in two overlapping uploads once", () => {
    const row = "database,sql01.litware.com,RTC,2026-11-28T05:00:00Z,,failed";
    const rtc = itemOf("2026-11-28T12:00:00Z", { item: "RTC" }, "database,sql01.litware.com,RTC,2026-11-28T01:00:00Z,,ok", row, row);
    expect(rtc.failedRuns).toBe(1);
  });

  it("accepts separate global and pool exports of the pool's server together: the older one counts", () => {
    const gp = itemOf(
      "2026-11-28T12:00:00Z",
      { item: "global-pool" },
      "settings,ocspool1server1.litware.com,global,2026-11-27T03:00:00Z,,ok",
      "settings,ocspool1server1.litware.com,pool,2026-11-25T03:00:00Z,,ok",
    );
    expect(gp).toMatchObject({ lastGoodAt: "2026-11-25T03:00:00Z", status: "ok" });
    const onlyGlobal = itemOf(
      "2026-11-28T12:00:00Z",
      { item: "global-pool" },
      "settings,ocspool1server1.litware.com,global,2026-11-27T03:00:00Z,,ok",
    );
    expect(onlyGlobal).toMatchObject({ lastGoodAt: null, status: "no-good-backup" });
  });
});

describe("rows naming what the deployment lacks are warnings, not errors", () => {
  it("names the first line and column and counts the rows", () => {
    const e = analyse(
      "2026-11-28T12:00:00Z",
      "database,sql09.litware.com,RTC,2026-11-28T01:00:00Z,,ok",
      "database,sql09.litware.com,RTC,2026-11-27T01:00:00Z,,ok",
      "database,sql01.litware.com,master,2026-11-28T01:00:00Z,,ok",
      "database,sql01.litware.com,RTCDyn,2026-11-28T01:00:00Z,,ok",
      "settings,ocspool1server2.litware.com,global-pool,2026-11-28T01:00:00Z,,ok",
      "settings,sql01.litware.com,machine,2026-11-28T01:00:00Z,,ok",
      "share,,address-book,2026-11-28T01:00:00Z,,ok",
      "share,,chat-logs,2026-11-28T01:00:00Z,,ok",
    );
    expect(e.warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [2, 2, "the deployment has no server sql09.litware.com: not counted (2 rows)"],
      [4, 3, "the deployment has no database master on sql01.litware.com: not counted"],
      [5, 3, "the plan does not back up RTCDyn on sql01.litware.com (rules D2, D3: it holds no data worth restoring): not counted"],
      [6, 3, "the plan exports global and pool settings on another server, not on ocspool1server2.litware.com (rule S2): not counted"],
      [7, 3, "the plan takes no machine-level export of sql01.litware.com (not an OCS server): not counted"],
      [8, 3, "the plan does not back up the address-book share (rule D7): not counted"],
      [9, 3, "the deployment has no chat-logs share: not counted"],
    ]);
    expect(e.summary.goodRuns).toBe(0);
  });

  it("matches database names without regard to case, as SQL Server does", () => {
    expect(itemOf("2026-11-28T12:00:00Z", { item: "RTC" }, "database,sql01.litware.com,rtc,2026-11-28T01:00:00Z,,ok").status).toBe("ok");
  });
});

describe("the evidence section and its gaps in the plan", () => {
  const rows = runs(
    "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,,ok",
    "database,mon1.litware.com,RTCCDR,2026-11-20T01:00:00Z,,ok",
    "database,mon1.litware.com,QoEMetrics,2026-11-28T01:00:00Z,,failed",
  );
  let withEvidence: ReturnType<typeof planDeployment>;
  beforeEach(() => {
    withEvidence = planDeployment(d, { evidence: { runs: rows, asOfMs: at("2026-11-28T12:00:00Z") } });
  });

  it("validates against the plan format and keeps format version 1", () => {
    const parsed = planSchema.safeParse(JSON.parse(JSON.stringify(withEvidence)));
    expect(parsed.success).toBe(true);
    expect(withEvidence.format).toBe("ocs-backup-plan-result/v1");
    expect(withEvidence.evidence!.asOf).toBe("2026-11-28T12:00:00Z");
  });

  it("turns stale, failed and missing items into gaps citing P2, B1 and B10, most severe first", () => {
    const gaps = withEvidence.gaps.filter((g) => g.id.startsWith("evidence-"));
    expect(gaps.find((g) => g.id === "evidence-stale:RTCCDR@mon1.litware.com")).toMatchObject({
      severity: "critical",
      rules: ["P2", "B1", "B10"],
    });
    expect(gaps.find((g) => g.id === "evidence-no-good-backup:QoEMetrics@mon1.litware.com")).toMatchObject({ severity: "critical" });
    expect(gaps.find((g) => g.id === "evidence-missing:LCSLog@arch1.litware.com")).toMatchObject({ severity: "critical" });
    // Settings have no target: missing evidence for them is a warning.
    expect(gaps.find((g) => g.id === "evidence-missing:machine@edge1.litware.com")).toMatchObject({ severity: "warning" });
    expect(gaps.some((g) => g.id.includes("RTC@"))).toBe(false);
    const order = withEvidence.gaps.map((g) => g.severity);
    expect(order).toEqual(
      [...order].sort((a, b) => ["critical", "warning", "info"].indexOf(a) - ["critical", "warning", "info"].indexOf(b)),
    );
  });

  it("adds nothing without evidence", () => {
    expect("evidence" in plan).toBe(false);
    expect(plan.gaps.some((g) => g.id.startsWith("evidence-"))).toBe(false);
    expect(withEvidence.gaps.filter((g) => !g.id.startsWith("evidence-"))).toEqual(plan.gaps);
  });

  it("says whether all items are within target", () => {
    expect(withEvidence.evidence!.summary).toMatchObject({
      items: 15,
      ok: 1,
      stale: 1,
      noGoodBackup: 1,
      noEvidence: 12,
      allItemsWithinTarget: false,
    });
  });
});

describe("all items within target", () => {
  it("is true when every item has a good backup within its target (or, without one, no run missed)", () => {
    const relaxed = enterprise((j) => {
      for (const w of j.priorities.workloads) w.rpoHours = 48;
    });
    const p = planDeployment(relaxed);
    const asOf = at("2026-11-28T12:00:00Z");
    const rows = evidenceItemsFor(relaxed, p).map((i) => `${i.kind},${i.server ?? ""},${i.item},2026-11-28T02:00:00Z,,ok`);
    const ok = analyseEvidence(relaxed, p, { runs: runs(...rows), asOfMs: asOf });
    expect(ok.summary).toMatchObject({ ok: 15, allItemsWithinTarget: true });
    const withoutOne = analyseEvidence(relaxed, p, { runs: runs(...rows.slice(1)), asOfMs: asOf });
    expect(withoutOne.summary).toMatchObject({ noEvidence: 1, allItemsWithinTarget: false });
  });
});

describe("evidence feeds the assessment (B10)", () => {
  it("an item without any evidence is a gap the verdict and the score count; a fully evidenced plan adds none", () => {
    const asOfMs = at("2026-11-28T12:00:00Z");
    const without = planDeployment(d, { evidence: { runs: [], asOfMs } });
    const missing = without.gaps.filter((g) => g.id.startsWith("evidence-missing:"));
    expect(missing.length).toBe(without.evidence!.items.length);
    const scored = without.assessment.breakdown.filter((b) => b.gapId?.startsWith("evidence-missing:"));
    expect(scored.length).toBeGreaterThan(0);
    expect(without.assessment.score).toBeLessThan(plan.assessment.score);

    const allGood = runs(...evidenceItemsFor(d, plan).map((i) => `${i.kind},${i.server ?? ""},${i.item},2026-11-28T02:00:00Z,,ok`));
    const fresh = planDeployment(d, { evidence: { runs: allGood, asOfMs } });
    expect(fresh.gaps.filter((g) => g.id.startsWith("evidence-"))).toEqual([]);
    expect(fresh.assessment.score).toBe(plan.assessment.score);
  });
});
