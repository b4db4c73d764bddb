// The timeline page's view model: which scenario and row mode the query asks for, the chart's data,
// and the scenario selector's groups (filtered and capped for deployments with thousands of scenarios).
import type { Scenario } from "../formats/plan";
import { WORKLOAD_LABELS } from "../formats/enums";
import { scenarioTitle } from "../print/runbook-document";
import { formatScheduleMinutes } from "./durations";
import { SCENARIO_GROUPS, type ScenarioGroup } from "./scenario-groups";
import { ganttBars, ganttLanes, timelineExtent, timeTicks, workloadMarkers } from "./timeline";

/** Above this many steps the chart shows one row per administrator by default. */
const STEP_ROWS_UP_TO = 150;
/** The step table lists this many steps; beyond, the critical ones (the runbook has them all). */
export const TABLE_LIMIT = 400;
const FILTER_ABOVE = 300;
const PER_GROUP = 150;

export const TIMELINE_VIEWS = { auto: "Automatic", steps: "One row per step", lanes: "One row per administrator" } as const;
export type TimelineView = keyof typeof TIMELINE_VIEWS;

export interface ScenarioOptionGroup extends ScenarioGroup {
  listed: Scenario[];
  hidden: number;
}

export function timelineView(plan: { scenarios: readonly Scenario[] }, query: Record<string, string | string[] | undefined>) {
  const asked = typeof query.scenario === "string" ? query.scenario : undefined;
  const found = asked === undefined ? undefined : plan.scenarios.find((s) => s.id === asked);
  const scenario = found ?? plan.scenarios[0];
  const view: TimelineView = typeof query.view === "string" && query.view in TIMELINE_VIEWS ? (query.view as TimelineView) : "auto";

  const bars = ganttBars(scenario.steps);
  const mode: "steps" | "lanes" = view === "auto" ? (bars.length > STEP_ROWS_UP_TO ? "lanes" : "steps") : view;
  const lanes = ganttLanes(bars);
  const markers = workloadMarkers(scenario);
  const everything = scenario.rtoHours * 60;
  const extent = timelineExtent(bars, markers);
  const ticks = timeTicks(extent);
  const critical = bars.filter((b) => b.critical);
  const admins = [...new Set(bars.flatMap((b) => (b.assignee === null ? [] : [b.assignee])))].sort((a, b) => a - b);
  const misses = markers.filter((m) => m.meets === false);
  const description =
    `${bars.length} steps over ${formatScheduleMinutes(everything)} with ${admins.length} administrator${admins.length === 1 ? "" : "s"}; ` +
    `${critical.length} on the critical path. Workloads back: ${markers.map((m) => `${WORKLOAD_LABELS[m.workload]} after ${formatScheduleMinutes(m.back)}${m.target !== null ? ` (target ${formatScheduleMinutes(m.target)})` : ""}`).join("; ")}.`;
  const tableRows = bars.length > TABLE_LIMIT ? critical.slice(0, TABLE_LIMIT) : bars;

  // Thousands of scenarios (one per server) would make the selector megabytes long: past FILTER_ABOVE
  // the form gains a filter, and each group lists at most PER_GROUP matches (the chosen one always).
  const filterable = plan.scenarios.length > FILTER_ABOVE;
  const q = filterable && typeof query.q === "string" ? query.q.trim() : "";
  const matches = (s: Scenario) =>
    !q || s.id.toLowerCase().includes(q.toLowerCase()) || scenarioTitle(s).toLowerCase().includes(q.toLowerCase());
  const groups: ScenarioOptionGroup[] = SCENARIO_GROUPS.map((g) => {
    const all = plan.scenarios.filter((s) => s.loss.kind === g.kind && (s === scenario || matches(s)));
    const listed = filterable && all.length > PER_GROUP ? all.slice(0, PER_GROUP) : all;
    if (!listed.includes(scenario) && all.includes(scenario)) listed.push(scenario);
    return { ...g, listed, hidden: all.length - listed.length };
  });
  const hidden = groups.reduce((n, g) => n + g.hidden, 0);

  return {
    asked,
    found,
    scenario,
    title: scenarioTitle(scenario),
    view,
    mode,
    bars,
    lanes,
    markers,
    everything,
    extent,
    ticks,
    critical,
    admins,
    misses,
    description,
    tableRows,
    filterable,
    q,
    groups,
    hidden,
    scenarioCount: plan.scenarios.length,
  };
}

export type TimelineViewModel = ReturnType<typeof timelineView>;
