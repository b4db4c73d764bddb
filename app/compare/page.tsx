import type { Metadata } from "next";
import { prisma } from "@/lib/db/client";
import { listDeployments } from "@/lib/db/deployment-store";
import { loadPlanWithEvidence } from "@/lib/planning/load-evidence";
import { comparePlans, type Change } from "@/lib/view/compare-plans";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/server";
import { modelDifferences } from "@/lib/view/model-diff";
import { VerdictBadge } from "@/components/assessment/verdict";
import { whatIfOf } from "@/lib/db/what-if-store";
import { WhatIfControls } from "@/components/what-if/what-if-controls";
import { allows } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Compare what-if variants" };

function Delta({ c, unit = "h" }: { c: Change; unit?: string }) {
  if (c.delta === null) return <span className="text-slate-500">—</span>;
  if (c.delta === 0) return <span className="text-slate-500">no change</span>;
  const better = c.delta < 0;
  return (
    <span className={`font-semibold ${better ? "text-emerald-700" : "text-red-700"}`}>
      {c.delta > 0 ? "+" : "−"}
      {Math.abs(c.delta)}
      {unit ? ` ${unit}` : ""} {better ? "better" : "worse"}
    </span>
  );
}

/** Next to a score: whether backup evidence is counted in it. */
function EvidenceBasis({ withEvidence }: { withEvidence: boolean }) {
  return (
    <span className="ml-2 text-xs text-slate-600" data-testid="evidence-basis">
      {withEvidence ? "with its backup evidence" : "without backup evidence (the model alone)"}
    </span>
  );
}

const cell = (v: number | null, unit = " h") => (v === null ? "—" : `${v}${unit}`);

