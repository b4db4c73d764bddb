import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentHead, siteList, siteUsage } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ModelSection } from "@/components/model/section";
import { AddSiteForm, SiteList } from "@/components/model/sites";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: sites" };

export default async function SitesPage({ params }: PageProps<"/deployments/[id]/model/sites">) {
  await requireRole("viewer");
  const { id } = await params;
  const [head, sites, usage] = await Promise.all([deploymentHead(prisma, id), siteList(prisma, id), siteUsage(prisma, id)]);
  if (!head) notFound();
  const target = { deploymentId: id, version: head.version };
  return (
    <>
      <PageHeader
        title="Sites"
        description="The locations of the deployment. A standby site is a disaster recovery site: its standby servers must be able to reach the settings exports (S5)."
      />
      <div className="space-y-6">
        <ModelSection
          id="sites-h"
          title="Sites"
          description="Renaming a site renames it in its pools and servers too. A site still used by a pool or server cannot be removed."
        >
          {sites.length === 0 ? (
            <EmptyState headingLevel={3} title="No sites yet">
              Add the first site below.
            </EmptyState>
          ) : (
            <SiteList sites={sites} usage={usage} {...target} />
          )}
        </ModelSection>
        <ModelSection id="add-site-h" title="Add a site">
          <AddSiteForm {...target} />
        </ModelSection>
      </div>
    </>
  );
}
