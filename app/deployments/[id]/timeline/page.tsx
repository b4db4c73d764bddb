import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { scenarioHref } from "@/lib/view/urls";
import { timelineView } from "@/lib/view/timeline-page";
import { formatScheduleMinutes } from "@/lib/view/durations";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { GanttChart } from "@/components/timeline/gantt-chart";
import { TimelineOptions } from "@/components/timeline/timeline-options";
import { TimelineLegend } from "@/components/timeline/timeline-legend";
import { ScheduleTable, WorkloadsBackTable } from "@/components/timeline/timeline-tables";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Restore timeline" };

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

  const vm = timelineView(plan, sp);
  const {
    asked,
    found,
    scenario,
    title,
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
  } = vm;

  return (
    <>
      {header}
      <TimelineOptions vm={vm} />

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
          Everything is back after an estimated <strong>{formatScheduleMinutes(everything)}</strong> with{" "}
          {stored.deployment.recovery.adminsAvailable} administrator
          {stored.deployment.recovery.adminsAvailable === 1 ? "" : "s"}
          {misses.length ? (
            <>
              ; <strong className="text-red-800">{misses.length}</strong> workload{misses.length === 1 ? " misses its" : "s miss their"}{" "}
              target
            </>
          ) : null}
          . {critical.length} of {bars.length} steps are on the critical path.
          {scenario.alternatives?.length
            ? ` The chart follows the main path (${scenario.path ?? "restore"}); the runbook lists the alternatives.`
            : ""}
        </p>

        <TimelineLegend admins={admins} />

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
            {mode === "steps" ? "One row per step, in the order they start." : "One row per administrator; waiting steps below them."} The
            same data follows in the tables.
          </figcaption>
        </figure>
      </section>

      <WorkloadsBackTable workloads={scenario.workloads} />
      <ScheduleTable rows={tableRows} total={bars.length} />
    </>
  );
}
