import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { requireRole } from "@/lib/auth/server";
import { successorPage } from "@/lib/view/successor-page";
import { SUCCESSOR_TARGETS } from "@/lib/formats/plan-successor";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { RuleIds } from "@/components/plan/rule-ids";
import { BackupTable, CompareTable, PublishedTargets, StepList, TargetTable } from "@/components/successor/successor-sections";

export const metadata: Metadata = { title: "Successor" };

export default async function SuccessorPage({ params, searchParams }: PageProps<"/deployments/[id]/successor">) {
  await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const today = new Date().toISOString().slice(0, 10);
  const vm = successorPage(planned.stored.deployment, planned.plan, sp.target, today);
  const s = vm.chosen;
  return (
    <>
      <PageHeader
        title="Successor"
        actions={
          s ? (
            <>
              <a className="btn" href={`/api/deployments/${id}/plan?format=markdown&successor=${s.target}&download=1`}>
                Download Markdown
              </a>
              <a className="btn" href={`/api/deployments/${id}/plan?successor=${s.target}&download=1`}>
                Export plan (JSON)
              </a>
            </>
          ) : undefined
        }
        description={
          <>
            The way out of OCS 2007 R2: the same deployment on Lync Server 2013 or Skype for Business Server, with the migration runbook,
            the successor&apos;s backup and its recovery beside this plan&apos;s estimates. <RuleIds rules={["M1"]} />
          </>
        }
      />
      <form className="card mb-6 flex flex-wrap items-end gap-4" method="get">
        <div>
          <label htmlFor="successor-target" className="label">
            Target
          </label>
          <select id="successor-target" name="target" defaultValue={s?.target ?? ""} className="input w-80" required>
            <option value="">Choose…</option>
            {vm.targets.map((t) => (
              <option key={t.target} value={t.target}>
                {t.product}
              </option>
            ))}
          </select>
        </div>
        <button className="btn btn-primary">Show</button>
      </form>

      {vm.unknownTarget !== null ? (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          target: &quot;{vm.unknownTarget}&quot; is not a successor this planner knows; choose one of {SUCCESSOR_TARGETS.join(", ")}.
        </p>
      ) : null}

      <section className="card mb-6" aria-labelledby="successor-all">
        <h2 id="successor-all" className="font-semibold">
          The three successors
        </h2>
        <TargetTable id={id} targets={vm.targets} current={s?.target ?? null} />
      </section>

      {!s ? (
        <EmptyState title="Pick a target">Choose a successor above to see its migration runbook, backup and recovery.</EmptyState>
      ) : (
        <div className="space-y-6" data-testid="successor-section">
          <section className="card" aria-labelledby="successor-path">
            <h2 id="successor-path" className="font-semibold">
              {s.product}: {s.supported ? "Microsoft supports a path from this deployment" : "no supported path from this deployment"}
            </h2>
            {s.reasons.length > 0 ? (
              <ul className="mt-2 list-disc pl-5 text-sm" data-testid="successor-reasons">
                {s.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
            <p className="mt-2 text-xs text-slate-600">Source: {s.pathSource}.</p>
            <p className="mt-2 text-sm">
              End of support: <strong>{s.supportEndsOn ?? "not known"}</strong> ({s.supportSource}).
            </p>
            <ul className="mt-2 space-y-1 text-sm text-slate-700">
              {s.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>

          {s.supported ? (
            <>
              <section className="card" aria-labelledby="successor-before">
                <h2 id="successor-before" className="font-semibold">
                  Before migrating <span className="text-sm font-normal text-slate-600">(about {s.estimate.premigrationHours} h)</span>
                </h2>
                <StepList steps={s.premigration} testId="successor-premigration" />
              </section>
              <section className="card" aria-labelledby="successor-migration">
                <h2 id="successor-migration" className="font-semibold">
                  Migration runbook <span className="text-sm font-normal text-slate-600">(about {s.estimate.migrationHours} h)</span>
                </h2>
                <p className="mt-1 text-sm text-slate-600">
                  Per pool: {s.estimate.perPool.map((p) => `${p.pool} ${p.hours} h`).join(", ")}. Hands-on hours from this deployment&apos;s{" "}
                  <Link href={`/deployments/${id}/assumptions`} className="text-brand-700 underline">
                    assumptions
                  </Link>
                  .
                </p>
                {vm.migrationPhases.map((p) => (
                  <div key={`${p.phase}-${p.steps[0].order}`} className="mt-4">
                    <h3 className="text-sm font-semibold text-slate-800">{p.label}</h3>
                    <StepList steps={p.steps} testId={`successor-migration-${p.phase}`} />
                  </div>
                ))}
              </section>
            </>
          ) : null}

          <section className="card" aria-labelledby="successor-recovery">
            <h2 id="successor-recovery" className="font-semibold">
              Recovery: this plan against {s.product}
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              Baseline: this plan&apos;s estimated worst case per workload. Variant: Microsoft&apos;s published pool failover target plus
              this plan&apos;s own decision time, which the published figure leaves out (the users&apos; sign-in is still not counted). To
              compare two OCS deployments instead, use the{" "}
              <Link href={`/compare?a=${id}`} className="text-brand-700 underline">
                what-if comparison
              </Link>
              .
            </p>
            <CompareTable rows={vm.compare} product={s.product} />
            <PublishedTargets r={s.resilience} />
            <h3 className="mt-4 text-sm font-semibold text-slate-800">What the published figures need</h3>
            <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
              {s.resilience.prerequisites.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
            <h3 className="mt-4 text-sm font-semibold text-slate-800">Pool failover and failback runbook</h3>
            <StepList steps={s.resilience.runbook} testId="successor-failover" />
          </section>

          <section className="card" aria-labelledby="successor-backup-h">
            <h2 id="successor-backup-h" className="font-semibold">
              The successor&apos;s backup, mapped from this plan
            </h2>
            <BackupTable rows={s.backup} left={s.notBackedUp} />
          </section>
        </div>
      )}
    </>
  );
}
