// One POST /api/plan job, from the request's text to the bytes of the answer: parse and validate the
// deployment file, plan it and serialise the plan (compact JSON, plan-format.md). Pure CPU work with
// structured-cloneable input and output, so a plan worker thread can run it (plan-pool.ts); the route
// falls back to running it in place.
import { planDeployment } from "../engine/plan";
import { parseDeploymentText } from "../formats/parse-deployment";
import { planJson } from "../formats/plan-json";
import type { Problem } from "../formats/problems";

export interface PlanTask {
  /** The request body. */
  text: string;
  /** File name hint for the parser (JSON or YAML). */
  nameHint: string;
}

export type PlanTaskResult =
  { ok: true; /** The plan as UTF-8 JSON. */ body: Uint8Array } | { ok: false; errors: Problem[]; warnings: Problem[] };

const utf8 = new TextEncoder(); // faster than Buffer.from for a 7 MB string, and owns its ArrayBuffer

export function runPlanTask({ text, nameHint }: PlanTask): PlanTaskResult {
  const parsed = parseDeploymentText(text, nameHint);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: parsed.warnings };
  return { ok: true, body: utf8.encode(planJson(planDeployment(parsed.deployment, { warnings: parsed.warnings }))) };
}
