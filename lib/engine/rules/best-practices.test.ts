// Best practices B1-B9, judged from the deployment's current practice.
import { describe, expect, it } from "vitest";
import { DEFAULT_ASSUMPTIONS } from "../assumptions";
import { enterprise, standard, type Json } from "../testing/fixtures";
import { bestPracticeChecksFor, inLowUsageWindow } from "./best-practices";

const check = (id: string, edit?: (d: Json) => void, base = enterprise) => {
  const c = bestPracticeChecksFor(base(edit), DEFAULT_ASSUMPTIONS).find((b) => b.id === id)!;
  return c;
};

describe("best practices", () => {
  it("are judged in order B1..B9, each citing its rule", () => {
    const all = bestPracticeChecksFor(enterprise(), DEFAULT_ASSUMPTIONS);
    expect(all.map((b) => b.id)).toEqual(["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9"]);
    for (const b of all) expect(b.rules).toContain(b.id);
  });

  it("B1: full backups at least daily pass; less often, or none, fail", () => {
    expect(check("B1").status).toBe("pass");
    expect(check("B1", (d) => (d.backup.databaseFrequencyHours = 48)).status).toBe("fail");
    expect(check("B1", (d) => (d.backup.databaseFrequencyHours = 0)).why).toMatch(/No database backups/);
  });

  it("B2: backups starting in the assumed low-usage hours (22:00-05:59) pass", () => {
    expect(check("B2", (d) => (d.backup.windowStartHour = 23)).status).toBe("pass");
    expect(check("B2", (d) => (d.backup.windowStartHour = 5)).status).toBe("pass");
    expect(check("B2", (d) => (d.backup.windowStartHour = 6)).status).toBe("fail");
    expect(check("B2", (d) => (d.backup.windowStartHour = 14)).why).toMatch(/assumed low-usage hours/);
    expect(inLowUsageWindow(3, { lowUsageStartHour: 1, lowUsageEndHour: 4 })).toBe(true);
    expect(inLowUsageWindow(0, { lowUsageStartHour: 1, lowUsageEndHour: 4 })).toBe(false);
  });

  it("B3: media and updates at hand", () => {
    expect(check("B3").status).toBe("pass");
    expect(check("B3", (d) => (d.recovery.mediaAvailable = false)).status).toBe("fail");
  });

  it("B4, B5: not recorded in the deployment file, so unknown, with why", () => {
    expect(check("B4")).toMatchObject({ status: "unknown", why: expect.stringMatching(/does not record/) });
    expect(check("B5")).toMatchObject({ status: "unknown" });
  });

  it("B6: an end-to-end test restore", () => {
    expect(check("B6").status).toBe("fail");
    expect(check("B6", (d) => (d.backup.restoreTested = true)).status).toBe("pass");
  });

  it("B7: trained staff pass (drills are not recorded); untrained staff fail", () => {
    expect(check("B7")).toMatchObject({ status: "pass", why: expect.stringMatching(/drills/) });
    expect(check("B7", undefined, standard).status).toBe("fail");
  });

  it("B8: spare hardware, a vendor SLA within the strictest target, or a standby site", () => {
    expect(check("B8")).toMatchObject({ status: "pass", why: expect.stringMatching(/spare hardware for 1 of 8 servers/) });
    const noSpare = (d: Json) => d.servers.forEach((s: Json) => (s.spareHardware = false));
    expect(check("B8", noSpare).status).toBe("fail");
    expect(check("B8", (d) => (noSpare(d), (d.recovery.vendorHardwareSlaHours = 4))).status).toBe("pass");
    expect(
      check("B8", (d) => {
        noSpare(d);
        d.sites.push({ name: "Dublin", kind: "standby" });
        d.servers.push({ fqdn: "drmed.litware.com", site: "Dublin", roles: ["mediation"] });
      }).why,
    ).toMatch(/standby site/);
    expect(check("B8", (d) => (noSpare(d), (d.priorities.workloads = []))).status).toBe("unknown");
  });

  it("B9: transaction logs apart from the database files", () => {
    expect(check("B9").status).toBe("pass");
    expect(check("B9", (d) => (d.backup.logsSeparateFromData = false)).status).toBe("fail");
  });
});
