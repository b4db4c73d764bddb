import path from "node:path";
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlanCli } from "./plan-command";
import { planSchema } from "../lib/formats/plan";

const examples = path.resolve(__dirname, "../../shared/examples");
const io = {
  readFile: (p: string) => readFileSync(p, "utf8"),
  fileSize: (p: string) => statSync(p).size,
  now: () => Date.parse("2026-12-01T12:00:00Z"),
};
const standard = path.join(examples, "litware-standard.json");

describe("npm run plan -- --successor", () => {
  it("adds the successor section to the plan JSON", () => {
    const r = runPlanCli([standard, "--successor", "lync-2013"], io);
    expect(r.exitCode).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.stdout));
    expect(plan.successor).toMatchObject({
      target: "lync-2013",
      supported: true,
      paths: ["side-by-side"],
      supportEndsOn: "2023-04-11",
      supportEnded: true,
      rules: ["M1"],
    });
    expect(plan.successor!.migration.map((m) => m.command?.split(" ")[0]).filter(Boolean)).toEqual([
      "Merge-CsLegacyTopology",
      "Import-CsLegacyConfiguration",
      "Import-CsLegacyConferenceDirectory",
      "Import-CsLegacyConfiguration",
      "Move-CsLegacyUser",
    ]);
  });

  it("leaves the plan without the section when not asked", () => {
    const plan = JSON.parse(runPlanCli([standard], io).stdout);
    expect(plan.successor).toBeUndefined();
  });

  it("prints it with --format markdown, the refusal included", () => {
    const r = runPlanCli([standard, "--format", "markdown", "--successor=sfb-2019"], io);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("## The exit: Skype for Business Server 2019 (rule M1)");
    expect(r.stdout).toContain("- Skype for Business Server 2019 has no in-place upgrade: side by side only.");
  });

  it("refuses an unknown target and the job pack format", () => {
    const bad = runPlanCli([standard, "--successor", "sfb-2016"], io);
    expect(bad.exitCode).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^--successor must be one of lync-2013, sfb-2015, sfb-2019, not "sfb-2016"\n/);
    const missing = runPlanCli([standard, "--successor"], io);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/not ""/);
    const jobs = runPlanCli([standard, "--format", "jobs", "--out", "x", "--successor", "lync-2013"], io);
    expect(jobs.exitCode).toBe(2);
    expect(jobs.stderr).toBe("--successor adds to the plan: use it with --format json or markdown\n");
  });
});
