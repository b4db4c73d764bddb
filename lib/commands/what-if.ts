// "Try it": a what-if variant of a deployment with one recommendation's patch applied, stored as a new
// deployment with its audit entry in one transaction. The source is left untouched.
import type { Db } from "../db/client";
import { insertDeployment } from "../db/deployment-store";
import { applyRecommendationPatch } from "../engine/assessment/recommend";
import type { Deployment } from "../formats/deployment";
import type { Recommendation } from "../formats/plan";
import { audited, fail, NO_DEPLOYMENT, type Actor, type CommandResult } from "./command";

export interface WhatIfInput {
  sourceId: string;
  /** The source deployment as the caller loaded it; undefined when it is gone. */
  source: Deployment | undefined;
  /** The recommendation from the source's current plan; undefined when it no longer applies. */
  recommendation: Pick<Recommendation, "id" | "title" | "patch"> | undefined;
}

const MAX_NAME = 200;

export function whatIfName(source: string, title: string): string {
  const name = `${source} — what if: ${title}`;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

export async function createWhatIfVariant(db: Db, input: WhatIfInput, actor: Actor): Promise<CommandResult<{ id: string }>> {
  const { source, recommendation } = input;
  if (!source) return fail(NO_DEPLOYMENT, { notFound: true });
  if (!recommendation) return fail("This recommendation no longer applies: the deployment changed. Reload the page.");
  const patched = applyRecommendationPatch(source, recommendation.patch);
  if (!patched) return fail("This change no longer applies to the deployment. Reload the page.");
  const deployment = { ...patched, name: whatIfName(source.name, recommendation.title) };
  return audited(db, actor, async (tx, audit) => {
    const id = await insertDeployment(tx, deployment);
    await audit({
      deploymentId: id,
      deploymentName: deployment.name,
      action: "what-if",
      detail:
        `variant of ${JSON.stringify(source.name)} (${input.sourceId}) with recommendation ${recommendation.id}: ${JSON.stringify(recommendation.patch)}`.slice(
          0,
          1000,
        ),
    });
    return { ok: true as const, id };
  });
}
