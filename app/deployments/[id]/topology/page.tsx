import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPlan } from "@/lib/planning/load-plan";
import { countByStatus, protectionOf } from "@/lib/view/protection";
import { notFullyProtectedOthers, TOPOLOGY_ALL_SITES } from "@/lib/view/topology-page";
import { DEFAULT_COLLAPSE_ABOVE, DEFAULT_MAX_SHOWN, topologyGraph } from "@/lib/view/topology-graph";
import { cachedLayout } from "@/lib/view/topology-layout";
import { PageHeader } from "@/components/ui/page-header";
import { AtRiskTable, ProtectionLegend, SitePicker } from "@/components/topology/topology-sections";
import { TopologyDiagram } from "@/components/topology/topology-diagram";
import { SHARE_CONTENT_LABELS } from "@/lib/view/labels";
import { requireRole } from "@/lib/auth/server";
import { recoverabilityOf, withRecoverability } from "@/lib/view/recoverability";

export const metadata: Metadata = { title: "Topology" };

/** Above this many servers the picture shows one site at a time (the first by default). */
const ONE_SITE_ABOVE = 400;
const ALL = TOPOLOGY_ALL_SITES;

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
  const { topology, ms: layoutMs } = await cachedLayout(
    `${id}:${planned.stored.version}:${planned.stored.updatedAt.getTime()}:${site ?? ALL}:${planned.plan.assessment.worst.map((w) => w.hours).join(",")}`,
    () => topologyGraph(d, protection, { basePath, site, shareLabels: SHARE_CONTENT_LABELS }),
  );
  const drawn = topology.nodes.filter((n) => n.meta.kind === "server").length;
  const summaries = topology.nodes.filter((n) => n.meta.kind === "summary");

  const counts = countByStatus(protection.servers.values());
  const atRisk = d.servers
    .map((s) => ({ server: s, p: protection.servers.get(s.fqdn)! }))
    .filter(({ p }) => p.status === "unprotected" || p.status === "partly");
  const others = notFullyProtectedOthers(d, protection, basePath);

  const siteForm = <SitePicker siteNames={siteNames} site={site} serverCount={d.servers.length} serversAt={serversAt} />;

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

      <ProtectionLegend counts={counts} serverCount={d.servers.length} />

      {summaries.length > 0 ? (
        <p className="mb-3 text-sm text-slate-700" role="note">
          {summaries.length} pool{summaries.length === 1 ? "" : "s"} or group{summaries.length === 1 ? "" : "s"} drawn as one summary node
          each (more than {DEFAULT_COLLAPSE_ABOVE} servers, or the largest ones once {DEFAULT_MAX_SHOWN} servers are drawn):{" "}
          {summaries.reduce((n, s) => n + Object.values(s.meta.counts ?? {}).reduce((a, b) => a + b, 0), 0)} servers in all.
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

      <AtRiskTable atRisk={atRisk} others={others} basePath={basePath} counts={counts} />
    </>
  );
}
