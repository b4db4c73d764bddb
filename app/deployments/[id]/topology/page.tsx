import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { countByStatus, PROTECTION_STATUSES, protectionOf, shareKey, type Protection, type ProtectionStatus } from "@/lib/planning/protection";
import { countsText, DEFAULT_COLLAPSE_ABOVE, DEFAULT_MAX_SHOWN, roleSummary, serverHref, topologyGraph } from "@/lib/planning/topology-graph";
import { cachedLayout } from "@/lib/planning/topology-layout";
import { PageHeader } from "@/components/ui/page-header";
import { StatusIcon } from "@/components/topology/status-icon";
import { TopologyDiagram } from "@/components/topology/topology-diagram";
import { SHARE_CONTENT_LABELS } from "@/components/model/labels";
import { requireRole } from "@/lib/auth/server";
import { recoverabilityOf, withRecoverability } from "@/lib/planning/recoverability";

export const metadata: Metadata = { title: "Topology" };

/** Above this many servers the picture shows one site at a time (the first by default). */
const ONE_SITE_ABOVE = 400;
const LIST_LIMIT = 200;
const ALL = "*";

const LEGEND: Record<ProtectionStatus, string> = {
  protected: "Backed up (settings export, its databases and shares), and every ranked workload it serves meets its recovery target in every scenario.",
  partly: "Some of its data is not backed up, or a ranked workload it serves misses its recovery target by less than twice.",
  unprotected: "No settings export or none of its data backed up, or a ranked workload it serves comes back twice as late as its target or later.",
  "not-applicable": "Holds nothing the plan backs up and serves no ranked workload.",
};

