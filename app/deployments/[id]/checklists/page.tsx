import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { listTicks } from "@/lib/db/checklist-store";
import { loadPlan } from "@/lib/planning/load-plan";
import { PageHeader } from "@/components/ui/page-header";
import { RuleIds } from "@/components/plan/rule-ids";
import { CopyButton } from "@/components/plan/copy-button";
import { TickBox } from "@/components/checklists/tick-box";
import { loadPlanWithEvidence } from "@/lib/planning/load-evidence";
import { resetChecklistAction } from "@/lib/server-actions/checklists";
import { allows } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Checklists" };

const STATUS_STYLE = {
  pass: "text-emerald-800 bg-emerald-50 border-emerald-300",
  fail: "text-red-800 bg-red-50 border-red-300",
  unknown: "text-slate-700 bg-slate-50 border-slate-300",
};
const every = (h?: number) =>
  h === undefined ? "" : h >= 24 && h % 24 === 0 ? `every ${h / 24 === 1 ? "day" : `${h / 24} days`}` : `every ${h} h`;
const stamp = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function ChecklistsPage({ params }: PageProps<"/deployments/[id]/checklists">) {
  const user = await requireRole("viewer");
  const canTick = allows(user.role, "planner");
  const { id } = await params;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const { plan } = planned;
  const ticks = new Map((await listTicks(prisma, id)).map((t) => [t.itemId, t]));
  // B6 and B7 judged with the recorded runs and drills, as the overview's assessment is.
  const judged = (await loadPlanWithEvidence(id))?.plan ?? plan;
  const items = plan.checklists.backup;
  const done = items.filter((i) => ticks.has(i.id)).length;
  return (
    <>
      <PageHeader
        title="Checklists"
        description="Tick each backup task as it is done in this cycle; ticks are stored with your name and the time. Reset them when the next cycle starts."
        actions={
          <>
            <a className="btn" href={`/api/deployments/${id}/jobs`} download data-testid="download-jobs">
              Download backup jobs (zip)
            </a>
            {canTick ? (
              <form action={resetChecklistAction}>
                <input type="hidden" name="deploymentId" value={id} />
                <button className="btn">Reset for the next cycle</button>
              </form>
            ) : null}
          </>
        }
      />

      <section aria-labelledby="backup-h" className="card mb-6 p-0">
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
          <h2 id="backup-h" className="font-semibold">
            Backup checklist
          </h2>
          <span className="text-sm text-slate-600" data-testid="checklist-progress">
            {done} of {items.length} done
          </span>
        </div>
        <ul className="divide-y divide-slate-100" data-testid="backup-checklist">
          {items.map((item) => {
            const tick = ticks.get(item.id);
            return (
              <li key={item.id} className="flex gap-3 px-4 py-2 text-sm">
                <div className="pt-0.5">
                  <TickBox deploymentId={id} itemId={item.id} ticked={!!tick} label={item.task} disabled={!canTick} />
                </div>
                <div className="min-w-0 flex-1">
                  <p className={tick ? "text-slate-500 line-through" : ""}>{item.task}</p>
                  {item.command ? (
                    <div className="mt-1 flex items-start gap-2">
                      <code className="block flex-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs">
                        {item.command}
                      </code>
                      <CopyButton text={item.command} />
                    </div>
                  ) : null}
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    {every(item.frequencyHours)} <RuleIds rules={item.rules} />
                    {tick ? (
                      <span>
                        ticked by {tick.tickedBy} at {stamp(tick.tickedAt)}
                      </span>
                    ) : null}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="bp-h" className="card">
        <h2 id="bp-h" className="font-semibold">
          Best practices, judged against this deployment
        </h2>
        <ul className="mt-2 divide-y divide-slate-100" data-testid="best-practices">
          {judged.checklists.bestPractices.map((b) => (
            <li key={b.id} className="flex flex-wrap items-start gap-3 py-2 text-sm">
              <span
                className={`w-20 shrink-0 rounded border px-1.5 py-0.5 text-center text-xs font-semibold uppercase ${STATUS_STYLE[b.status]}`}
              >
                {b.status}
              </span>
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  <span className="rule-id mr-1">{b.id}</span> {b.title}
                </p>
                <p className="text-slate-700">{b.why}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
