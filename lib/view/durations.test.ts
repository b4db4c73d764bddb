import { describe, expect, it } from "vitest";
import { formatHours, formatMinutes, formatScheduleMinutes } from "./durations";

describe("durations", () => {
  it("formats hours: minutes under an hour, else hours to the given decimals", () => {
    expect(formatHours(0.75)).toBe("45 min");
    expect(formatHours(1.5)).toBe("1.5 h");
    expect(formatHours(8.75)).toBe("8.8 h");
    expect(formatHours(8.75, 2)).toBe("8.75 h");
    expect(formatHours(24)).toBe("24 h");
  });

  it("formats minutes in days, hours and minutes", () => {
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(195)).toBe("3 h 15 min");
    expect(formatMinutes(1440 + 240)).toBe("1 d 4 h");
  });

  it("formats schedule minutes as hours to two decimals", () => {
    expect(formatScheduleMinutes(525)).toBe("8.75 h");
    expect(formatScheduleMinutes(30)).toBe("30 min");
  });
});
