// Which scenarios the overview's "Recovery time per workload" picker offers. A large deployment has
// one scenario per server (521 for 500 servers): listing them all made the overview's HTML heavy and
// the list useless. Offered, in this order and up to a limit: the losses that take out more than one
// server (Active Directory, sites, pools, back ends, Standard Edition servers), then the single
// servers whose loss misses a recovery time target. The runbooks page lists every scenario.
import type { Scenario } from "../formats/plan";
import { SCENARIO_KINDS, scenarioGroupTitle } from "./scenario-groups";

/** Only single servers that miss a target are offered, and the group's title says so. */
const groupLabel = (kind: string) => (kind === "server" ? `${scenarioGroupTitle(kind)} missing a target` : scenarioGroupTitle(kind));

export interface ScenarioChoices {
  groups: { label: string; scenarios: Scenario[] }[];
  /** Scenarios not offered (still on the runbooks page). */
  omitted: number;
}

const missesTarget = (s: Scenario) => s.workloads.some((w) => w.meets === false);

export function overviewScenarioChoices(scenarios: readonly Scenario[], limit = 80, keep?: string): ScenarioChoices {
  const rank = (s: Scenario) => {
    const i = SCENARIO_KINDS.indexOf(s.loss.kind);
    return i === -1 ? SCENARIO_KINDS.length : i;
  };
  const eligible = scenarios.filter((s) => s.loss.kind !== "server" || missesTarget(s) || s.id === keep);
  const ordered = [...eligible].sort((a, b) => rank(a) - rank(b));
  let offered = ordered.slice(0, limit);
  const kept = keep ? scenarios.find((s) => s.id === keep) : undefined;
  if (kept && !offered.includes(kept)) offered = [...offered.slice(0, limit - 1), kept];
  const groups = new Map<string, Scenario[]>();
  for (const s of offered) {
    const label = groupLabel(s.loss.kind);
    groups.set(label, [...(groups.get(label) ?? []), s]);
  }
  return { groups: [...groups].map(([label, list]) => ({ label, scenarios: list })), omitted: scenarios.length - offered.length };
}
