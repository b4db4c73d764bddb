// A deployment's own values for the estimation assumptions (only those that differ from the defaults).
// Saves from a form carry the revision the form was loaded at (the row's updatedAt in ms, 0 for "no
// row"): the write is conditional on it, so of two planners saving at once the second is refused
// instead of silently replacing the first one's values.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";

export class StaleAssumptionsError extends Error {
  constructor() {
    super("the assumptions were changed by someone else since this page was loaded");
  }
}

export async function assumptionsRevision(db: Db | Tx, deploymentId: string): Promise<number> {
  const row = await db.estimationAssumptions.findUnique({ where: { deploymentId }, select: { updatedAt: true } });
  return row?.updatedAt.getTime() ?? 0;
}

/** Replace the overrides. `expectedRevision` (from assumptionsRevision) makes the write conditional. */
export async function saveAssumptionOverrides(
  db: Db | Tx,
  deploymentId: string,
  overrides: Record<string, number>,
  expectedRevision?: number,
): Promise<void> {
  const empty = Object.keys(overrides).length === 0;
  const values = JSON.stringify(overrides);
  if (expectedRevision === undefined) {
    if (empty) await db.estimationAssumptions.deleteMany({ where: { deploymentId } });
    else await db.estimationAssumptions.upsert({ where: { deploymentId }, create: { deploymentId, values }, update: { values } });
    return;
  }
  if (expectedRevision === 0) {
    if (empty) {
      if (await db.estimationAssumptions.findUnique({ where: { deploymentId }, select: { deploymentId: true } }))
        throw new StaleAssumptionsError();
      return;
    }
    // The primary key refuses a second create: whoever created the row first wins.
    await db.estimationAssumptions.create({ data: { deploymentId, values } }).catch(() => {
      throw new StaleAssumptionsError();
    });
    return;
  }
  const where = { deploymentId, updatedAt: new Date(expectedRevision) };
  const { count } = empty
    ? await db.estimationAssumptions.deleteMany({ where })
    : await db.estimationAssumptions.updateMany({
        where,
        data: { values, updatedAt: new Date(Math.max(Date.now(), expectedRevision + 1)) },
      });
  if (count === 0) throw new StaleAssumptionsError();
}
