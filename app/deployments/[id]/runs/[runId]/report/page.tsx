import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { loadRun } from "@/lib/db/run-store";
import { runReport } from "@/lib/view/run-report";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { MeetsBadge } from "@/components/plan/severity-badge";
import { requireRole } from "@/lib/auth/server";
import { escalationsOfRun } from "@/lib/view/run-escalations";
import { runEscalationSetting } from "@/lib/planning/run-escalation-setting";
import { RunEscalationsSection } from "@/components/runs/run-escalations-section";

export const metadata: Metadata = { title: "Run report" };

const who = (x: string | null) => (x ? x.replace(/\s*<[^>]*>$/, "") : "—");
const num = (n: number | null, unit: string) => (n === null ? "—" : `${n} ${unit}`);
function ByAt({ by, at }: { by: string | null; at: Date | null }) {
  if (!by) return <>—</>;
  return (
    <>
      {who(by)}
      {at ? (
        <span className="block text-xs text-slate-600">
          <LocalTime iso={at.toISOString()} />
        </span>
      ) : null}
    </>
  );
}

export default async function RunReportPage({ params }: PageProps<"/deployments/[id]/runs/[runId]/report">) {
  await requireRole("viewer");
  const { id, runId } = await params;
  const run = await loadRun(prisma, id, runId);
  if (!run) notFound();
  const r = runReport(run);
  const escalation = await runEscalationSetting(id, run);
  const base = `/deployments/${id}/runs/${runId}`;
  return (
    <>
      <PageHeader
        title={`Run report: ${r.title}`}
        description={
          <>
            {r.kind} started <LocalTime iso={r.startedAt.toISOString()} /> by {who(r.startedBy)},{" "}
            {r.finishedAt ? (
              <>
                finished <LocalTime iso={r.finishedAt.toISOString()} />
              </>
            ) : (
              "still in progress"
            )}
            . Branch: {r.path}. Estimated <strong>{r.estimatedHours} h</strong>, actual{" "}
            <strong data-testid="actual-hours">{num(r.actualHours, "h")}</strong>. Actual times count from the moment the run was started in
            the app; an incident&apos;s loss may have happened earlier.
          </>
        }
        actions={
          <>
            <Link className="btn" href={base}>
              Back to the run
            </Link>
            <a className="btn" href={`${base}/report/pdf`}>
              Download PDF
            </a>
            <a className="btn" href={`${base}/report/markdown`}>
              Download Markdown
            </a>
          </>
        }
      />
      <p
        className={`card mb-6 text-sm ${r.performance.performed ? "" : "border-2 border-amber-300 bg-amber-50 text-amber-900"}`}
        data-testid="run-performance"
        data-performed={r.performance.performed}
      >
        <strong>{r.performance.performed ? "Performed." : "Steps not performed."}</strong> {r.performance.reason}
      </p>
      <section className="card mb-6 overflow-x-auto" aria-labelledby="wl-h">
        <h2 id="wl-h" className="mb-2 font-semibold">
          Workloads back
        </h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th>Workload</th>
              <th>Target</th>
              <th>Estimated</th>
              <th>Actual</th>
              <th>Within target</th>
            </tr>
          </thead>
          <tbody>
            {r.workloads.map((w) => (
              <tr key={w.workload} className="border-t border-slate-200">
                <td>{WORKLOAD_LABELS[w.workload]}</td>
                <td>{num(w.targetHours, "h")}</td>
                <td>{w.estimatedHours} h</td>
                <td>{num(w.actualHours, "h")}</td>
                <td data-testid="workload-meets">
                  {w.unconfirmed.length ? <span className="text-red-700">{w.unconfirmed.join("; ")}</span> : <MeetsBadge meets={w.meets} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <RunEscalationsSection escalations={escalationsOfRun(run, new Date())} tell={escalation.tell} />
      <section className="card mb-6 overflow-x-auto" aria-labelledby="steps-h">
        <h2 id="steps-h" className="mb-2 font-semibold">
          Steps: estimated against actual
        </h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th>#</th>
              <th>Step</th>
              <th>State</th>
              <th>Estimated</th>
              <th>Actual</th>
              <th>Difference</th>
              <th>Started</th>
              <th>Done</th>
            </tr>
          </thead>
          <tbody>
            {r.steps.map((s) => (
              <tr key={s.order} className="border-t border-slate-200 align-top">
                <td>{s.order}</td>
                <td>{s.title}</td>
                <td>{s.state}</td>
                <td>{s.estimatedMinutes} min</td>
                <td>{num(s.actualMinutes, "min")}</td>
                <td>{s.deltaMinutes === null ? "—" : `${s.deltaMinutes > 0 ? "+" : ""}${s.deltaMinutes} min`}</td>
                <td>
                  <ByAt by={s.startedBy} at={s.startedAt} />
                </td>
                <td>
                  <ByAt by={s.doneBy} at={s.doneAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="grid gap-6 md:grid-cols-3">
        <section className="card" aria-labelledby="skip-h">
          <h2 id="skip-h" className="font-semibold">
            Skipped steps
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {r.skipped.length ? (
              r.skipped.map((s) => (
                <li key={s.order}>
                  {`Step ${s.order}, ${s.title}: `}
                  <ByAt by={s.skippedBy} at={s.skippedAt} />
                  {` — ${s.skipReason ?? ""}`}
                </li>
              ))
            ) : (
              <li>None.</li>
            )}
          </ul>
        </section>
        <section className="card" aria-labelledby="notes-h">
          <h2 id="notes-h" className="font-semibold">
            Notes
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {r.notes.length ? r.notes.map((s) => <li key={s.order}>{`Step ${s.order} (${who(s.noteBy)}): ${s.note}`}</li>) : <li>None.</li>}
          </ul>
        </section>
        <section className="card" aria-labelledby="people-h">
          <h2 id="people-h" className="font-semibold">
            Who did what
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {r.people.map((p) => (
              <li key={p.name}>{`${who(p.name)}: started ${p.started}, completed ${p.done}, skipped ${p.skipped}`}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
