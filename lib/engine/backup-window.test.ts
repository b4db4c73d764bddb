import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import { validateDeployment } from "../formats/parse-deployment";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";
import { backedUpSizes, backupWindowFor, storageFor } from "./backup-window";

const load = (change?: (d: Deployment) => void): Deployment => {
  const raw = JSON.parse(readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-enterprise-consolidated.json"), "utf8"));
  change?.(raw);
  const r = validateDeployment(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.deployment;
};
const a = {
  ...DEFAULT_ASSUMPTIONS,
  sqlBackupGbPerHour: 100,
  fileBackupGbPerHour: 100,
  settingsExportMinutes: 3,
  storageUsdPerGbMonth: 0.1,
};

describe("backup window (B2)", () => {
  it("counts only what the rules back up: RTC, LCSLog, RTCCDR, QoEMetrics and the meeting shares (D1-D7)", () => {
    // 25 + 120 + 30 + 45 GB of databases; RTCConfig and RTCDyn are not backed up (D2, D3).
    // 60 + 2 + 15 GB of shares; the address book is not (D7).
    expect(backedUpSizes(load())).toEqual({ databaseGb: 220, fileShareGb: 77 });
  });

  it("runs databases, then shares, then settings from the window start, and checks the low-usage hours", () => {
    const w = backupWindowFor(load(), a, 8);
    expect(w.runs.map((r) => r.kind)).toEqual(["databases", "file-shares", "settings"]);
    expect(w.runs[0]).toEqual({ kind: "databases", startHour: 1, hours: 2.2 });
    expect(w.runs[1].startHour).toBe(3.2);
    expect(w.totalHours).toBeCloseTo(2.2 + 0.77 + 0.4, 2);
    expect(w.fitsLowUsage).toBe(true);
    expect(w.hours[1].running).toContain("databases");
    expect(w.hours[12].running).toEqual([]);
  });

  it("does not fit when the backups start at noon, or when 6-hourly backups run through the day", () => {
    expect(
      backupWindowFor(
        load((d) => (d.backup.windowStartHour = 12)),
        a,
        8,
      ).fitsLowUsage,
    ).toBe(false);
    const sixHourly = backupWindowFor(
      load((d) => (d.backup.databaseFrequencyHours = 6)),
      a,
      8,
    );
    expect(sixHourly.runs.filter((r) => r.kind === "databases").map((r) => r.startHour)).toEqual([1, 7, 13, 19]);
    expect(sixHourly.fitsLowUsage).toBe(false);
  });

  it("marks the default low-usage hours 22:00 to 06:00, the end hour excluded", () => {
    const w = backupWindowFor(load(), a, 8);
    expect(w.lowUsage).toEqual({ startHour: 22, endHour: 6 });
    expect(w.hours.filter((h) => h.lowUsage).map((h) => h.hour)).toEqual([0, 1, 2, 3, 4, 5, 22, 23]);
  });

  it("a larger database never shortens the window", () => {
    const small = backupWindowFor(load(), a, 8).totalHours;
    const big = backupWindowFor(
      load((d) => (d.databases![0].sizeGb = 500)),
      a,
      8,
    ).totalHours;
    expect(big).toBeGreaterThan(small);
  });
});

describe("storage and cost (P4)", () => {
  it("keeps retentionCopies full copies plus the off-site set, against the budget", () => {
    const s = storageFor(load(), a, 8);
    expect(s.fullCopyGb).toBeCloseTo(297.01, 2);
    expect(s.retainedGb).toBeCloseTo(297.008 * 14, 1);
    expect(s.offsiteGb).toBe(s.retainedGb);
    expect(s.monthlyCostUsd).toBeCloseTo(s.totalGb * 0.1, 1);
    expect(s.budgetUsd).toBe(1500);
    expect(s.withinBudget).toBe(true);
  });

  it("no off-site copy halves the storage; no budget gives no verdict", () => {
    const s = storageFor(
      load((d) => ((d.backup.offsiteCopy = false), delete d.priorities.monthlyBudgetUsd)),
      a,
      8,
    );
    expect(s.offsiteGb).toBe(0);
    expect(s.withinBudget).toBeNull();
  });
});
