// Gap commands: accept a gap as a known risk until a review date (it then leaves the verdict and the
// score, lib/engine/assessment), or withdraw the acceptance. Each writes its row and audit entry in one
// transaction.
import { z } from "zod";
import type { Db } from "../db/client";
import { deploymentNameOf } from "../db/deployment-store";
import { audited, fail, NO_DEPLOYMENT, type Actor, type CommandResult } from "./command";

const MAX_REVIEW_DAYS = 366;
const DAY = 86_400_000;

const acceptFields = z.object({
  deploymentId: z.string({ error: "expected a deployment id" }).min(1, { error: "expected a deployment id" }),
  gapId: z
    .string({ error: "expected a gap id" })
    .trim()
    .min(1, { error: "expected a gap id" })
    .max(500, { error: "a gap id is at most 500 characters" }),
  reason: z
    .string({ error: "expected a reason" })
    .trim()
    .min(10, { error: "say why the risk is accepted (at least 10 characters)" })
    .max(2000, { error: "at most 2,000 characters" }),
  reviewOn: z.iso.date({ error: "expected the review date (yyyy-mm-dd)" }),
});

export interface AcceptGapInput {
  deploymentId: string;
  gapId: string;
  reason: string;
  /** yyyy-mm-dd: the acceptance ends at the start of this day (UTC). */
  reviewOn: string;
  /** The gap ids of the deployment's current plan (the caller loads it); an id outside them is refused. */
  knownGapIds?: readonly string[];
  /** Defaults to the current time (tests pass a fixed one). */
  now?: Date;
}

/** Accept a gap until `reviewOn` (after today, within a year); accepting it again replaces reason and date. */
export async function acceptGap(db: Db, input: AcceptGapInput, actor: Actor): Promise<CommandResult<{ gapId: string; reviewOn: Date }>> {
  const parsed = acceptFields.safeParse(input);
  if (!parsed.success) return fail("The gap was not accepted.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { deploymentId, gapId, reason, reviewOn } = parsed.data;
  const now = input.now ?? new Date();
  const review = new Date(`${reviewOn}T00:00:00Z`);
  if (review.getTime() <= now.getTime())
    return fail("The gap was not accepted.", { fieldErrors: { reviewOn: ["the review date must be after today"] } });
  if (review.getTime() - now.getTime() > MAX_REVIEW_DAYS * DAY)
    return fail("The gap was not accepted.", { fieldErrors: { reviewOn: ["review an accepted gap within a year"] } });
  if (input.knownGapIds && !input.knownGapIds.includes(gapId))
    return fail("The gap was not accepted: this deployment's plan has no such gap (it may have been closed).", {
      fieldErrors: { gapId: ["no such gap in the current plan"] },
    });

  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, deploymentId);
    if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
    await tx.acceptedGap.upsert({
      where: { deploymentId_gapId: { deploymentId, gapId } },
      create: { deploymentId, gapId, reason, reviewOn: review, acceptedBy: actor },
      update: { reason, reviewOn: review, acceptedBy: actor, acceptedAt: now },
    });
    await audit({ deploymentId, deploymentName: name, action: "gap:accept", detail: `${gapId} until ${reviewOn}: ${reason}` });
    return { ok: true as const, gapId, reviewOn: review };
  });
}

const reopenFields = acceptFields.pick({ deploymentId: true, gapId: true });

/** Withdraw an acceptance: the gap counts again at once. */
export async function reopenGap(
  db: Db,
  input: { deploymentId: string; gapId: string },
  actor: Actor,
): Promise<CommandResult<{ gapId: string }>> {
  const parsed = reopenFields.safeParse(input);
  if (!parsed.success) return fail("The gap was not reopened.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { deploymentId, gapId } = parsed.data;
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, deploymentId);
    if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
    const { count } = await tx.acceptedGap.deleteMany({ where: { deploymentId, gapId } });
    if (count === 0) return fail("This gap is not accepted.", { fieldErrors: { gapId: ["not accepted"] } });
    await audit({ deploymentId, deploymentName: name, action: "gap:reopen", detail: gapId });
    return { ok: true as const, gapId };
  });
}
