import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { loadVersion } from "@/lib/db/version-store";
import { scenarioFromParam } from "@/lib/view/urls";
import { buildRunbookDocument } from "@/lib/print/runbook-document";
import { RunbookPrint } from "@/components/print/runbook-print";
import { PrintButton } from "@/components/print/print-button";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Printable runbook (approved version)" };

/** A runbook of an approved version, rendered from the stored plan (not the current deployment). */
export default async function VersionRunbookPrintPage({
  params,
}: PageProps<"/deployments/[id]/versions/[number]/runbooks/[scenario]/print">) {
  await requireRole("viewer");
  const { id, number, scenario: param } = await params;
  const version = /^\d+$/.test(number) ? await loadVersion(prisma, id, Number(number)) : null;
  const scenario = version?.plan.scenarios.find((s) => s.id === scenarioFromParam(param));
  if (!version || !scenario) notFound();
  const doc = {
    ...buildRunbookDocument(scenario, {
      deploymentName: version.deployment.name,
      deploymentVersion: version.deploymentVersion,
      producedOn: version.approvedAt,
      opening: version.plan.restoreBriefing,
    }),
    approval: { number: version.number, approvedBy: version.approvedBy },
    planVersion: { number: version.number, assumptionsVersion: version.assumptionsVersion },
  };
  return (
    <>
      <div className="no-print mb-4 flex justify-end gap-2">
        <PrintButton />
      </div>
      <RunbookPrint doc={doc} />
    </>
  );
}
