import Link from "next/link";
import type { Plan } from "@/lib/engine/plan";
import type { Coverage } from "@/lib/engine/coverage";
import type { Scenario } from "@/lib/formats/plan";
import { scenarioHref } from "@/lib/view/urls";
import { scenarioTitle } from "@/lib/print/runbook-document";
import type { ScenarioChoices } from "@/lib/view/scenario-choices";
import { OVERVIEW_WORST_CASE, type RtoDatum } from "@/lib/view/overview";
import type { RpoSummary } from "@/lib/view/rpo-summary";
import { SeverityBadge, MeetsBadge } from "@/components/plan/severity-badge";
import { RuleIds } from "@/components/plan/rule-ids";
import { LazyRtoChart } from "@/components/charts/rto-chart-lazy";
import { BackupWindowStrip } from "@/components/charts/backup-window-strip";
import { TryItButton } from "@/components/assessment/try-it-button";

// The overview page's sections (app/deployments/[id]/page.tsx composes them).

export function SummaryCards({ coverage, critical, plan, missing }: { coverage: Coverage; critical: number; plan: Plan; missing: number }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="card" data-testid="coverage-score">
        <p className="text-sm text-slate-600">Backup coverage</p>
        <p className="text-3xl font-semibold tabular-nums">{coverage.percent}%</p>
        <p className="text-xs text-slate-600">
          {coverage.covered} of {coverage.total} things that must be backed up are
        </p>
      </div>
      <div className="card">
        <p className="text-sm text-slate-600">Critical gaps</p>
        <p className={`text-3xl font-semibold tabular-nums ${critical ? "text-red-700" : "text-emerald-700"}`}>{critical}</p>
        <p className="text-xs text-slate-600">{plan.gaps.length} gaps in all</p>
      </div>
      <div className="card">
        <p className="text-sm text-slate-600">Runbooks missing a target</p>
        <p className={`text-3xl font-semibold tabular-nums ${missing ? "text-amber-700" : "text-emerald-700"}`}>{missing}</p>
        <p className="text-xs text-slate-600">of {plan.scenarios.length} failure scenarios</p>
      </div>
      <div className="card">
        <p className="text-sm text-slate-600">Settings exports</p>
        <p className="text-3xl font-semibold tabular-nums">{plan.settingsExports.length}</p>
        <p className="text-xs text-slate-600">LCSCmd commands per cycle</p>
      </div>
    </div>
  );
}

