import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db/client";
import { deploymentNameOf } from "@/lib/db/deployment-store";
import { listAudit } from "@/lib/db/audit-store";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { AuditTable } from "@/components/audit/audit-table";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

export default async function AuditPage({ searchParams }: PageProps<"/audit">) {
  await requireRole("viewer");
  const sp = await searchParams;
  const deploymentId = typeof sp.deployment === "string" && sp.deployment ? sp.deployment : undefined;
  const page = Math.max(1, Math.floor(Number(typeof sp.page === "string" ? sp.page : 1)) || 1);
  const { entries, total } = await listAudit(prisma, { deploymentId, take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const name = deploymentId ? (entries[0]?.deploymentName ?? (await deploymentNameOf(prisma, deploymentId)) ?? deploymentId) : null;
  const href = (p: number) => `/audit?${new URLSearchParams({ ...(deploymentId ? { deployment: deploymentId } : {}), page: String(p) })}`;

  return (
    <>
      <PageHeader
        title={name ? `Audit log: ${name}` : "Audit log"}
        description="Every change, newest first: deployments imported, created, edited, renamed, duplicated, approved or deleted, drills, assumptions, checklist resets and changes to accounts — each with the signed-in account that made it (“Name <email>”, through the forms and the JSON API alike) and when."
        actions={
          deploymentId ? (
            <Link className="btn" href="/audit">
              All deployments
            </Link>
          ) : undefined
        }
      />
      {entries.length === 0 ? (
        <EmptyState title="Nothing recorded yet">Changes to deployments show up here as they are made.</EmptyState>
      ) : (
        <section aria-labelledby="audit-h" className="card">
          <h2 id="audit-h" className="font-semibold">
            {total} entr{total === 1 ? "y" : "ies"}
            {pages > 1 ? ` · page ${page} of ${pages}` : ""}
          </h2>
          <AuditTable entries={entries} showDeployment={!deploymentId} caption="Audit log entries, newest first" />
          {pages > 1 ? (
            <nav aria-label="Audit log pages" className="mt-3 flex items-center gap-3 text-sm">
              {page > 1 ? (
                <Link className="btn" href={href(page - 1)} rel="prev">
                  Newer
                </Link>
              ) : null}
              {page < pages ? (
                <Link className="btn" href={href(page + 1)} rel="next">
                  Older
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}
    </>
  );
}
