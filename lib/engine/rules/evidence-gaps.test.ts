// The gaps the evidence shows (P2, B1, B10), literally: one gap per item that is stale, failing, without
// a good backup or without any run, with its severity, wording and the fix for its kind of backup.
import { describe, expect, it } from "vitest";
import type { EvidenceItem, EvidenceSection } from "../../formats/plan";
import { evidenceGapsFor } from "./evidence-gaps";

const item = (over: Partial<EvidenceItem>): EvidenceItem => ({
  kind: "database",
  server: "sql01.litware.com",
  item: "RTC",
  subject: "RTC on sql01.litware.com",
  lastGoodAt: "2026-11-27T01:00:00Z",
  ageHours: 55,
  actualRpoHours: 79.5,
  targetHours: 24,
  meets: false,
  failedRuns: 0,
  plannedRpoHours: 24.5,
  frequencyHours: 24,
  status: "ok",
  lastRunAt: "2026-11-27T01:00:00Z",
  lastRunResult: "ok",
  withinTarget: false,
  rules: ["P2"],
  ...over,
});

const section = (items: EvidenceItem[]): EvidenceSection => ({ asOf: "2026-11-29T08:00:00Z", items }) as unknown as EvidenceSection;
const RULES = ["P2", "B1", "B10"];
const SQL_FIX =
  "Check the backup job of RTC on sql01.litware.com (SQL Server Agent job, or the scheduled task on SQL Server 2005 Express), run a full backup with RESTORE VERIFYONLY, and upload the evidence again.";

describe("evidence gaps", () => {
  it("a stale backup with a target is critical, names its age, the loss it allows and the target, and counts failed runs", () => {
    expect(evidenceGapsFor(section([item({ status: "stale", failedRuns: 2 })]))).toEqual([
      {
        id: "evidence-stale:RTC@sql01.litware.com",
        severity: "critical",
        subject: "RTC on sql01.litware.com",
        message:
          "The last good backup of RTC on sql01.litware.com finished 55 h ago (2026-11-27T01:00:00Z): a loss before the next run would cost up to 79.5 h of data, where the target is 24 h and the plan allows 24.5 h. 2 runs failed since.",
        fix: SQL_FIX,
        rules: RULES,
      },
    ]);
  });

  it("a stale settings export without a target is a warning, with one failed run and the LCSCmd fix", () => {
    const [gap] = evidenceGapsFor(
      section([
        item({
          kind: "settings",
          item: "ocspool1-global-pool",
          subject: "the settings export on fe1",
          server: "fe1.litware.com",
          status: "stale",
          targetHours: null,
          failedRuns: 1,
        }),
      ]),
    );
    expect(gap).toEqual({
      id: "evidence-stale:ocspool1-global-pool@fe1.litware.com",
      severity: "warning",
      subject: "the settings export on fe1",
      message:
        "The last good backup of the settings export on fe1 finished 55 h ago (2026-11-27T01:00:00Z): a loss before the next run would cost up to 79.5 h of data, where the plan allows 24.5 h. 1 run failed since.",
      fix: "Run the LCSCmd export on fe1.litware.com, check the file is complete (S5), and upload the evidence again.",
      rules: RULES,
    });
  });

  it("failing runs with a good backup still in the plan are a warning; one run and several read differently", () => {
    const share = item({
      kind: "share",
      server: null,
      item: "meeting-content",
      subject: "the meeting-content share",
      status: "failed-runs",
      failedRuns: 1,
    });
    const shareFix =
      "Check the file copy of the meeting-content share (robocopy exit code 8 or higher is a failure), run it again, and upload the evidence again.";
    expect(evidenceGapsFor(section([share, item({ status: "failed-runs", failedRuns: 3 })]))).toEqual([
      {
        id: "evidence-failed:meeting-content",
        severity: "warning",
        subject: "the meeting-content share",
        message:
          "The latest run of the backup of the meeting-content share failed; the last good one (2026-11-27T01:00:00Z) still keeps the data loss within the plan, until the next run fails too.",
        fix: shareFix,
        rules: RULES,
      },
      {
        id: "evidence-failed:RTC@sql01.litware.com",
        severity: "warning",
        subject: "RTC on sql01.litware.com",
        message:
          "The latest 3 runs of the backup of RTC on sql01.litware.com failed; the last good one (2026-11-27T01:00:00Z) still keeps the data loss within the plan, until the next run fails too.",
        fix: SQL_FIX,
        rules: RULES,
      },
    ]);
  });

  it("no good backup at all is critical whatever the target; no run at all is critical with a target, a warning without", () => {
    const gaps = evidenceGapsFor(
      section([
        item({ status: "no-good-backup", failedRuns: 4, targetHours: null, lastGoodAt: null }),
        item({ status: "no-evidence", item: "LCSLog", subject: "LCSLog on arch1", server: "arch1.litware.com" }),
        item({ status: "no-evidence", item: "RTCCDR", subject: "RTCCDR on mon1", server: "mon1.litware.com", targetHours: null }),
        item({ status: "ok" }),
      ]),
    );
    expect(gaps.map((g) => [g.id, g.severity])).toEqual([
      ["evidence-no-good-backup:RTC@sql01.litware.com", "critical"],
      ["evidence-missing:LCSLog@arch1.litware.com", "critical"],
      ["evidence-missing:RTCCDR@mon1.litware.com", "warning"],
    ]);
    expect(gaps[0].message).toBe(
      "Every run of the backup of RTC on sql01.litware.com in the evidence failed (4): there is no backup to restore.",
    );
    expect(gaps[0].fix).toBe(SQL_FIX);
    expect(gaps[1].message).toBe("The evidence has no run at all for LCSLog on arch1: nothing shows that it is backed up.");
    expect(gaps[1].fix).toBe(
      "Add it to the backup jobs and to the evidence script of the job pack, or check why the script does not report it. Check the backup job of LCSLog on arch1.litware.com (SQL Server Agent job, or the scheduled task on SQL Server 2005 Express), run a full backup with RESTORE VERIFYONLY, and upload the evidence again.",
    );
    for (const g of gaps) expect(g.rules).toEqual(RULES);
  });
});
