// The assumptions behind the estimates, and the durations derived from them.
import { describe, expect, it } from "vitest";
import { ASSUMPTION_TABLE, DEFAULT_ASSUMPTIONS, resolveAssumptions } from "./assumptions";
import { durationsFor } from "./durations";
import { enterprise, standard } from "./testing/fixtures";

describe("assumptions", () => {
  it("each has a label, a unit and a source, and says whether it is a planning assumption", () => {
    for (const row of ASSUMPTION_TABLE) {
      expect(row.label.length).toBeGreaterThan(0);
      expect(row.source.length).toBeGreaterThan(0);
      expect(DEFAULT_ASSUMPTIONS[row.key]).toBe(row.value);
    }
    expect(ASSUMPTION_TABLE.find((r) => r.key === "decisionMinutes")!.source).toMatch(/decision time/);
    expect(ASSUMPTION_TABLE.every((r) => r.assumption)).toBe(true);
  });

  it("refuses unusable overrides: zero rates, factors below 1, hours outside the day, unknown names", () => {
    const { assumptions, rejected } = resolveAssumptions({
      fileRestoreGbPerHour: 0,
      untrainedFactor: 0.5,
      lowUsageStartHour: 24,
      osBuildMinutes: -1,
      validationMinutes: 10,
      ...({ nonsense: 1 } as object),
    });
    expect(assumptions.validationMinutes).toBe(10);
    expect(rejected.map((r) => r.key)).toEqual([
      "fileRestoreGbPerHour",
      "untrainedFactor",
      "lowUsageStartHour",
      "osBuildMinutes",
      "nonsense",
    ]);
  });
});

describe("durations", () => {
  it("procurement: nothing with a spare, otherwise the vendor SLA (B8)", () => {
    const dur = durationsFor(enterprise(), DEFAULT_ASSUMPTIONS);
    expect(dur.procurement(true)).toBe(0);
    expect(dur.procurement(false)).toBe(8 * 60);
  });

  it("transfer from a remote location: size x 8 x 1024 / Mbit/s / 60 minutes; none when backups are local", () => {
    expect(durationsFor(enterprise(), DEFAULT_ASSUMPTIONS).transfer(25)).toBe(Math.ceil((25 * 8 * 1024) / 200 / 60));
    expect(durationsFor(standard(), DEFAULT_ASSUMPTIONS).transfer(25)).toBeUndefined();
    expect(
      durationsFor(
        enterprise((d) => (d.backup.bandwidthMbps = 0)),
        DEFAULT_ASSUMPTIONS,
      ).transfer(25),
    ).toBe(DEFAULT_ASSUMPTIONS.mediaShippingMinutes);
  });

  it("restores at the assumed throughput, and slows hands-on work by the untrained factor (B7)", () => {
    expect(durationsFor(enterprise(), DEFAULT_ASSUMPTIONS).sqlRestore(25)).toBe(30);
    expect(durationsFor(standard(), DEFAULT_ASSUMPTIONS).work(60)).toBe(90);
    expect(durationsFor(enterprise(), DEFAULT_ASSUMPTIONS).work(60)).toBe(60);
  });
});
