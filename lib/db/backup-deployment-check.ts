// How restore reads a backed-up deployment file, and how backup checks beforehand that restore will
// read it: the file must match the format's schema; a deployment that fails today's consistency rules
// (it was stored before a rule tightened) still comes back, as stored, with its problems listed, so a
// backup of the planner always restores. A file that does not match the schema cannot be restored, and
// backup refuses to write a backup holding one.
import { deploymentSchema, type Deployment } from "../formats/deployment";
import { parseDeploymentText, zodProblems } from "../formats/parse-deployment";
import type { Problem } from "../formats/problems";

export type BackedUpDeployment = { ok: true; deployment: Deployment; ruleProblems: Problem[] } | { ok: false; errors: Problem[] };

export function readBackedUpDeployment(text: string, fileName: string): BackedUpDeployment {
  const strict = parseDeploymentText(text, fileName);
  if (strict.ok) return { ok: true, deployment: strict.deployment, ruleProblems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: strict.errors };
  }
  const shaped = deploymentSchema.safeParse(value);
  if (!shaped.success) return { ok: false, errors: zodProblems(shaped.error) };
  // The schema holds, so what failed are consistency rules only.
  return { ok: true, deployment: shaped.data, ruleProblems: strict.errors };
}
