import { describe, expect, it } from "vitest";
import { formatInZone, formatUtc } from "./times";

describe("run times", () => {
  const d = new Date("2026-11-29T22:05:40Z");
  it("writes UTC, labelled", () => {
    expect(formatUtc(d)).toBe("2026-11-29 22:05 UTC");
  });
  it("writes the viewer's zone with its offset, across midnight and half-hour zones", () => {
    expect(formatInZone(d, "Europe/Berlin")).toBe("2026-11-29 23:05 UTC+01:00");
    expect(formatInZone(d, "Asia/Kolkata")).toBe("2026-11-30 03:35 UTC+05:30");
    expect(formatInZone(d, "America/Los_Angeles")).toBe("2026-11-29 14:05 UTC-08:00");
    expect(formatInZone(d, "UTC")).toBe("2026-11-29 22:05 UTC+00:00");
    // Summer time: the offset follows the date, not today.
    expect(formatInZone(new Date("2026-07-01T12:00:00Z"), "Europe/Berlin")).toBe("2026-07-01 14:00 UTC+02:00");
  });
});
