import Link from "next/link";
import type { DeploymentFile } from "@/lib/formats/deployment";
import { PROTECTION_STATUSES, type Protection, type ProtectionStatus } from "@/lib/view/protection";
import { countsText, roleSummary, serverHref } from "@/lib/view/topology-graph";
import { TOPOLOGY_ALL_SITES, TOPOLOGY_LIST_LIMIT } from "@/lib/view/topology-page";
import { StatusIcon } from "./status-icon";

// The topology page's sections (app/deployments/[id]/topology/page.tsx composes them).

const LEGEND: Record<ProtectionStatus, string> = {
  protected:
    "Backed up (settings export, its databases and shares), and every ranked workload it serves meets its recovery target in every scenario.",
  partly: "Some of its data is not backed up, or a ranked workload it serves misses its recovery target by less than twice.",
  unprotected:
    "No settings export or none of its data backed up, or a ranked workload it serves comes back twice as late as its target or later.",
  "not-applicable": "Holds nothing the plan backs up and serves no ranked workload (pools and shares: backups only).",
};

export function SitePicker({
  siteNames,
  site,
  serverCount,
  serversAt,
}: {
  siteNames: string[];
  site: string | undefined;
  serverCount: number;
  serversAt: Map<string, number>;
}) {
  if (siteNames.length <= 1) return null;
  return (
    <form method="get" className="flex items-end gap-2" aria-label="Choose a site">
      <div>
        <label htmlFor="topology-site" className="label">
          Site
        </label>
        <select id="topology-site" name="site" defaultValue={site ?? TOPOLOGY_ALL_SITES} className="input w-64">
          <option value={TOPOLOGY_ALL_SITES}>All sites ({serverCount} servers)</option>
          {siteNames.map((n) => (
            <option key={n} value={n}>
              {n} ({serversAt.get(n) ?? 0} servers)
            </option>
          ))}
        </select>
      </div>
      <button className="btn">Show</button>
    </form>
  );
}

export function ProtectionLegend({ counts, serverCount }: { counts: Record<ProtectionStatus, number>; serverCount: number }) {
  return (
    <section aria-labelledby="legend-h" className="card mb-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="legend-h" className="text-sm font-semibold text-slate-800">
          Legend{" "}
          <span className="font-normal text-slate-600">
            and count of the {serverCount} server{serverCount === 1 ? "" : "s"}
          </span>
        </h2>
        <p className="text-xs text-slate-600">
          Dashed orange box: the perimeter network. Arrows: perimeter to internal network, pool to its back-end SQL Server.
        </p>
      </div>
      <ul className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-4" data-testid="topology-legend">
        {PROTECTION_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <div className="flex items-center justify-between gap-2 text-sm font-medium">
              <StatusIcon status={s} />
              <span className="tabular-nums" aria-label={`${counts[s]} servers`}>
                {counts[s]}
              </span>
            </div>
            <p className="text-xs text-slate-600">{LEGEND[s]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

type AtRiskServer = { server: DeploymentFile["servers"][number]; p: Protection };

export function AtRiskTable({
  atRisk,
  others,
  basePath,
  counts,
}: {
  atRisk: AtRiskServer[];
  others: { what: string; href: string; p: Protection }[];
  basePath: string;
  counts: Record<ProtectionStatus, number>;
}) {
  return (
    <section aria-labelledby="at-risk-h" className="card p-0">
      <h2 id="at-risk-h" className="border-b border-slate-200 px-4 py-2 font-semibold">
        Not fully protected <span className="text-sm font-normal text-slate-500">({atRisk.length + others.length})</span>
      </h2>
      {atRisk.length + others.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-700">Every server, pool and share that needs a backup has one.</p>
      ) : (
        <table className="table" data-testid="at-risk">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Status</th>
              <th scope="col">Not backed up, or back too late</th>
            </tr>
          </thead>
          <tbody>
            {others.map((o) => (
              <tr key={o.what}>
                <td>
                  <Link className="font-medium text-brand-700 hover:underline" href={o.href}>
                    {o.what}
                  </Link>
                </td>
                <td className="text-sm">
                  <StatusIcon status={o.p.status} />
                </td>
                <td className="text-sm">
                  {o.p.items
                    .filter((i) => !i.covered)
                    .map((i) => i.label)
                    .join("; ")}
                </td>
              </tr>
            ))}
            {atRisk.slice(0, TOPOLOGY_LIST_LIMIT).map(({ server, p }) => (
              <tr key={server.fqdn}>
                <td>
                  <Link className="font-mono text-sm font-medium text-brand-700 hover:underline" href={serverHref(basePath, server.fqdn)}>
                    {server.fqdn}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {roleSummary(server.roles)} · {server.site}
                    {server.pool ? ` · ${server.pool}` : ""}
                  </span>
                </td>
                <td className="text-sm">
                  <StatusIcon status={p.status} />
                </td>
                <td className="text-sm">
                  {p.items
                    .filter((i) => !i.covered)
                    .map((i) => i.label)
                    .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {atRisk.length > TOPOLOGY_LIST_LIMIT ? (
        <p className="px-4 py-2 text-sm text-slate-600">
          Showing {TOPOLOGY_LIST_LIMIT} of {atRisk.length} servers ({countsText({ ...counts, protected: 0, "not-applicable": 0 })}).
        </p>
      ) : null}
    </section>
  );
}
