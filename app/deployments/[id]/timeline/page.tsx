import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { scenarioHref } from "@/lib/view/urls";
import { SCENARIO_GROUPS } from "@/lib/view/scenario-groups";
import { ganttBars, ganttLanes, timelineExtent, timeTicks, workloadMarkers } from "@/lib/view/timeline";
import { formatMinutes, formatScheduleMinutes } from "@/lib/view/durations";
import { scenarioTitle } from "@/lib/print/runbook-document";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { MeetsBadge } from "@/components/plan/severity-badge";
import { adminColor, GanttChart } from "@/components/timeline/gantt-chart";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Restore timeline" };

/** Above this many steps the chart shows one row per administrator by default. */
const STEP_ROWS_UP_TO = 150;
/** The step table lists this many steps; beyond, the critical ones (the runbook has them all). */
const TABLE_LIMIT = 400;
const FILTER_ABOVE = 300;
const PER_GROUP = 150;

const VIEWS = { auto: "Automatic", steps: "One row per step", lanes: "One row per administrator" } as const;
type View = keyof typeof VIEWS;

export default async function TimelinePage({ params, searchParams }: PageProps<"/deployments/[id]/timeline">) {
  await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const { plan, stored } = planned;
  const header = (
    <PageHeader
      title="Restore timeline"
      description="When each step of a restore runs, who runs it, and when each workload comes back against its target. Estimates from the planning assumptions and the administrators available."
    />
  );
  if (plan.scenarios.length === 0)
    return (
      <>
        {header}
        <EmptyState title="No restore scenarios">This deployment has nothing to restore yet: add servers in the model.</EmptyState>
      </>
    );

  const asked = typeof sp.scenario === "string" ? sp.scenario : undefined;
  const found = asked === undefined ? undefined : plan.scenarios.find((s) => s.id === asked);
  const scenario = found ?? plan.scenarios[0];
  const view: View = typeof sp.view === "string" && sp.view in VIEWS ? (sp.view as View) : "auto";

  const bars = ganttBars(scenario.steps);
  const mode = view === "auto" ? (bars.length > STEP_ROWS_UP_TO ? "lanes" : "steps") : view;
  const lanes = ganttLanes(bars);
  const markers = workloadMarkers(scenario);
  const everything = scenario.rtoHours * 60;
  const extent = timelineExtent(bars, markers);
  const ticks = timeTicks(extent);
  const critical = bars.filter((b) => b.critical);
  const admins = [...new Set(bars.flatMap((b) => (b.assignee === null ? [] : [b.assignee])))].sort((a, b) => a - b);
  const title = scenarioTitle(scenario);
  const misses = markers.filter((m) => m.meets === false);
  const description =
    `${bars.length} steps over ${formatScheduleMinutes(everything)} with ${admins.length} administrator${admins.length === 1 ? "" : "s"}; ` +
    `${critical.length} on the critical path. Workloads back: ${markers.map((m) => `${WORKLOAD_LABELS[m.workload]} after ${formatScheduleMinutes(m.back)}${m.target !== null ? ` (target ${formatScheduleMinutes(m.target)})` : ""}`).join("; ")}.`;
  const tableRows = bars.length > TABLE_LIMIT ? critical.slice(0, TABLE_LIMIT) : bars;

  // Thousands of scenarios (one per server) would make the selector megabytes long: past FILTER_ABOVE
  // the form gains a filter, and each group lists at most PER_GROUP matches (the chosen one always).
  const filterable = plan.scenarios.length > FILTER_ABOVE;
  const q = filterable && typeof sp.q === "string" ? sp.q.trim() : "";
  const matches = (s: (typeof plan.scenarios)[number]) => !q || s.id.toLowerCase().includes(q.toLowerCase()) || scenarioTitle(s).toLowerCase().includes(q.toLowerCase());
  const groups = SCENARIO_GROUPS.map((g) => {
    const all = plan.scenarios.filter((s) => s.loss.kind === g.kind && (s === scenario || matches(s)));
    const listed = filterable && all.length > PER_GROUP ? all.slice(0, PER_GROUP) : all;
    if (!listed.includes(scenario) && all.includes(scenario)) listed.push(scenario);
    return { ...g, listed, hidden: all.length - listed.length };
  });
  const hidden = groups.reduce((n, g) => n + g.hidden, 0);

  return (
    <>
      {header}
      <form method="get" className="no-print card mb-4 flex flex-wrap items-end gap-3 py-3" aria-label="Timeline options">
        <div className="min-w-0 flex-1 sm:min-w-96">
          <label htmlFor="timeline-scenario" className="label">
            Scenario
          </label>
          <select id="timeline-scenario" name="scenario" defaultValue={scenario.id} className="input">
            {groups.map((g) => {
              return g.listed.length ? (
                <optgroup key={g.kind} label={g.title}>
                  {g.listed.map((s) => (
                    <option key={s.id} value={s.id}>
                      {scenarioTitle(s)} ({s.rtoHours} h)
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
        </div>
        {filterable ? (
          <div>
            <label htmlFor="timeline-q" className="label">
              Filter the list
            </label>
            <input id="timeline-q" name="q" type="search" defaultValue={q} className="input w-48 font-mono" placeholder="e.g. pool7" autoComplete="off" spellCheck={false} />
          </div>
        ) : null}
        <div>
          <label htmlFor="timeline-view" className="label">
            Rows
          </label>
          <select id="timeline-view" name="view" defaultValue={view} className="input">
            {(Object.keys(VIEWS) as View[]).map((v) => (
              <option key={v} value={v}>
                {VIEWS[v]}
              </option>
            ))}
          </select>
        </div>
        <button className="btn btn-primary">Show</button>
        {filterable ? (
          <p className="basis-full text-xs text-slate-600">
            {plan.scenarios.length} scenarios{hidden > 0 ? `; ${hidden} not listed` : ""}. Type part of a server, pool or site name and press Show to narrow the list, then choose.
          </p>
        ) : null}
      </form>

      {asked !== undefined && !found ? (
        <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          No scenario “{asked}” in this plan: showing the first one.
        </p>
      ) : null}

      <section aria-labelledby="timeline-h" className="mb-6">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="timeline-h" className="text-lg font-semibold" data-testid="timeline-scenario">
            {title}
          </h2>
          <Link className="no-print text-sm font-medium text-brand-700 hover:underline" href={scenarioHref(id, scenario.id)}>
            Open the runbook
          </Link>
        </div>
        <p className="mb-3 text-sm text-slate-700">
          Everything is back after an estimated <strong>{formatScheduleMinutes(everything)}</strong> with {stored.deployment.recovery.adminsAvailable} administrator
          {stored.deployment.recovery.adminsAvailable === 1 ? "" : "s"}
          {misses.length ? (
            <>
              ; <strong className="text-red-800">{misses.length}</strong> workload{misses.length === 1 ? " misses its" : "s miss their"} target
            </>
          ) : null}
          . {critical.length} of {bars.length} steps are on the critical path.
          {scenario.alternatives?.length ? ` The chart follows the main path (${scenario.path ?? "restore"}); the runbook lists the alternatives.` : ""}
        </p>

        <ul className="mb-3 flex flex-wrap gap-x-5 gap-y-1.5 text-xs text-slate-700" aria-label="Chart legend" data-testid="timeline-legend">
          {admins.map((a) => (
            <li key={a} className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-5 rounded-sm" style={{ background: adminColor(a) }} />
              admin {a}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-5 rounded-sm border border-slate-400" style={{ background: "repeating-linear-gradient(45deg,#f1f5f9 0 3px,#94a3b8 3px 5px)" }} />
            waiting (occupies nobody)
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-3 w-5 rounded-sm border-2 border-slate-900 bg-slate-500" />
            <span aria-hidden className="text-red-700">◆</span> critical path (solid, outlined); other steps pale
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-0 w-5 border-t-2 border-dashed border-slate-900" />
            target / everything back
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-1 w-5 rounded-sm bg-red-300" />
            workload down until its marker: ✓ meets its target, ✕ misses it, – has none (a target beyond the axis is named in the text)
          </li>
        </ul>

        <figure>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2 print:overflow-visible print:border-0 print:p-0">
            <GanttChart
              id="gantt"
              title={`Restore timeline: ${title}`}
              description={description}
              mode={mode}
              bars={bars}
              lanes={lanes}
              markers={markers}
              extent={extent}
              ticks={ticks}
              everything={everything}
            />
          </div>
          <figcaption className="mt-2 text-xs text-slate-600">
            {mode === "steps" ? "One row per step, in the order they start." : "One row per administrator; waiting steps below them."} The same data follows in the tables.
          </figcaption>
        </figure>
      </section>

      <section aria-labelledby="workloads-h" className="card mb-6 p-0">
        <h2 id="workloads-h" className="border-b border-slate-200 px-4 py-2 font-semibold">
          Workloads back
        </h2>
        <table className="table" data-testid="workload-markers">
          <thead>
            <tr>
              <th scope="col">Workload</th>
              <th scope="col" className="text-right">
                Back after
              </th>
              <th scope="col" className="text-right">
                Target
              </th>
              <th scope="col">Against target</th>
            </tr>
          </thead>
          <tbody>
            {scenario.workloads.map((w) => (
              <tr key={w.workload}>
                <td>
                  {WORKLOAD_LABELS[w.workload]}
                  {w.impact === "reduced-capacity" ? <span className="block text-xs text-slate-600">stays up on the surviving servers meanwhile; full capacity then</span> : null}
                </td>
                <td className="text-right tabular-nums">{w.rtoHours} h</td>
                <td className="text-right tabular-nums">{w.targetHours === null ? "—" : `${w.targetHours} h`}</td>
                <td>
                  <MeetsBadge meets={w.meets} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="steps-h" className="card p-0">
        <h2 id="steps-h" className="border-b border-slate-200 px-4 py-2 font-semibold">
          Schedule {bars.length > TABLE_LIMIT ? <span className="text-sm font-normal text-slate-600">(the {tableRows.length} critical steps of {bars.length}; the runbook lists them all)</span> : null}
        </h2>
        <div className="overflow-x-auto">
          <table className="table" data-testid="timeline-steps">
            <thead>
              <tr>
                <th scope="col" className="text-right">
                  #
                </th>
                <th scope="col">Step</th>
                <th scope="col">Who</th>
                <th scope="col" className="text-right">
                  Start
                </th>
                <th scope="col" className="text-right">
                  Duration
                </th>
                <th scope="col" className="text-right">
                  Finish
                </th>
                <th scope="col">Critical</th>
              </tr>
            </thead>
            <tbody>
              {tableRows.map((b) => (
                <tr key={b.order} data-critical={b.critical ? "true" : undefined}>
                  <td className="text-right tabular-nums">{b.order}</td>
                  <td>
                    {b.title}
                    {b.server ? <span className="block font-mono text-xs text-slate-600">{b.server}</span> : null}
                  </td>
                  <td className={`whitespace-nowrap ${b.waiting ? "italic text-slate-600" : ""}`}>{b.who}</td>
                  <td className="text-right tabular-nums whitespace-nowrap">{formatScheduleMinutes(b.start)}</td>
                  <td className="text-right tabular-nums whitespace-nowrap">{formatMinutes(b.minutes)}</td>
                  <td className="text-right tabular-nums whitespace-nowrap">{formatScheduleMinutes(b.finish)}</td>
                  <td>{b.critical ? <span className="font-semibold text-red-800">◆ critical</span> : <span className="text-slate-500">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
