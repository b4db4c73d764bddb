// Issue 25, Extension 2's sites[].domainControllers: a site loss restores Active Directory and imports
// the global settings only when no surviving site holds domain controllers of the forest.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deploymentSchema, type Deployment } from "../../formats/deployment";
import { planDeployment } from "../plan";
import { scenario, step } from "../testing/step-graph";
import { enterprise, enterpriseWithStandbySite } from "../testing/fixtures";

const demo = (): Deployment =>
  deploymentSchema.parse(JSON.parse(readFileSync(path.resolve(__dirname, "../../demo/fabrikam-demo.json"), "utf8")));
const withDcs = (d: Deployment, at: Record<string, boolean>): Deployment => ({
  ...d,
  sites: d.sites.map((s) => (s.name in at ? { ...s, domainControllers: at[s.name] } : s)),
});
const hours = (s: ReturnType<typeof scenario>, w: string) => s.workloads.find((x) => x.workload === w)!.rtoHours;

describe("losing the demo's standby site Dublin (Redmond, the central site, keeps its domain controllers by default)", () => {
  const s = scenario(planDeployment(demo()), "loss-of-site:Dublin");

  it("moves Dublin's users to the surviving pool fabpool01 first and restores nothing over the live forest", () => {
    expect(s.path).toBe("Move the users to fabpool01 first, then rebuild site Dublin");
    expect(s.steps.slice(0, 3).map((x) => x.title)).toEqual([
      "Assess the loss of site Dublin",
      "Confirm fabpool01 has room for the users of fabpooldr",
      "Restore the last RTC backup of fabpooldr to a spare SQL Server instance",
    ]);
    expect(s.steps.map((x) => x.title)).not.toContain("Restore domain information");
    expect(s.steps.map((x) => x.title)).not.toContain("Import the global settings");
    expect(step(s, "Move the users of fabpooldr to fabpool01").detail).toMatch(
      /on the surviving pool fabpool01 with the Move Users wizard/,
    );
    expect(s.notes).toContain(
      "Site Dublin holds no domain controllers of the forest and those at Redmond answer: Active Directory and the global settings it holds stay live, so nothing is restored or imported over them.",
    );
    expect(s.failback).toBeDefined();
  });

  it("brings IM back in 4.1 h instead of 20.05 h", () => {
    // Assess (60) -> confirm fabpool01 has room (validation, 30) -> check that fabpool01 answers before the move (30) -> move the users
    // (60): T+3:00. The IM check waits for its data (issue 25, checks after their data): the contact lists, exported from the spare
    // instance (T+1:08 to T+1:44) and imported into fabpool01 after the move (36 min, T+3:00 to T+3:36); then the check (30):
    // T+4:06 = 4.1 h.
    expect(hours(s, "im-presence")).toBe(4.1);
  });

  it("still rebuilds Dublin's pool in place, without the domain step before it", () => {
    expect(step(s, "Check pool fabpooldr").title).toBe("Check pool fabpooldr");
    expect(step(s, "Rebuild Windows on fabsqldr01.fabrikam.com").title).toMatch(/fabsqldr01/);
  });
});

describe("losing the only site with domain controllers", () => {
  it("restores Active Directory and imports the global settings when Dublin holds the forest's only domain controllers", () => {
    const s = scenario(planDeployment(withDcs(demo(), { Redmond: false, Dublin: true })), "loss-of-site:Dublin");
    expect(s.path).toBeUndefined();
    expect(s.steps[1].title).toBe("Restore domain information");
    expect(step(s, "Import the global settings").dependsOn).toContain(s.steps[1].order);
  });

  it("restores Active Directory when the central site of a one-site deployment is lost (the default)", () => {
    const s = scenario(planDeployment(enterprise()), "loss-of-site:Redmond");
    expect(s.steps.map((x) => x.title)).toContain("Restore domain information");
    expect(s.steps.map((x) => x.title)).toContain("Import the global settings");
  });

  it("does not restore it when a remote site states it holds domain controllers too", () => {
    const d = enterprise();
    const s = scenario(
      planDeployment({ ...d, sites: [...d.sites, { name: "Paris", kind: "remote", domainControllers: true }] }),
      "loss-of-site:Redmond",
    );
    expect(s.steps.map((x) => x.title)).not.toContain("Restore domain information");
    expect(s.steps.map((x) => x.title)).not.toContain("Import the global settings");
  });

  it("the standby fixture's Dublin loss no longer restores the forest either", () => {
    const s = scenario(planDeployment(enterpriseWithStandbySite()), "loss-of-site:Dublin");
    expect(s.steps.map((x) => x.title)).not.toContain("Restore domain information");
  });
});