export default async function TopologyPage({ params, searchParams }: PageProps<"/deployments/[id]/topology">) {
  await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  const planned = await loadPlan(id);
  if (!planned) notFound();
  const d = planned.stored.deployment;
  // Servers are coloured by the worse of backup protection and recoverability (the worst miss of the
  // ranked workloads they serve); the legend counts the same map.
  const protection = withRecoverability(protectionOf(d, planned.plan), recoverabilityOf(d, planned.plan.assessment.worst));

  const siteNames = [...new Set([...d.sites.map((s) => s.name), ...d.servers.map((s) => s.site)])];
  const serversAt = new Map<string, number>();
  for (const s of d.servers) serversAt.set(s.site, (serversAt.get(s.site) ?? 0) + 1);
  const asked = typeof sp.site === "string" ? sp.site : undefined;
  const large = d.servers.length > ONE_SITE_ABOVE && siteNames.length > 1;
  const site = asked === ALL ? undefined : asked !== undefined && siteNames.includes(asked) ? asked : large ? siteNames[0] : undefined;

  const basePath = `/deployments/${id}`;
  const { topology, ms: layoutMs } = await cachedLayout(`${id}:${planned.stored.version}:${planned.stored.updatedAt.getTime()}:${site ?? ALL}:${planned.plan.assessment.worst.map((w) => w.hours).join(",")}`, () =>
    topologyGraph(d, protection, { basePath, site, shareLabels: SHARE_CONTENT_LABELS }),
  );
  const drawn = topology.nodes.filter((n) => n.meta.kind === "server").length;
  const summaries = topology.nodes.filter((n) => n.meta.kind === "summary");

  const counts = countByStatus(protection.servers.values());
  const atRisk = d.servers
    .map((s) => ({ server: s, p: protection.servers.get(s.fqdn)! }))
    .filter(({ p }) => p.status === "unprotected" || p.status === "partly");
  const others: { what: string; href: string; p: Protection }[] = [
    ...(d.dependencies.reverseProxy && protection.reverseProxy && protection.reverseProxy.status !== "protected"
      ? [{ what: `Reverse proxy ${d.dependencies.reverseProxy.fqdn}`, href: `${basePath}/model/dependencies`, p: protection.reverseProxy }]
      : []),
    ...[...protection.pools].filter(([, p]) => p.status !== "protected").map(([name, p]) => ({ what: `Pool ${name} (global and pool settings)`, href: `${basePath}/model/pools`, p })),
    ...(d.fileShares ?? []).flatMap((f) => {
      const p = protection.shares.get(shareKey(f));
      return p && (p.status === "unprotected" || p.status === "partly") ? [{ what: `${SHARE_CONTENT_LABELS[f.content]} share ${f.path}`, href: `${basePath}/model/file-shares`, p }] : [];
    }),
  ];

  const siteForm =
    siteNames.length > 1 ? (
      <form method="get" className="flex items-end gap-2" aria-label="Choose a site">
        <div>
          <label htmlFor="topology-site" className="label">
            Site
          </label>
          <select id="topology-site" name="site" defaultValue={site ?? ALL} className="input w-64">
            <option value={ALL}>All sites ({d.servers.length} servers)</option>
            {siteNames.map((n) => (
              <option key={n} value={n}>
                {n} ({serversAt.get(n) ?? 0} servers)
              </option>
            ))}
          </select>
        </div>
        <button className="btn">Show</button>
      </form>
    ) : null;

  const title = `Topology of ${d.name}${site ? `, site ${site}` : ""}: ${drawn} servers drawn${summaries.length ? `, ${summaries.length} summary nodes` : ""}`;
  return (
    <>
      <PageHeader
        title="Topology"
        description="Sites, pools and servers as the deployment lists them. Servers are marked by how well they are protected: today's backups, and how late the ranked workloads they serve come back against their targets. Select a server to open it in the model editor."
        actions={siteForm}
      />
      {large && site ? (
        <p className="no-print mb-3 text-sm text-slate-700">
          A deployment of this size is shown one site at a time: choose another site, or “All sites” for every site on one long page.
        </p>
      ) : null}

      <section aria-labelledby="legend-h" className="card mb-4 py-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="legend-h" className="text-sm font-semibold text-slate-800">
            Legend <span className="font-normal text-slate-600">and count of the {d.servers.length} server{d.servers.length === 1 ? "" : "s"}</span>
          </h2>
          <p className="text-xs text-slate-600">Dashed orange box: the perimeter network. Arrows: perimeter to internal network, pool to its back-end SQL Server.</p>
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

      {summaries.length > 0 ? (
        <p className="mb-3 text-sm text-slate-700" role="note">
          {summaries.length} pool{summaries.length === 1 ? "" : "s"} or group{summaries.length === 1 ? "" : "s"} drawn as one summary node each (more than {DEFAULT_COLLAPSE_ABOVE} servers, or the largest ones once{" "}
          {DEFAULT_MAX_SHOWN} servers are drawn): {summaries.reduce((n, s) => n + Object.values(s.meta.counts ?? {}).reduce((a, b) => a + b, 0), 0)} servers in all.
        </p>
      ) : null}

      <figure className="mb-8">
        <div className="overflow-auto rounded-lg border border-slate-200 bg-white p-3 print:overflow-visible print:border-0 print:p-0">
          <TopologyDiagram topology={topology} title={title} />
        </div>
        <figcaption className="mt-2 text-xs text-slate-600">
          {title}. Laid out by ELK (layered) in {layoutMs} ms.
        </figcaption>
      </figure>

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
                  <td className="text-sm">{o.p.items.filter((i) => !i.covered).map((i) => i.label).join("; ")}</td>
                </tr>
              ))}
              {atRisk.slice(0, LIST_LIMIT).map(({ server, p }) => (
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
                  <td className="text-sm">{p.items.filter((i) => !i.covered).map((i) => i.label).join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {atRisk.length > LIST_LIMIT ? (
          <p className="px-4 py-2 text-sm text-slate-600">
            Showing {LIST_LIMIT} of {atRisk.length} servers ({countsText({ ...counts, protected: 0, "not-applicable": 0 })}).
          </p>
        ) : null}
      </section>
    </>
  );
}
