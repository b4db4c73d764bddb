import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentHead, poolList, siteList } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import { ServerForm } from "@/components/model/server-form";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: add a server" };

export default async function NewServerPage({ params }: PageProps<"/deployments/[id]/model/servers/new">) {
  await requireRole("planner");
  const { id } = await params;
  const [head, sites, pools] = await Promise.all([deploymentHead(prisma, id), siteList(prisma, id), poolList(prisma, id)]);
  if (!head) notFound();
  return (
    <>
      <PageHeader
        title="Add a server"
        description="The server is added only if the whole deployment still follows the consistency rules, for example no separate conferencing server in a consolidated pool (S8)."
        actions={
          <Link href={`/deployments/${id}/model/servers`} className="btn">
            Back to servers
          </Link>
        }
      />
      <ModelSection id="server-h" title="New server">
        <ServerForm deploymentId={id} version={head.version} sites={sites.map((s) => s.name)} pools={pools.map((p) => p.pool)} />
      </ModelSection>
    </>
  );
}
