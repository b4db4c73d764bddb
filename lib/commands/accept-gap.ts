// Accepting a gap (and withdrawing an acceptance): validated input, the row and its audit entry in one
// transaction. Shape of every command: (db, input, actor) -> { ok: true, value } | { ok: false, errors }.
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../db/audit-store";
import { zodProblems } from "../formats/parse-deployment";
import type { Problem } from "../formats/problems";

export type CommandResult<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

const MAX_REVIEW_DAYS = 366;
const DAY = 86_400_000;

export const acceptGapInput = z.object({
  deploymentId: z.string({ error: "expected a deployment id" }).min(1, { error: "expected a deployment id" }),
  gapId: z.string({ error: "expected a gap id" }).trim().min(1, { error: "expected a gap id" }).max(500, { error: "a gap id is at most 500 characters" }),
  reason: z
    .string({ error: "expected a reason" })
    .trim()
    .min(10, { error: "say why the risk is accepted (at least 10 characters)" })
    .max(2000, { error: "at most 2,000 characters" }),
  reviewOn: z.iso.date({ error: "expected the review date (yyyy-mm-dd)" }),
});
export type AcceptGapInput = z.input<typeof acceptGapInput>;

const fail = (path: string, message: string): CommandResult<never> => ({ ok: false, errors: [{ path, message, severity: "error" }] });

/**
 * Accept a gap until `reviewOn` (a date after today, within a year). Accepting it again replaces the
 * reason and date. `knownGapIds`, when given, are the gaps of the deployment's current plan: an id
 * outside them is refused.
 */
export async function acceptGap(
  db: Db,
  input: unknown,
  actor: string,
  options: { now?: Date; knownGapIds?: readonly string[] } = {},
): Promise<CommandResult<{ gapId: string; reviewOn: Date }>> {
  const parsed = acceptGapInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodProblems(parsed.error) };
  const { deploymentId, gapId, reason, reviewOn } = parsed.data;
  const now = options.now ?? new Date();
  const review = new Date(`${reviewOn}T00:00:00Z`);
  if (review.getTime() <= now.getTime()) return fail("reviewOn", "the review date must be after today");
  if (review.getTime() - now.getTime() > MAX_REVIEW_DAYS * DAY) return fail("reviewOn", "review an accepted gap within a year");
  if (options.knownGapIds && !options.knownGapIds.includes(gapId)) return fail("gapId", "this deployment's plan has no such gap (it may have been closed)");

  return db.$transaction(async (tx) => {
    const deployment = await tx.deployment.findUnique({ where: { id: deploymentId }, select: { name: true } });
    if (!deployment) return fail("deploymentId", "that deployment no longer exists");
    await tx.acceptedGap.upsert({
      where: { deploymentId_gapId: { deploymentId, gapId } },
      create: { deploymentId, gapId, reason, reviewOn: review, acceptedBy: actor },
      update: { reason, reviewOn: review, acceptedBy: actor, acceptedAt: now },
    });
    await recordAudit(tx, { deploymentId, deploymentName: deployment.name, actor, action: "gap:accept", detail: `${gapId} until ${reviewOn}: ${reason}` });
    return { ok: true as const, value: { gapId, reviewOn: review } };
  });
}

export const reopenGapInput = acceptGapInput.pick({ deploymentId: true, gapId: true });

/** Withdraw an acceptance: the gap counts again at once. */
export async function reopenGap(db: Db, input: unknown, actor: string): Promise<CommandResult<{ gapId: string }>> {
  const parsed = reopenGapInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodProblems(parsed.error) };
  const { deploymentId, gapId } = parsed.data;
  return db.$transaction(async (tx) => {
    const deployment = await tx.deployment.findUnique({ where: { id: deploymentId }, select: { name: true } });
    if (!deployment) return fail("deploymentId", "that deployment no longer exists");
    const { count } = await tx.acceptedGap.deleteMany({ where: { deploymentId, gapId } });
    if (count === 0) return fail("gapId", "this gap is not accepted");
    await recordAudit(tx, { deploymentId, deploymentName: deployment.name, actor, action: "gap:reopen", detail: gapId });
    return { ok: true as const, value: { gapId } };
  });
}
