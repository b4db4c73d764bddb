// The sections of the Successor page (rule M1): the targets side by side, steps with their basis, the
// successor's backup mapped from this plan, and its site resilience beside this plan's estimates.
import Link from "next/link";
import type { SuccessorBackup, SuccessorNotBackedUp, SuccessorSection, SuccessorStep } from "@/lib/formats/plan-successor";
import type { CompareRow, TargetSummary } from "@/lib/view/successor-page";
import type { Change } from "@/lib/view/compare-plans";
import { Command } from "@/components/plan/command";
import { RuleIds } from "@/components/plan/rule-ids";

export function BasisBadge({ basis }: { basis: "documented" | "inferred" }) {
  return basis === "documented" ? (
    <span className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-xs text-slate-700" data-basis="documented">
      documented
    </span>
  ) : (
    <span className="rounded border border-amber-300 bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900" data-basis="inferred">
      inferred: check first
    </span>
  );
}

export function TargetTable({ id, targets, current }: { id: string; targets: TargetSummary[]; current: string | null }) {
  return (
    <table className="table" data-testid="successor-targets">
      <thead>
        <tr>
          <th scope="col">Successor</th>
          <th scope="col">Path from this deployment</th>
          <th scope="col">End of support</th>
          <th scope="col" className="text-right">
            Hands-on hours
          </th>
        </tr>
      </thead>
      <tbody>
        {targets.map((t) => (
          <tr
            key={t.target}
            aria-current={t.target === current ? "true" : undefined}
            className={t.target === current ? "bg-brand-50" : undefined}
          >
            <td className="font-medium">
              <Link href={`/deployments/${id}/successor?target=${t.target}`} className="text-brand-700 hover:underline">
                {t.product}
              </Link>
            </td>
            <td>{t.supported ? t.paths.join("; or ") : <span className="font-semibold text-red-800">No supported path</span>}</td>
            <td>
              {t.supportEndsOn ?? "not known"}
              {t.supportEnded ? <span className="ml-1 text-xs font-semibold text-red-800">(ended)</span> : null}
            </td>
            <td className="text-right tabular-nums">{t.supported ? `${t.hours} h` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StepList({ steps, testId }: { steps: SuccessorStep[]; testId: string }) {
  return (
    <ol className="mt-2 space-y-3" data-testid={testId}>
      {steps.map((s) => (
        <li key={s.order} className="border-l-2 border-slate-200 pl-3" data-step={s.order}>
          <div className="flex flex-wrap items-baseline gap-2">
            <span className="font-mono text-xs text-slate-500">{s.order}.</span>
            <span className="font-medium text-slate-900">{s.title}</span>
            <BasisBadge basis={s.basis} />
            <RuleIds rules={s.rules} />
          </div>
          <p className="text-xs text-slate-600">
            {s.minutes !== undefined ? `${s.minutes} min` : "no estimate"}
            {s.pool ? ` · pool ${s.pool}` : ""} · source: {s.source}
          </p>
          {s.detail ? <p className="mt-1 text-sm text-slate-700">{s.detail}</p> : null}
          {s.command ? <Command command={s.command} verify={s.basis === "inferred"} /> : null}
        </li>
      ))}
    </ol>
  );
}

function Delta({ c }: { c: Change }) {
  if (c.delta === null) return <span className="text-slate-500">—</span>;
  if (c.delta === 0) return <span className="text-slate-500">no change</span>;
  const better = c.delta < 0;
  return (
    <span className={`font-semibold ${better ? "text-emerald-700" : "text-red-700"}`}>
      {c.delta > 0 ? "+" : "−"}
      {Math.abs(c.delta)} h {better ? "better" : "worse"}
    </span>
  );
}

const hours = (v: number | null) => (v === null ? "—" : `${v} h`);

/** The what-if comparison's table, with this plan as the baseline and the successor as the variant. */
export function CompareTable({ rows, product }: { rows: CompareRow[]; product: string }) {
  return (
    <table className="table mt-2" data-testid="successor-compare">
      <thead>
        <tr>
          <th scope="col">Workload</th>
          <th scope="col" className="text-right">
            This plan, worst case
          </th>
          <th scope="col" className="text-right">
            {product}, published + decision
          </th>
          <th scope="col">Change</th>
          <th scope="col">Holds when</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.name}</td>
            <td className="text-right tabular-nums">{hours(r.change.a)}</td>
            <td className="text-right tabular-nums">{hours(r.change.b)}</td>
            <td>
              <Delta c={r.change} />
            </td>
            <td className="text-xs text-slate-700">{r.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BackupTable({ rows, left }: { rows: SuccessorBackup[]; left: SuccessorNotBackedUp[] }) {
  return (
    <table className="table mt-2" data-testid="successor-backup">
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Successor&apos;s command</th>
          <th scope="col">Replaces in this plan</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.title}>
            <td>
              <div className="font-medium">{b.title}</div>
              <div className="mt-1 flex flex-wrap gap-1">
                <BasisBadge basis={b.basis} />
                <RuleIds rules={b.rules} />
              </div>
            </td>
            <td className="min-w-64">
              <Command command={b.command} verify={b.basis === "inferred"} />
              {b.note ? <p className="mt-1 text-xs text-slate-600">{b.note}</p> : null}
            </td>
            <td className="text-xs">
              {b.replaces.length > 0 ? b.replaces.join("; ") : <em className="text-slate-500">nothing in this plan</em>}
            </td>
          </tr>
        ))}
        {left.map((b) => (
          <tr key={b.title}>
            <td>
              <div className="font-medium">{b.title}</div>
              <div className="mt-1 flex flex-wrap gap-1">
                <BasisBadge basis={b.basis} />
                <RuleIds rules={b.rules} />
              </div>
            </td>
            <td>
              <em>not backed up</em>
              <p className="mt-1 text-xs text-slate-600">{b.reason}</p>
            </td>
            <td className="text-xs">
              {b.replaces.length > 0 ? b.replaces.join("; ") : <em className="text-slate-500">nothing in this plan</em>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PublishedTargets({ r }: { r: SuccessorSection["resilience"] }) {
  const p = r.published;
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="successor-published">
      <dt className="font-medium">{p.measures}</dt>
      <dd>
        recovery time {p.rtoMinutesFrom !== undefined ? `${p.rtoMinutesFrom}–${p.rtoMinutes}` : p.rtoMinutes} min, data loss {p.rpoMinutes}{" "}
        min
      </dd>
      {r.cmsFailover ? (
        <>
          <dt className="font-medium">{r.cmsFailover.measures}</dt>
          <dd>
            recovery time {r.cmsFailover.rtoMinutes} min, data loss {r.cmsFailover.rpoMinutes} min
          </dd>
        </>
      ) : null}
      <dt className="font-medium">Source</dt>
      <dd className="text-slate-700">{p.source}</dd>
      <dt className="font-medium">Caveat</dt>
      <dd className="text-slate-700">{p.caveat}</dd>
      <dt className="font-medium">Failback</dt>
      <dd className="text-slate-700">{r.failback}</dd>
    </dl>
  );
}
