// The overview's verdict section as data: the assessment, the targets for the effects' "(target 4 h)"
// and the titles of the scenarios the reasons name.
import type { Deployment } from "../formats/deployment";
import type { Assessment, Scenario } from "../formats/plan";
import { scenarioTitle } from "../print/runbook-document";

export interface VerdictView {
  assessment: Assessment;
  targets: Map<string, number>;
  scenarioTitles: Map<string, string>;
}

export function verdictViewOf(plan: { assessment: Assessment; scenarios: readonly Scenario[] }, d: Deployment): VerdictView {
  const named = new Set(plan.assessment.worst.map((w) => w.scenario));
  return {
    assessment: plan.assessment,
    targets: new Map(d.priorities.workloads.map((w) => [w.workload, w.rtoHours])),
    scenarioTitles: new Map(plan.scenarios.filter((s) => named.has(s.id)).map((s) => [s.id, scenarioTitle(s)])),
  };
}
