// Honest by construction: applying a recommendation's patch to the deployment file and planning again
// (in full, no shortcut) gives exactly the stated effects and score.
import fc from "fast-check";
import jsonPatch, { type Operation } from "fast-json-patch";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { validateDeployment } from "../../formats/parse-deployment";
import { planDeployment } from "../plan";
import { deploymentArbitrary } from "../testing/arbitrary";
import { enterprise, standard } from "../testing/fixtures";
import { effectsBetween } from "./recommend";
import { assess } from "./score";
import { runs } from "../testing/runs";

function checkHonest(d: Deployment) {
  const plan = planDeployment(d, { recommendations: true });
  const recs = plan.assessment.recommendations!;
  for (const rec of recs) {
    const file = jsonPatch.applyPatch(structuredClone(d), rec.patch as Operation[], true, false).newDocument;
    const parsed = validateDeployment(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok, rec.id).toBe(true);
    if (!parsed.ok) continue;
    const after = planDeployment(parsed.deployment);
    expect(effectsBetween(d, { ...plan, d }, { ...after, d: parsed.deployment }), rec.id).toEqual(rec.effects);
    expect(assess({ ...after, d: parsed.deployment }).score, rec.id).toBe(rec.scoreTo);
  }
  return recs;
}

describe("recommendations", () => {
  it("on the shared examples: every patch gives exactly its stated effects", () => {
    expect(checkHonest(enterprise()).length).toBeGreaterThan(3);
    expect(checkHonest(standard()).length).toBeGreaterThan(3);
  });

  it("property: on generated deployments every patch gives exactly its stated effects", () => {
    let checked = 0;
    const cases = runs(40);
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        checked += checkHonest(d).length;
      }),
      cases,
    );
    // More than one recommendation checked per generated deployment, on average.
    expect(checked).toBeGreaterThan(cases.numRuns);
  });

  it("are ranked by the recoverability they buy, best first, and each buys something", () => {
    const recs = planDeployment(standard(), { recommendations: true }).assessment.recommendations!;
    for (const r of recs)
      expect(
        r.scoreTo! > r.scoreFrom! || r.effects.some((e) => e.toHours !== null && e.fromHours !== null && e.toHours < e.fromHours),
      ).toBe(true);
    const rto = (i: number) => recs[i].effects.filter((e) => e.measure === "rto").length;
    expect(rto(0)).toBeGreaterThan(0);
    // A change that only closes a coverage gap (encryption) ranks below every change that shortens a recovery.
    const encrypt = recs.findIndex((r) => r.id === "encrypt");
    const lastRto = recs.map((r, i) => (r.effects.some((e) => e.measure === "rto") ? i : -1)).reduce((a, b) => Math.max(a, b));
    expect(encrypt).toBeGreaterThan(lastRto);
  });

  it("prices an off-site copy from the storage assumptions, and names the spare hardware group", () => {
    const recs = planDeployment(standard(), { recommendations: true }).assessment.recommendations!;
    expect(recs.find((r) => r.id === "offsite-copy")!.monthlyCostUsd).toBeGreaterThan(0);
    expect(recs.find((r) => r.id === "encrypt")!.monthlyCostUsd).toBeUndefined();
    const spare = recs.find((r) => r.kind === "spare-hardware")!;
    expect(spare.patch.every((op) => /^\/servers\/\d+\/spareHardware$/.test(op.path) && op.value === true)).toBe(true);
  });

  it("suggests backing up both the databases and the shares when a workload's data spans both", () => {
    const recs = planDeployment(enterprise(), { recommendations: true }).assessment.recommendations!;
    const both = recs.find((r) => r.id === "databaseFrequencyHours:4+fileShareFrequencyHours:4")!;
    expect(both.effects).toContainEqual({ measure: "rpo", data: "LCSLog", server: "arch1.litware.com", fromHours: 25.2, toHours: 5.2 });
    expect(both.scoreTo).toBeGreaterThan(both.scoreFrom!);
  });
});
