// Gaps a planner accepted (with a reason and a review date). Reads only: the write goes through
// lib/commands/accept-gap.ts, which records its audit entry in the same transaction.
import type { Db } from "./client";

export interface AcceptedGapRecord {
  gapId: string;
  reason: string;
  reviewOn: Date;
  acceptedBy: string;
  acceptedAt: Date;
}

/** Every acceptance of a deployment, soonest review first (expired ones included: the UI says so). */
export async function listAcceptedGaps(db: Db, deploymentId: string): Promise<AcceptedGapRecord[]> {
  return db.acceptedGap.findMany({
    where: { deploymentId },
    orderBy: [{ reviewOn: "asc" }, { gapId: "asc" }],
    select: { gapId: true, reason: true, reviewOn: true, acceptedBy: true, acceptedAt: true },
  });
}

/** An acceptance holds until the start of its review day; from then the gap counts again. */
export const isActiveAcceptance = (a: Pick<AcceptedGapRecord, "reviewOn">, now: Date): boolean => a.reviewOn.getTime() > now.getTime();

/** Gap ids whose acceptance still holds `now`. */
export async function activeAcceptedGapIds(db: Db, deploymentId: string, now: Date = new Date()): Promise<string[]> {
  const rows = await db.acceptedGap.findMany({
    where: { deploymentId, reviewOn: { gt: now } },
    select: { gapId: true },
    orderBy: { gapId: "asc" },
  });
  return rows.map((r) => r.gapId);
}
