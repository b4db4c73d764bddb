import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentHead, poolList, siteList } from "@/lib/db/model-queries";
import { findServer } from "@/lib/db/server-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import { RemoveServer, ServerForm } from "@/components/model/server-form";
import { requireRole } from "@/lib/auth/server";

export async function generateMetadata({ params }: PageProps<"/deployments/[id]/model/servers/[fqdn]">): Promise<Metadata> {
  const { fqdn } = await params;
  return { title: `Server ${decodeURIComponent(fqdn)}` };
}

export default async function EditServerPage({ params, searchParams }: PageProps<"/deployments/[id]/model/servers/[fqdn]">) {
  await requireRole("viewer");
  const { id, fqdn: raw } = await params;
  const fqdn = decodeURIComponent(raw);
  const saved = (await searchParams).saved !== undefined;
  const [head, server, sites, pools] = await Promise.all([
    deploymentHead(prisma, id),
    findServer(prisma, id, fqdn),
    siteList(prisma, id),
    poolList(prisma, id),
  ]);
  if (!head || !server) notFound();
  return (
    <>
      <PageHeader
        title={server.fqdn}
        description="Edit this server. Changes are saved only if the whole deployment still follows the consistency rules."
        actions={
          <Link href={`/deployments/${id}/model/servers`} className="btn">
            Back to servers
          </Link>
        }
      />
      {saved ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Saved.
        </p>
      ) : null}
      <div className="space-y-6">
        <ModelSection id="server-h" title="Server">
          <ServerForm
            deploymentId={id}
            version={head.version}
            sites={sites.map((s) => s.name)}
            pools={pools.map((p) => p.pool)}
            server={server}
          />
        </ModelSection>
        <ModelSection
          id="remove-server-h"
          title="Remove this server"
          description="A server that is a pool's back end or holds databases cannot be removed until those point elsewhere."
        >
          <RemoveServer deploymentId={id} version={head.version} fqdn={server.fqdn} />
        </ModelSection>
      </div>
    </>
  );
}
