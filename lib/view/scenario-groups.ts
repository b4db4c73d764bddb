// The one table of how restore scenarios are grouped and titled, by the kind of loss, in the order
// pages list them (runbooks, timeline, drills, versions, the overview's picker).
import type { Scenario } from "../formats/plan";

export interface ScenarioGroup {
  kind: string;
  title: string;
}

export const SCENARIO_GROUPS: readonly ScenarioGroup[] = [
  { kind: "active-directory", title: "Active Directory" },
  { kind: "site", title: "Sites" },
  { kind: "pool", title: "Enterprise pools" },
  { kind: "back-end", title: "Back-end SQL Servers" },
  { kind: "standard-edition", title: "Standard Edition servers" },
  { kind: "server", title: "Single servers" },
];

export const SCENARIO_KINDS: readonly string[] = SCENARIO_GROUPS.map((g) => g.kind);

/** The group title of a loss kind ("Other" for a kind this table does not know). */
export const scenarioGroupTitle = (kind: string) => SCENARIO_GROUPS.find((g) => g.kind === kind)?.title ?? "Other";

/** Scenarios by group, in the table's order; empty groups included. */
export function groupScenarios<S extends Pick<Scenario, "loss">>(scenarios: readonly S[]): (ScenarioGroup & { scenarios: S[] })[] {
  return SCENARIO_GROUPS.map((g) => ({ ...g, scenarios: scenarios.filter((s) => s.loss.kind === g.kind) }));
}
