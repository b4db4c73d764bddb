// The printable document of one scenario of a stored deployment (HTML print page, PDF, Markdown).
import { buildRunbookDocument, withPlanVersion, type RunbookDocument } from "../print/runbook-document";
import { loadPlan } from "./load-plan";
import { scenarioFromParam } from "../view/urls";
import { prisma } from "../db/client";
import { planVersionStatus } from "../db/version-store";

export async function runbookDocumentFor(deploymentId: string, scenarioParam: string, now = new Date()): Promise<RunbookDocument | null> {
  const planned = await loadPlan(deploymentId);
  const scenario = planned?.plan.scenarios.find((s) => s.id === scenarioFromParam(scenarioParam));
  if (!planned || !scenario) return null;
  const assumptionsVersion = planned.assumptionsVersion ?? 0;
  // The plan version this document is: approved when this exact combination was approved, else the next number's draft.
  const status = await planVersionStatus(prisma, deploymentId, planned.stored.version, assumptionsVersion);
  return withPlanVersion(
    buildRunbookDocument(scenario, {
      deploymentName: planned.stored.deployment.name,
      deploymentVersion: planned.stored.version,
      producedOn: now,
      opening: planned.plan.restoreBriefing,
    }),
    status,
  );
}