/** One comparison table: a label per row, baseline, variant and the change. */
function ChangeTable({ label, rows }: { label: string; rows: { key: string; name: string; change: Change; breakAll?: boolean }[] }) {
  return (
    <table className="table mt-2">
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="text-right">
            Baseline
          </th>
          <th scope="col" className="text-right">
            Variant
          </th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td className={r.breakAll ? "break-all" : undefined}>{r.name}</td>
            <td className="text-right tabular-nums">{cell(r.change.a)}</td>
            <td className="text-right tabular-nums">{cell(r.change.b)}</td>
            <td>
              <Delta c={r.change} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const user = await requireRole("viewer");
  const sp = await searchParams;
  const deployments = await listDeployments(prisma, { whatIfs: true });
  const a = typeof sp.a === "string" ? sp.a : "";
  const b = typeof sp.b === "string" ? sp.b : "";
  // Judged as each deployment's own overview judges it (evidence and recorded exercises), so the same
  // plan shows the same score and gap count here and there.
  const [ja, jb, whatIf] = await Promise.all([
    a ? loadPlanWithEvidence(a) : null,
    b ? loadPlanWithEvidence(b) : null,
    b ? whatIfOf(prisma, b) : null,
  ]);
  const pa = ja?.planned;
  const pb = jb?.planned;
  const comparison = pa && pb ? comparePlans(pa.plan, pb.plan) : null;
  const changed = comparison?.scenarios.filter((s) => s.delta !== 0) ?? [];
  const differences = pa && pb ? modelDifferences(pa.stored.deployment, pb.stored.deployment).filter((x) => x.what !== "name") : [];
  return (
    <>
      <PageHeader
        title="Compare what-if variants"
        description="Duplicate a deployment, change one thing in the copy (a spare server, one more administrator, 6-hourly backups…), then compare the two: every recovery time, data loss and gap count, with the change."
      />
      <form className="card mb-6 flex flex-wrap items-end gap-4" method="get">
        <div>
          <label htmlFor="cmp-a" className="label">
            Baseline
          </label>
          <select id="cmp-a" name="a" defaultValue={a} className="input w-72" required>
            <option value="">Choose…</option>
            {deployments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cmp-b" className="label">
            Variant
          </label>
          <select id="cmp-b" name="b" defaultValue={b} className="input w-72" required>
            <option value="">Choose…</option>
            {deployments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <button className="btn btn-primary">Compare</button>
      </form>

      {!comparison ? (
        <EmptyState title="Pick two deployments">
          Choose a baseline and a variant above. To make a variant, use Duplicate on the deployments page.
        </EmptyState>
      ) : (
        <div className="space-y-6" data-testid="comparison">
          {whatIf ? (
            <section className="card border-2 border-brand-100" aria-labelledby="what-if-h" data-testid="what-if-banner">
              <h2 id="what-if-h" className="font-semibold">
                A what-if of {whatIf.baselineId === a ? pa!.stored.deployment.name : "another deployment"}: {whatIf.title}
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                It is listed under its baseline, not among the deployments. Apply it to make the change on the baseline (an audited edit, a
                new version of the baseline), or discard it.
                {whatIf.baselineId === a && whatIf.baselineVersion !== pa!.stored.version
                  ? ` The baseline changed since (version ${whatIf.baselineVersion}, now ${pa!.stored.version}): discard it and try again.`
                  : ""}
              </p>
              <div className="mt-2">
                <WhatIfControls
                  whatIfId={whatIf.id}
                  title={whatIf.title}
                  disabled={!allows(user.role, "planner")}
                  apply={whatIf.baselineId === a && whatIf.baselineVersion === pa!.stored.version}
                />
              </div>
            </section>
          ) : null}
          <section className="card" aria-labelledby="cmp-verdict">
            <h2 id="cmp-verdict" className="font-semibold">
              Verdict and score
            </h2>
            <p className="mt-1 text-sm text-slate-600" data-testid="verdict-basis">
              Each is judged as its own overview judges it: the model, its uploaded backup evidence and its recorded restores and exercises.
              A what-if copy has no evidence of its own, so its number is the model&apos;s alone.
            </p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium">{pa!.stored.deployment.name}</dt>
              <dd data-testid="verdict-a">
                <VerdictBadge verdict={pa!.plan.assessment.verdict} score={pa!.plan.assessment.score} />
                <EvidenceBasis withEvidence={ja!.withEvidence} />
              </dd>
              <dt className="font-medium">{pb!.stored.deployment.name}</dt>
              <dd data-testid="verdict-b">
                <VerdictBadge verdict={pb!.plan.assessment.verdict} score={pb!.plan.assessment.score} />
                <EvidenceBasis withEvidence={jb!.withEvidence} />
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="cmp-model">
            <h2 id="cmp-model" className="font-semibold">
              What differs between the models <span className="text-sm font-normal text-slate-600">({differences.length})</span>
            </h2>
            {differences.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">The two models are the same apart from their names.</p>
            ) : (
              <table className="table mt-2" data-testid="model-differences">
                <thead>
                  <tr>
                    <th scope="col">Where</th>
                    <th scope="col">Baseline</th>
                    <th scope="col">Variant</th>
                  </tr>
                </thead>
                <tbody>
                  {differences.slice(0, 200).map((x) => (
                    <tr key={`${x.kind}:${x.what}`}>
                      <td className="break-all font-mono text-xs">{x.what}</td>
                      <td className="break-all text-xs">{x.kind === "added" ? "—" : x.from}</td>
                      <td className="break-all text-xs">{x.kind === "removed" ? "—" : x.to}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card" aria-labelledby="cmp-gaps">
            <h2 id="cmp-gaps" className="font-semibold">
              Gaps
            </h2>
            <table className="table mt-2">
              <thead>
                <tr>
                  <th scope="col">Severity</th>
                  <th scope="col" className="text-right">
                    {pa!.stored.deployment.name}
                  </th>
                  <th scope="col" className="text-right">
                    {pb!.stored.deployment.name}
                  </th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {(["critical", "warning", "info", "total"] as const).map((k) => (
                  <tr key={k}>
                    <td className="font-medium">{k}</td>
                    <td className="text-right tabular-nums">{comparison.gaps[k].a}</td>
                    <td className="text-right tabular-nums">{comparison.gaps[k].b}</td>
                    <td>
                      <Delta c={comparison.gaps[k]} unit="" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="card" aria-labelledby="cmp-wl">
            <h2 id="cmp-wl" className="font-semibold">
              Worst recovery time per workload
            </h2>
            <ChangeTable
              label="Workload"
              rows={comparison.workloads.map((w) => ({ key: w.workload, name: WORKLOAD_LABELS[w.workload], change: w }))}
            />
          </section>

          <section className="card" aria-labelledby="cmp-rpo">
            <h2 id="cmp-rpo" className="font-semibold">
              Data loss (RPO)
            </h2>
            <ChangeTable label="Data" rows={comparison.rpo.map((r) => ({ key: r.data, name: r.data, change: r, breakAll: true }))} />
          </section>

          <section className="card" aria-labelledby="cmp-sc">
            <h2 id="cmp-sc" className="font-semibold">
              Recovery time per scenario{" "}
              <span className="text-sm font-normal text-slate-600">
                ({changed.length} changed of {comparison.scenarios.length})
              </span>
            </h2>
            <ChangeTable
              label="Scenario"
              rows={[...changed, ...comparison.scenarios.filter((s) => s.delta === 0)]
                .slice(0, 400)
                .map((s) => ({ key: s.id, name: s.title, change: s }))}
            />
          </section>
        </div>
      )}
    </>
  );
}
