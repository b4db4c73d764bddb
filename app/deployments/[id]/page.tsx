import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { loadDeployment } from "@/lib/db/deployment-store";
import { PageHeader } from "@/components/ui/page-header";
import { POOL_KIND_LABELS, ROLE_LABELS, type Role } from "@/lib/formats/enums";

export default async function DeploymentOverviewPage({ params }: PageProps<"/deployments/[id]">) {
  const { id } = await params;
  const stored = await loadDeployment(prisma, id);
  if (!stored) notFound();
  const d = stored.deployment;
  const roleCounts = new Map<Role, number>();
  d.servers.forEach((s) => s.roles.forEach((r) => roleCounts.set(r, (roleCounts.get(r) ?? 0) + 1)));
  return (
    <>
      <PageHeader title={d.name} description={`Forest ${d.forest} · version ${stored.version}`} />
      <div className="grid gap-4 md:grid-cols-3">
        <section className="card" aria-labelledby="sites-h">
          <h2 id="sites-h" className="font-semibold">Sites</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {d.sites.map((s) => (
              <li key={s.name}>
                {s.name} <span className="text-slate-500">({s.kind})</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="pools-h">
          <h2 id="pools-h" className="font-semibold">Pools</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {d.pools.map((p) => (
              <li key={p.name}>
                <span className="font-mono">{p.name}</span> <span className="text-slate-500">{POOL_KIND_LABELS[p.kind]}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="roles-h">
          <h2 id="roles-h" className="font-semibold">Servers by role</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {[...roleCounts].map(([role, n]) => (
              <li key={role} className="flex justify-between">
                <span>{ROLE_LABELS[role]}</span>
                <span className="tabular-nums">{n}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
