import type { VersionDiff } from "@/lib/view/version-diff";
import type { Change } from "@/lib/view/compare-plans";
import { formatHours } from "@/lib/view/durations";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import { SeverityBadge } from "@/components/plan/severity-badge";

const hours = (h: number | null) => (h === null ? "—" : formatHours(h));

function Delta({ c }: { c: Change }) {
  if (c.delta === null) return <span className="text-slate-500">{c.a === null ? "new" : "gone"}</span>;
  if (c.delta === 0) return <span className="text-slate-500">same</span>;
  return (
    <span className={`font-semibold ${c.delta > 0 ? "text-red-700" : "text-emerald-700"}`}>
      {c.delta > 0 ? `+${formatHours(c.delta)}` : `−${formatHours(-c.delta)}`}
    </span>
  );
}

/** What changed from version `from` to version `to`: servers, gaps, recovery times. */
export function VersionDiffView({ diff, from, to }: { diff: VersionDiff; from: number; to: number }) {
  const { servers, gaps, plans } = diff;
  const scenarios = plans.scenarios.filter((s) => s.delta !== 0);
  const workloads = plans.workloads.filter((w) => w.delta !== 0);
  const noServerChange = !servers.added.length && !servers.removed.length && !servers.changed.length;
  return (
    <div className="mt-4 space-y-5" data-testid="version-diff">
      <p className="text-sm text-slate-700">
        From version {from} to version {to}: {plans.gaps.total.a} → {plans.gaps.total.b} gaps ({plans.gaps.critical.a} →{" "}
        {plans.gaps.critical.b} critical).
      </p>

      <div>
        <h3 className="font-semibold">Estimation assumptions</h3>
        {diff.assumptions.length === 0 ? (
          <p className="text-sm text-slate-700">The same assumptions.</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="assumption-changes">
            {diff.assumptions.map((a) => (
              <li key={a.key}>
                <span className="font-semibold text-amber-800">Changed</span> {a.label}: {a.from} → {a.to} {a.unit}{" "}
                <span className="text-xs text-slate-500">({a.key})</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h3 className="font-semibold">Servers</h3>
        {noServerChange ? (
          <p className="text-sm text-slate-700">No server added, removed or changed.</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="server-changes">
            {servers.added.map((s) => (
              <li key={`+${s.fqdn}`}>
                <span className="font-semibold text-emerald-800">Added</span> {s.fqdn} ({s.roles.join(", ")}; site {s.site}
                {s.pool ? `, pool ${s.pool}` : ""})
              </li>
            ))}
            {servers.removed.map((s) => (
              <li key={`-${s.fqdn}`}>
                <span className="font-semibold text-red-800">Removed</span> {s.fqdn} ({s.roles.join(", ")})
              </li>
            ))}
            {servers.changed.map((s) => (
              <li key={`~${s.fqdn}`}>
                <span className="font-semibold text-amber-800">Changed</span> {s.fqdn}: {s.changes.join("; ")}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h3 className="font-semibold">Gaps</h3>
        {!gaps.added.length && !gaps.removed.length ? (
          <p className="text-sm text-slate-700">The same gaps.</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="gap-changes">
            {gaps.removed.map((g) => (
              <li key={`-${g.id}`}>
                <span className="font-semibold text-emerald-800">Closed</span> <SeverityBadge severity={g.severity} /> {g.message}{" "}
                <span className="text-xs text-slate-500">({g.id})</span>
              </li>
            ))}
            {gaps.added.map((g) => (
              <li key={`+${g.id}`}>
                <span className="font-semibold text-red-800">New</span> <SeverityBadge severity={g.severity} /> {g.message}{" "}
                <span className="text-xs text-slate-500">({g.id})</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h3 className="font-semibold">Recovery times</h3>
        {!scenarios.length && !workloads.length ? (
          <p className="text-sm text-slate-700">No recovery time changed.</p>
        ) : (
          <>
            {workloads.length ? (
              <table className="table mt-1">
                <caption className="mb-1 text-left text-sm font-semibold">Worst recovery time per workload</caption>
                <thead>
                  <tr>
                    <th scope="col">Workload</th>
                    <th scope="col" className="text-right">
                      Version {from}
                    </th>
                    <th scope="col" className="text-right">
                      Version {to}
                    </th>
                    <th scope="col" className="text-right">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {workloads.map((w) => (
                    <tr key={w.workload}>
                      <td>{WORKLOAD_LABELS[w.workload]}</td>
                      <td className="text-right tabular-nums">{hours(w.a)}</td>
                      <td className="text-right tabular-nums">{hours(w.b)}</td>
                      <td className="text-right tabular-nums">
                        <Delta c={w} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {scenarios.length ? (
              <table className="table mt-3">
                <caption className="mb-1 text-left text-sm font-semibold">Restore scenarios whose recovery time changed</caption>
                <thead>
                  <tr>
                    <th scope="col">Scenario</th>
                    <th scope="col" className="text-right">
                      Version {from}
                    </th>
                    <th scope="col" className="text-right">
                      Version {to}
                    </th>
                    <th scope="col" className="text-right">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {scenarios.slice(0, 200).map((s) => (
                    <tr key={s.id}>
                      <td>{s.title}</td>
                      <td className="text-right tabular-nums">{hours(s.a)}</td>
                      <td className="text-right tabular-nums">{hours(s.b)}</td>
                      <td className="text-right tabular-nums">
                        <Delta c={s} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
