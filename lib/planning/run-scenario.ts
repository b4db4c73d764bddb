// The runbook a run starts from: the plan's scenario, and where it switches the users to a standby
// pool, the rebuild-in-place branch beside it (issue 16). That branch is the same loss planned for
// the deployment without its standby site, so its steps and times are the planner's own.
import { planDeployment } from "../engine/plan";
import type { Deployment } from "../formats/deployment";
import type { Scenario } from "../formats/plan";
import { withRebuildInPlace } from "../view/run-snapshot";
import type { PlannedDeployment } from "./load-plan";

/** The deployment with no standby site (its sites count as remote ones). */
export const withoutStandbySite = (d: Deployment): Deployment => ({
  ...d,
  sites: d.sites.map((s) => (s.kind === "standby" ? { ...s, kind: "remote" } : s)),
});

export function scenarioForRun(planned: PlannedDeployment, scenarioId: string): Scenario | undefined {
  const scenario = planned.plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario?.failback) return scenario;
  const variant = planDeployment(withoutStandbySite(planned.stored.deployment), {
    assumptions: planned.assumptionOverrides,
    noUserMoves: true,
  });
  return withRebuildInPlace(
    scenario,
    variant.scenarios.find((s) => s.id === scenarioId),
  );
}