export function RtoSection({
  id,
  plan,
  chosen,
  choices,
  rtoData,
}: {
  id: string;
  plan: Plan;
  chosen: Scenario | undefined;
  choices: ScenarioChoices;
  rtoData: RtoDatum[];
}) {
  return (
    <section className="card" aria-labelledby="rto-h">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="rto-h" className="font-semibold">
          Recovery time per workload
        </h2>
        <form className="no-print flex items-center gap-2 text-sm">
          <label htmlFor="rto-scenario" className="text-slate-600">
            Scenario
          </label>
          <select id="rto-scenario" name="scenario" defaultValue={chosen?.id ?? OVERVIEW_WORST_CASE} className="input w-60">
            <option value={OVERVIEW_WORST_CASE}>Worst case of all scenarios</option>
            {choices.groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {scenarioTitle(s)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button className="btn">Show</button>
        </form>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {choices.omitted > 0 ? (
          <>
            The picker lists the losses of more than one server and the servers missing a target; all {plan.scenarios.length} scenarios are
            on the{" "}
            <Link className="text-brand-700 underline" href={`/deployments/${id}/runbooks`}>
              runbooks page
            </Link>
            .{" "}
          </>
        ) : null}
        Bars: estimated hours until the workload is back; black marks: the target. Estimates follow the{" "}
        <Link className="text-brand-700 underline" href={`/deployments/${id}/assumptions`}>
          estimation assumptions
        </Link>
        .
      </p>
      <LazyRtoChart data={rtoData} />
      {chosen ? (
        <Link className="text-sm text-brand-700 hover:underline" href={scenarioHref(id, chosen.id)}>
          Open the runbook
        </Link>
      ) : null}
    </section>
  );
}

export function TopGaps({
  id,
  gaps,
  recommendations,
  canTry,
}: {
  id: string;
  gaps: Plan["gaps"];
  recommendations: Map<string, string>;
  canTry: boolean;
}) {
  return (
    <section className="card" aria-labelledby="gaps-h">
      <div className="flex items-center justify-between">
        <h2 id="gaps-h" className="font-semibold">
          Most severe gaps
        </h2>
        <Link className="text-sm text-brand-700 hover:underline" href={`/deployments/${id}/gaps`}>
          All {gaps.length} gaps
        </Link>
      </div>
      <ul className="mt-2 divide-y divide-slate-100" data-testid="top-gaps">
        {gaps.slice(0, 6).map((g) => (
          <li key={g.id} className="py-2 text-sm">
            <div className="flex items-center gap-2">
              <SeverityBadge severity={g.severity} />
              <span className="font-medium">{g.message}</span>
            </div>
            <p className="mt-1 text-slate-700">
              <span className="font-semibold">Fix:</span> {g.fix} <RuleIds rules={g.rules} />
            </p>
            {g.recommendation && recommendations.has(g.recommendation) ? (
              <div className="mt-1">
                <TryItButton
                  deploymentId={id}
                  recommendationId={g.recommendation}
                  title={recommendations.get(g.recommendation)!}
                  disabled={!canTry}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BackupWindowSection({ backupWindow }: { backupWindow: Plan["backupWindow"] }) {
  return (
    <section className="card" aria-labelledby="window-h" data-testid="backup-window">
      <h2 id="window-h" className="font-semibold">
        Backup window <RuleIds rules={backupWindow.rules} />
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {backupWindow.databaseGb} GB of databases and {backupWindow.fileShareGb} GB of file shares take about {backupWindow.totalHours} h a
        night.{" "}
        {backupWindow.fitsLowUsage ? (
          <span className="font-medium text-emerald-800">That fits the low-usage hours.</span>
        ) : (
          <span className="font-medium text-red-800">That runs into busy hours.</span>
        )}
      </p>
      <BackupWindowStrip window={backupWindow} />
    </section>
  );
}

export function StorageCost({ storage }: { storage: Plan["storage"] }) {
  return (
    <section className="card" aria-labelledby="cost-h" data-testid="storage-cost">
      <h2 id="cost-h" className="font-semibold">
        Storage and cost <RuleIds rules={storage.rules} />
      </h2>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">One full copy</dt>
        <dd className="text-right tabular-nums">{storage.fullCopyGb} GB</dd>
        <dt className="text-slate-600">{storage.retentionCopies} copies kept</dt>
        <dd className="text-right tabular-nums">{storage.retainedGb} GB</dd>
        <dt className="text-slate-600">Off-site set</dt>
        <dd className="text-right tabular-nums">{storage.offsiteGb} GB</dd>
        <dt className="font-medium">Total</dt>
        <dd className="text-right font-medium tabular-nums">{storage.totalGb} GB</dd>
        <dt className="text-slate-600">Per month at ${storage.usdPerGbMonth}/GB</dt>
        <dd className="text-right font-semibold tabular-nums">${storage.monthlyCostUsd.toLocaleString("en-US")}</dd>
        <dt className="text-slate-600">Budget</dt>
        <dd className="text-right tabular-nums">
          {storage.budgetUsd === null ? "not set" : `$${storage.budgetUsd.toLocaleString("en-US")}`}
        </dd>
      </dl>
      {storage.budgetUsd !== null ? (
        <div className="mt-3">
          <div
            className="h-3 w-full overflow-hidden rounded bg-slate-100"
            role="img"
            aria-label={`Storage cost is ${Math.round((storage.monthlyCostUsd / Math.max(storage.budgetUsd, 0.01)) * 100)}% of the budget`}
          >
            <div
              className={`h-3 ${storage.withinBudget ? "bg-emerald-600" : "bg-red-600"}`}
              style={{ width: `${Math.min(100, (storage.monthlyCostUsd / Math.max(storage.budgetUsd, 0.01)) * 100)}%` }}
            />
          </div>
          <p className={`mt-1 text-xs font-medium ${storage.withinBudget ? "text-emerald-800" : "text-red-800"}`}>
            {storage.withinBudget ? "Within budget" : "Over budget"}
          </p>
        </div>
      ) : null}
    </section>
  );
}

export function RpoSummarySection({ id, summary }: { id: string; summary: RpoSummary }) {
  const withEvidence = summary.basis === "evidence";
  const hours = (h: number | null) => (h === null ? "no good backup" : `${h} h`);
  return (
    <section className="card mt-6" aria-labelledby="rpo-h" data-testid="rpo-summary" data-basis={summary.basis}>
      <h2 id="rpo-h" className="font-semibold">
        Data loss against target
      </h2>
      <p className="mt-1 text-xs text-slate-600">
        {withEvidence ? (
          <>
            Actual data loss as the backup evidence shows it{summary.asOf ? ` (as of ${summary.asOf})` : ""}: from each item&apos;s last
            good backup to the end of its next scheduled run (P2, B1, B10). The planned figures are in the{" "}
          </>
        ) : (
          <>
            A target is judged by the interval between full backups (P2, D5): a nightly full backup meets a 24 h target. “Could lose up to”
            adds the backup&apos;s own run time. No backup evidence is uploaded, so these are the plan&apos;s figures. Every item is listed
            in the{" "}
          </>
        )}
        <Link className="link" href={`/deployments/${id}/plan#rpo`}>
          backup plan
        </Link>
        {withEvidence ? (
          <>
            {" "}
            and the{" "}
            <Link className="link" href={`/deployments/${id}/evidence`}>
              evidence page
            </Link>
          </>
        ) : null}
        .
      </p>
      <table className="table mt-2">
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col" className="text-right">
              Items
            </th>
            <th scope="col" className="text-right">
              {withEvidence ? "Could lose now" : "Could lose up to"}
            </th>
            <th scope="col" className="text-right">
              Target
            </th>
            <th scope="col" className="text-right">
              Missing it
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.groups.map((g) => (
            <tr key={g.data} data-data={g.data}>
              <td className="font-medium">{g.data}</td>
              <td className="text-right tabular-nums">{g.items}</td>
              <td className="text-right tabular-nums">{hours(g.worstHours)}</td>
              <td className="text-right tabular-nums">{g.targetHours === null ? "—" : `${g.targetHours} h`}</td>
              <td className="text-right">
                {g.targetHours === null ? (
                  "—"
                ) : g.misses === 0 ? (
                  <MeetsBadge meets={true} />
                ) : (
                  <span className="font-semibold text-red-700">{g.misses}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.misses.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold">Furthest from target</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {summary.misses.map((r) => (
              <li key={`${r.data}@${r.subject ?? ""}`}>
                <span className="font-medium">{r.data}</span> <span className="break-all font-mono text-xs">{r.subject ?? ""}</span>:{" "}
                {r.hours === null ? "no good backup" : `could lose ${withEvidence ? "now" : "up to"} ${r.hours} h`} against {r.targetHours}{" "}
                h{r.problem ? ` (${r.problem})` : ""}
              </li>
            ))}
          </ul>
          {summary.moreMisses > 0 && <p className="mt-1 text-xs text-slate-600">and {summary.moreMisses} more in the backup plan.</p>}
        </>
      )}
    </section>
  );
}
