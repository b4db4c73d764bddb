import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { scenarioHref } from "@/lib/view/urls";
import { SCENARIO_GROUPS } from "@/lib/view/scenario-groups";
import { scenarioTitle } from "@/lib/print/runbook-document";
import { PageHeader } from "@/components/ui/page-header";
import { MeetsBadge } from "@/components/plan/severity-badge";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Restore runbooks" };

const PAGE = 100;

export default async function RunbooksPage({ params, searchParams }: PageProps<"/deployments/[id]/runbooks">) {
  await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().toLowerCase() : "";
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const scenarios = planned.plan.scenarios.filter(
    (s) => !q || s.id.toLowerCase().includes(q) || scenarioTitle(s).toLowerCase().includes(q),
  );
  return (
    <>
      <PageHeader
        title="Restore runbooks"
        description="One runbook per loss this deployment can suffer. The steps keep the dependencies of table 17-9 (a server is restored only after what it needs), and where those leave a choice, business priority comes first: users are reassigned before the Director is rebuilt, Mediation and Edge before Archiving. So the order is not table 17-9's row order. Times are estimates from the assumptions."
      />
      <form className="no-print mb-4 flex gap-2" role="search">
        <label htmlFor="scenario-q" className="sr-only">
          Filter runbooks
        </label>
        <input id="scenario-q" name="q" defaultValue={q} placeholder="Filter by server, pool or site…" className="input max-w-sm" />
        <button className="btn">Filter</button>
      </form>
      {SCENARIO_GROUPS.map((group) => {
        const inGroup = scenarios.filter((s) => s.loss.kind === group.kind);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.kind} aria-labelledby={`g-${group.kind}`} className="card mb-4 p-0">
            <h2 id={`g-${group.kind}`} className="border-b border-slate-200 px-4 py-2 font-semibold">
              {group.title} <span className="text-sm font-normal text-slate-500">({inGroup.length})</span>
            </h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Runbook</th>
                  <th scope="col">Settings levels</th>
                  <th scope="col" className="text-right">
                    Steps
                  </th>
                  <th scope="col" className="text-right">
                    Everything back
                  </th>
                  <th scope="col">Against targets</th>
                </tr>
              </thead>
              <tbody>
                {inGroup.slice(0, PAGE).map((s) => {
                  const misses = s.workloads.filter((w) => w.meets === false);
                  return (
                    <tr key={s.id}>
                      <td>
                        <Link className="font-medium text-brand-700 hover:underline" href={scenarioHref(id, s.id)}>
                          {scenarioTitle(s)}
                        </Link>
                      </td>
                      <td className="text-sm">{s.restoreLevels.join(", ")}</td>
                      <td className="text-right tabular-nums">{s.steps.length}</td>
                      <td className="text-right tabular-nums">{s.rtoHours} h</td>
                      <td className="text-sm">
                        {misses.length ? (
                          <span className="text-red-800">
                            misses {misses.length} of {s.workloads.filter((w) => w.meets !== null).length}
                          </span>
                        ) : (
                          <MeetsBadge meets={s.workloads.some((w) => w.meets !== null) ? true : null} />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {inGroup.length > PAGE ? (
              <p className="px-4 py-2 text-sm text-slate-600">
                Showing {PAGE} of {inGroup.length}: filter by name to find the others.
              </p>
            ) : null}
          </section>
        );
      })}
      {scenarios.length === 0 ? <p className="text-sm text-slate-600">No runbook matches “{q}”.</p> : null}
    </>
  );
}
