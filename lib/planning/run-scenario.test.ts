// Where a runbook moves the users to a standby pool, a run offers the rebuild in place beside it: the
// same loss planned without the standby site (the demo deployment has one).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { parseDeploymentText } from "../formats/parse-deployment";
import { REBUILD_IN_PLACE, snapshotOf, withRebuildInPlace } from "../view/run-snapshot";
import { withoutStandbySite } from "./run-scenario";

const parsed = parseDeploymentText(readFileSync(path.resolve(__dirname, "../demo/fabrikam-demo.json"), "utf8"), "fabrikam-demo.json");
if (!parsed.ok) throw new Error("the demo deployment does not parse");
const demo = parsed.deployment;

describe("the rebuild-in-place branch of a switch-over runbook", () => {
  const plan = planDeployment(demo);
  // As scenarioForRun plans it: a site loss's move to a surviving pool (issue 25) is not a rebuild in place either.
  const variant = planDeployment(withoutStandbySite(demo), { noUserMoves: true });
  const switched = plan.scenarios.filter((s) => s.failback);

  it("is added to every runbook with a failback, from the plan without the standby site", () => {
    expect(switched.length).toBeGreaterThan(0);
    for (const s of switched) {
      const other = variant.scenarios.find((x) => x.id === s.id)!;
      expect(other.failback).toBeUndefined();
      const run = withRebuildInPlace(s, other);
      const branch = run.alternatives!.find((a) => a.id === REBUILD_IN_PLACE)!;
      expect(branch.steps).toBe(other.steps);
      expect(branch.rtoHours).toBe(other.rtoHours);
      // The run's snapshot offers both branches and keeps the failback for the linked run.
      const snapshot = snapshotOf(run, s.id);
      expect(snapshot.paths.map((p) => p.id)).toContain(REBUILD_IN_PLACE);
      expect(snapshot.failback?.steps.length).toBe(s.failback!.steps.length);
      // Issue 25: the Dublin loss moves its users to the surviving fabpool01, with no "standby" in its titles.
      const moves = (steps: readonly { title: string }[]) => steps.some((x) => /^Move the users of \S+ to /.test(x.title));
      expect(moves(snapshot.paths[0].steps)).toBe(true);
      expect(moves(branch.steps)).toBe(false);
    }
  });

  it("leaves a runbook without a failback as it is", () => {
    const plain = plan.scenarios.find((s) => !s.failback)!;
    expect(
      withRebuildInPlace(
        plain,
        variant.scenarios.find((x) => x.id === plain.id),
      ),
    ).toBe(plain);
  });
});
