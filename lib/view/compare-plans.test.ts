import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "../formats/parse-deployment";
import { planDeployment } from "../engine/plan";
import { comparePlans } from "./compare-plans";

const base = () =>
  JSON.parse(readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-enterprise-consolidated.json"), "utf8"));
const plan = (d: unknown) => {
  const r = validateDeployment(d);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return planDeployment(r.deployment);
};

describe("what-if comparison", () => {
  it("a spare for a front end shortens that server's runbook and changes nothing else", () => {
    const variant = base();
    variant.servers[1].spareHardware = true;
    const c = comparePlans(plan(base()), plan(variant));
    const fe = c.scenarios.find((s) => s.id === "loss-of-server:ocspool1server1.litware.com")!;
    expect(fe.delta).toBeLessThan(0);
    expect(c.scenarios.find((s) => s.id === "loss-of-server:dir1.litware.com")!.delta).toBe(0);
  });

  it("6-hourly database backups lower the data loss of every database", () => {
    const variant = base();
    variant.backup.databaseFrequencyHours = 6;
    const c = comparePlans(plan(base()), plan(variant));
    const dbRows = c.rpo.filter((r) => /^(RTC|LCSLog|RTCCDR|QoEMetrics)\b/.test(r.data));
    expect(dbRows.length).toBeGreaterThan(0);
    for (const r of dbRows) expect(r.delta).toBeLessThan(0);
    expect(c.gaps.critical.b).toBeLessThanOrEqual(c.gaps.critical.a!);
  });

  it("lists scenarios only one side has with the other side empty", () => {
    const variant = base();
    variant.servers.push({ fqdn: "med2.litware.com", site: "Redmond", roles: ["mediation"] });
    const c = comparePlans(plan(base()), plan(variant));
    expect(c.scenarios.find((s) => s.id === "loss-of-server:med2.litware.com")).toMatchObject({ a: null, delta: null });
  });
});
