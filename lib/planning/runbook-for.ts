// The printable document of one scenario of a stored deployment (HTML print page, PDF, Markdown).
import { buildRunbookDocument, type RunbookDocument } from "../print/runbook-document";
import { loadPlan } from "./load-plan";
import { scenarioFromParam } from "../view/urls";

export async function runbookDocumentFor(deploymentId: string, scenarioParam: string, now = new Date()): Promise<RunbookDocument | null> {
  const planned = await loadPlan(deploymentId);
  const scenario = planned?.plan.scenarios.find((s) => s.id === scenarioFromParam(scenarioParam));
  if (!planned || !scenario) return null;
  return buildRunbookDocument(scenario, {
    deploymentName: planned.stored.deployment.name,
    deploymentVersion: planned.stored.version,
    producedOn: now,
    opening: planned.plan.restoreBriefing,
  });
}
