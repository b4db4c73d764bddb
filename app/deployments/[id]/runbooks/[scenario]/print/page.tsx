import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { runbookDocumentFor } from "@/lib/planning/runbook-for";
import { RunbookPrint } from "@/components/print/runbook-print";
import { PrintButton } from "@/components/print/print-button";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Printable runbook" };

export default async function PrintRunbookPage({ params }: PageProps<"/deployments/[id]/runbooks/[scenario]/print">) {
  await requireRole("viewer");
  const { id, scenario } = await params;
  const doc = await runbookDocumentFor(id, scenario);
  if (!doc) notFound();
  return (
    <>
      <div className="no-print mb-4 flex justify-end gap-2">
        <PrintButton />
      </div>
      <RunbookPrint doc={doc} />
    </>
  );
}
