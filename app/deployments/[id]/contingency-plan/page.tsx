import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { iscpDocumentFor } from "@/lib/planning/iscp-for";
import { PageHeader } from "@/components/ui/page-header";
import { IscpPreview } from "@/components/iscp/iscp-preview";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Contingency plan" };

export default async function ContingencyPlanPage({ params }: PageProps<"/deployments/[id]/contingency-plan">) {
  await requireRole("viewer");
  const { id } = await params;
  const doc = await iscpDocumentFor(id);
  if (!doc) notFound();
  const base = `/deployments/${id}/contingency-plan`;
  const link = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <>
      <PageHeader
        title="Contingency plan"
        description={`The Information System Contingency Plan in the shape of NIST SP 800-34 Rev. 1's ${doc.level}-impact template${doc.levelDefaulted ? " (no availability impact recorded: moderate)" : ""}, generated from this deployment's model and plan (rules P6-P9).`}
        actions={
          <>
            <a className={link} href={`${base}/docx`} download>
              Download DOCX
            </a>
            <a className={link} href={`${base}/pdf`} download>
              Download PDF
            </a>
            <a className={link} href={`${base}/markdown`} download>
              Download Markdown
            </a>
          </>
        }
      />
      <IscpPreview doc={doc} />
    </>
  );
}
