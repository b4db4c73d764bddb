// "Try it": a what-if variant of a deployment with one recommendation's patch applied, stored as a new
// deployment with its audit entry in one transaction. The source is left untouched.
import type { Db } from "../db/client";
import { createDeploymentAudited } from "../db/audited-writes";
import { applyRecommendationPatch } from "../engine/assessment/recommend";
import type { Deployment } from "../formats/deployment";
import type { Recommendation } from "../formats/plan";
import type { CommandResult } from "./accept-gap";

export interface WhatIfInput {
  sourceId: string;
  source: Deployment;
  recommendation: Pick<Recommendation, "id" | "title" | "patch">;
}

const MAX_NAME = 200;

export function whatIfName(source: string, title: string): string {
  const name = `${source} — what if: ${title}`;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

export async function createWhatIfVariant(db: Db, input: WhatIfInput, actor: string): Promise<CommandResult<{ id: string }>> {
  const patched = applyRecommendationPatch(input.source, input.recommendation.patch);
  if (!patched) return { ok: false, errors: [{ path: "recommendation", message: "this change no longer applies to the deployment; reload the overview", severity: "error" }] };
  const deployment = { ...patched, name: whatIfName(input.source.name, input.recommendation.title) };
  const id = await createDeploymentAudited(db, deployment, {
    actor,
    action: "what-if",
    detail: `variant of ${JSON.stringify(input.source.name)} (${input.sourceId}) with recommendation ${input.recommendation.id}: ${JSON.stringify(input.recommendation.patch)}`.slice(0, 1000),
  });
  return { ok: true, value: { id } };
}
