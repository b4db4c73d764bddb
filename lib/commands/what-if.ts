// "Try it": a what-if of a deployment with one recommendation's patch applied, stored as a deployment
// linked to its baseline (WhatIf), with its audit entry in one transaction. The baseline is left
// untouched until someone applies the what-if to it (an audited edit: a new baseline version) or
// discards it. One what-if per baseline and recommendation: pressing "Try it" again reuses it while the
// baseline is unchanged, and replaces it once the baseline moved on, so repeated presses leave no litter.
import type { Db } from "../db/client";
import {
  deleteDeployment as deleteRow,
  insertDeployment,
  loadDeployment,
  replaceDeploymentIn,
  StaleVersionError,
} from "../db/deployment-store";
import { findWhatIf, linkWhatIf, whatIfOf } from "../db/what-if-store";
import { applyRecommendationPatch } from "../engine/assessment/recommend";
import type { Deployment } from "../formats/deployment";
import type { Recommendation } from "../formats/plan";
import { audited, fail, NO_DEPLOYMENT, type Actor, type CommandResult } from "./command";

export interface WhatIfInput {
  sourceId: string;
  /** The source deployment as the caller loaded it; undefined when it is gone. */
  source: Deployment | undefined;
  /** The source's version the recommendation was computed for (the what-if records it). */
  sourceVersion?: number;
  /** The recommendation from the source's current plan; undefined when it no longer applies. */
  recommendation: Pick<Recommendation, "id" | "title" | "patch"> | undefined;
}

const MAX_NAME = 200;

export function whatIfName(source: string, title: string): string {
  const name = `${source} — what if: ${title}`;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

export async function createWhatIfVariant(
  db: Db,
  input: WhatIfInput,
  actor: Actor,
): Promise<CommandResult<{ id: string; reused: boolean }>> {
  const { source, recommendation } = input;
  if (!source) return fail(NO_DEPLOYMENT, { notFound: true });
  if (!recommendation) return fail("This recommendation no longer applies: the deployment changed. Reload the page.");
  const patched = applyRecommendationPatch(source, recommendation.patch);
  if (!patched) return fail("This change no longer applies to the deployment. Reload the page.");
  const deployment = { ...patched, name: whatIfName(source.name, recommendation.title) };
  return audited(db, actor, async (tx, audit) => {
    const baseline = await tx.deployment.findUnique({ where: { id: input.sourceId }, select: { version: true } });
    if (!baseline) return fail(NO_DEPLOYMENT, { notFound: true });
    const version = input.sourceVersion ?? baseline.version;
    const existing = await findWhatIf(tx, input.sourceId, recommendation.id);
    // The same change to the same baseline version: open the what-if already made.
    if (existing && existing.baselineVersion === version) return { ok: true as const, id: existing.id, reused: true };
    if (existing) await deleteRow(tx, existing.id);
    const id = await insertDeployment(tx, deployment);
    await linkWhatIf(tx, {
      id,
      baselineId: input.sourceId,
      recommendationId: recommendation.id,
      title: recommendation.title,
      baselineVersion: version,
    });
    await audit({
      deploymentId: id,
      deploymentName: deployment.name,
      action: "what-if",
      detail:
        `what-if of ${JSON.stringify(source.name)} (${input.sourceId}, version ${version})${existing ? ", replacing the one made of an older version" : ""} with recommendation ${recommendation.id}: ${JSON.stringify(recommendation.patch)}`.slice(
          0,
          1000,
        ),
    });
    return { ok: true as const, id, reused: false };
  });
}

/**
 * Apply a what-if to its baseline: the baseline takes the what-if's content (keeping its own name) as a
 * new version, audited as an edit, and the what-if is removed. Refused when the baseline changed since
 * the what-if was made (its change was computed for the older version).
 */
export async function applyWhatIf(
  db: Db,
  input: { whatIfId: string },
  actor: Actor,
): Promise<CommandResult<{ baselineId: string; version: number }>> {
  if (!input.whatIfId) return fail("No what-if given.");
  try {
    return await audited(db, actor, async (tx, audit) => {
      const link = await whatIfOf(tx, input.whatIfId);
      if (!link) return fail("This what-if no longer exists: it was applied or discarded.", { notFound: true });
      const [variant, baseline] = await Promise.all([loadDeployment(tx, link.id), loadDeployment(tx, link.baselineId)]);
      if (!variant || !baseline) return fail(NO_DEPLOYMENT, { notFound: true });
      if (baseline.version !== link.baselineVersion)
        return fail(
          `The baseline changed since this what-if was made (version ${link.baselineVersion}, now ${baseline.version}). Discard it and press "Try it" again on the baseline's overview.`,
          { stale: true, version: baseline.version },
        );
      const version = await replaceDeploymentIn(
        tx,
        baseline.id,
        { ...variant.deployment, name: baseline.deployment.name },
        baseline.version,
      );
      await deleteRow(tx, link.id);
      await audit({
        deploymentId: baseline.id,
        deploymentName: baseline.deployment.name,
        action: "what-if:apply",
        detail: `applied the what-if "${link.title}" (recommendation ${link.recommendationId}) to the baseline (version ${version})`.slice(
          0,
          1000,
        ),
      });
      return { ok: true as const, baselineId: baseline.id, version };
    });
  } catch (e) {
    if (e instanceof StaleVersionError)
      return fail("The baseline changed while applying: reload and try again.", { stale: true, version: e.current });
    throw e;
  }
}

/** Discard a what-if: its deployment is deleted, the baseline stays as it is. */
export async function discardWhatIf(db: Db, input: { whatIfId: string }, actor: Actor): Promise<CommandResult<{ baselineId: string }>> {
  if (!input.whatIfId) return fail("No what-if given.");
  return audited(db, actor, async (tx, audit) => {
    const link = await whatIfOf(tx, input.whatIfId);
    if (!link) return fail("This what-if no longer exists: it was applied or discarded.", { notFound: true });
    const baseline = await tx.deployment.findUnique({ where: { id: link.baselineId }, select: { name: true } });
    await deleteRow(tx, link.id);
    await audit({
      deploymentId: link.baselineId,
      deploymentName: baseline?.name ?? link.title,
      action: "what-if:discard",
      detail: `discarded the what-if "${link.title}" (recommendation ${link.recommendationId})`.slice(0, 1000),
    });
    return { ok: true as const, baselineId: link.baselineId };
  });
}
