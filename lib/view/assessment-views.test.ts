// The views of the assessment: topology colours by recoverability (counts agree), model differences
// for the comparison, and B7 judged from recorded drills.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise, type Json } from "../engine/testing/fixtures";
import { modelDifferences } from "./model-diff";
import { countByStatus, protectionOf } from "./protection";
import { recoverabilityOf, withRecoverability } from "./recoverability";

describe("topology by recoverability", () => {
  it("colours a backed-up server by the worst miss of the ranked workloads it serves", () => {
    const d = enterprise();
    const plan = planDeployment(d);
    const rec = recoverabilityOf(d, plan.assessment.worst);
    // dir1 serves IM and presence (19 h against 4 h since issue 25's scheduler) and remote access: unprotected however well backed up.
    expect(rec.get("dir1.litware.com")).toMatchObject({
      status: "unprotected",
      worst: { workload: "im-presence", hours: 19, targetHours: 4 },
    });
    const combined = withRecoverability(protectionOf(d, plan), rec);
    expect(protectionOf(d, plan).servers.get("dir1.litware.com")!.status).toBe("protected");
    expect(combined.servers.get("dir1.litware.com")!.status).toBe("unprotected");
    const counts = countByStatus(combined.servers.values());
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(d.servers.length);
    expect(counts.unprotected).toBe([...combined.servers.values()].filter((p) => p.status === "unprotected").length);
  });

  it("draws a server green when every ranked workload it serves meets its target", () => {
    const d = enterprise((x: Json) => {
      for (const w of x.priorities.workloads) w.rtoHours = 200;
    });
    const rec = recoverabilityOf(d, planDeployment(d).assessment.worst);
    expect(rec.get("dir1.litware.com")).toEqual({ status: "protected", worst: null });
  });
});

describe("model differences", () => {
  it("names a changed server by its FQDN and a changed practice by its field", () => {
    const a = enterprise();
    const b = enterprise((x: Json) => {
      x.servers[1].spareHardware = true;
      x.recovery.adminsAvailable = 5;
    });
    const diff = modelDifferences(a, b);
    expect(diff).toContainEqual(expect.objectContaining({ what: `servers › ${a.servers[1].fqdn} › spareHardware`, to: "true" }));
    expect(diff).toContainEqual({ what: "recovery › adminsAvailable", kind: "changed", from: "2", to: "5" });
    expect(modelDifferences(a, enterprise())).toEqual([]);
  });
});
