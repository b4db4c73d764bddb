// The contingency plan document of a stored deployment (preview page, DOCX, PDF, Markdown): its plan,
// its approved plan versions, its exercise programme and the latest restore it recorded.
import { prisma } from "../db/client";
import { listVersions } from "../db/version-store";
import { buildIscpDocument, type IscpDocument } from "../print/iscp/document";
import { loadExerciseInputs, programmeOf } from "./load-exercises";
import { loadPlan } from "./load-plan";

export async function iscpDocumentFor(deploymentId: string, now = new Date()): Promise<IscpDocument | null> {
  const planned = await loadPlan(deploymentId);
  if (!planned) return null;
  const [inputs, versions] = await Promise.all([loadExerciseInputs(deploymentId), listVersions(prisma, deploymentId)]);
  const programme = programmeOf(planned.plan, planned.stored.deployment, inputs, now);
  // "Last tested": the latest finished restore run (incident or exercise) or drill.
  const tested = [
    ...inputs.runs.map((r) => r.finishedAt).filter((d): d is Date => d !== null),
    ...inputs.drills.map((d) => d.performedOn),
  ].sort((a, b) => b.getTime() - a.getTime());
  return buildIscpDocument({
    deployment: planned.stored.deployment,
    deploymentVersion: planned.stored.version,
    assumptionsVersion: planned.assumptionsVersion,
    plan: planned.plan,
    assumptionOverrides: planned.assumptionOverrides as Record<string, number>,
    versions,
    exercises: { rows: programme.rows, intervalDays: programme.intervalDays },
    lastTested: tested[0] ?? null,
    producedOn: now,
  });
}
