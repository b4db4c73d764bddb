// planDeployment as a whole: the extra fields, warnings and assumption overrides.
import { describe, expect, it } from "vitest";
import { PLAN_FORMAT, planSchema } from "../formats/plan";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";
import { planDeployment } from "./plan";
import { enterprise } from "./testing/fixtures";

describe("planDeployment", () => {
  it("names the format and the deployment and fills every extension field", () => {
    const plan = planDeployment(enterprise());
    expect(plan.format).toBe(PLAN_FORMAT);
    expect(plan.deployment).toBe("Litware headquarters (Enterprise, consolidated)");
    expect(Object.keys(plan)).toEqual([
      "format",
      "deployment",
      "settingsExports",
      "databaseBackups",
      "fileShareBackups",
      "scenarios",
      "rpo",
      "gaps",
      "environmentBackups",
      "postExportChecks",
      "permissions",
      "checklists",
      "warnings",
      "assumptions",
      "backupWindow",
      "storage",
      "assessment",
      "restoreBriefing",
      "bia",
    ]);
    expect(planSchema.parse(plan).checklists!.bestPractices).toHaveLength(9);
  });

  it("carries the caller's consistency warnings first, then its own notes", () => {
    const plan = planDeployment(
      enterprise((d) => (d.dependencies.activeDirectory.backedUp = false)),
      {
        warnings: [{ path: "sites", message: "no site is marked central", severity: "warning" }],
      },
    );
    expect(plan.warnings[0]).toEqual({ source: "deployment", path: "sites", message: "no site is marked central" });
    expect(plan.warnings.slice(1).map((w) => w.source)).toEqual(["engine", "engine"]);
    expect(plan.warnings[1].message).toMatch(/rebuild path/);
  });

  it("uses the default assumptions, or the caller's, and reports unusable overrides", () => {
    expect(planDeployment(enterprise()).assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    const plan = planDeployment(enterprise(), { assumptions: { osBuildMinutes: 30, sqlRestoreGbPerHour: 0 } });
    expect(plan.assumptions.osBuildMinutes).toBe(30);
    expect(plan.assumptions.sqlRestoreGbPerHour).toBe(DEFAULT_ASSUMPTIONS.sqlRestoreGbPerHour);
    expect(plan.warnings.find((w) => w.path === "assumptions.sqlRestoreGbPerHour")!.message).toMatch(/not usable/);
    const rebuild = plan.scenarios
      .find((s) => s.id === "loss-of-server:dir1.litware.com")!
      .steps.find((x) => x.title.startsWith("Rebuild Windows"))!;
    expect(rebuild.minutes).toBe(30);
  });
});
