import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentHead, fileShareList } from "@/lib/db/model-queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ModelSection } from "@/components/model/section";
import { AddFileShareForm, FileShareList } from "@/components/model/file-shares";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: file shares" };

export default async function FileSharesPage({ params }: PageProps<"/deployments/[id]/model/file-shares">) {
  await requireRole("viewer");
  const { id } = await params;
  const [head, shares] = await Promise.all([deploymentHead(prisma, id), fileShareList(prisma, id)]);
  if (!head) notFound();
  const target = { deploymentId: id, version: head.version };
  return (
    <>
      <PageHeader
        title="File shares"
        description="Meeting content, its metadata and the meeting compliance log are backed up with file tools (D6). Address book files are not: the User Replicator regenerates them (D7)."
      />
      <div className="space-y-6">
        <ModelSection id="shares-h" title="File shares">
          {shares.length === 0 ? (
            <EmptyState headingLevel={3} title="No file shares listed">
              Optional. Add the shares that hold meeting content below.
            </EmptyState>
          ) : (
            <FileShareList shares={shares} {...target} />
          )}
        </ModelSection>
        <ModelSection id="add-share-h" title="Add a file share">
          <AddFileShareForm {...target} />
        </ModelSection>
      </div>
    </>
  );
}
