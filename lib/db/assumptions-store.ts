// A deployment's own values for the estimation assumptions (only those that differ from the defaults).
// Saves from a form carry the revision the form was loaded at (the row's updatedAt in ms, 0 for "no
// row"): the write is conditional on it, so of two planners saving at once the second is refused
// instead of silently replacing the first one's values. Every change of the values raises the row's
// `version` (the assumptions version of a plan version); the row stays when every value is back to its
// default, so the version never goes back.
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

/** The assumptions version: 0 while the deployment has never had values of its own. */
export async function assumptionsVersionOf(db: Db | Tx, deploymentId: string): Promise<number> {
  const row = await db.estimationAssumptions.findUnique({ where: { deploymentId }, select: { version: true } });
  return row?.version ?? 0;
}

const sameValues = (a: string, b: string) => {
  try {
    const x = JSON.parse(a) as Record<string, number>;
    const y = JSON.parse(b) as Record<string, number>;
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every((k) => x[k] === y[k]);
  } catch {
    return false;
  }
};

/** Replace the overrides. `expectedRevision` (from assumptionsRevision) makes the write conditional. */
export async function saveAssumptionOverrides(
  db: Db | Tx,
  deploymentId: string,
  overrides: Record<string, number>,
  expectedRevision?: number,
): Promise<void> {
  const empty = Object.keys(overrides).length === 0;
  const values = JSON.stringify(overrides);
  const row = await db.estimationAssumptions.findUnique({ where: { deploymentId }, select: { values: true, updatedAt: true } });
  if (expectedRevision === undefined) {
    if (row ? sameValues(row.values, values) : empty) return;
    await db.estimationAssumptions.upsert({
      where: { deploymentId },
      create: { deploymentId, values, version: 1 },
      update: { values, version: { increment: 1 } },
    });
    return;
  }
  if (expectedRevision === 0) {
    if (row) throw new StaleAssumptionsError();
    if (empty) return;
    // The primary key refuses a second create: whoever created the row first wins.
    await db.estimationAssumptions.create({ data: { deploymentId, values, version: 1 } }).catch(() => {
      throw new StaleAssumptionsError();
    });
    return;
  }
  if (!row || row.updatedAt.getTime() !== expectedRevision) throw new StaleAssumptionsError();
  // Saving the same values again is not a change: no new assumptions version.
  if (sameValues(row.values, values)) return;
  const { count } = await db.estimationAssumptions.updateMany({
    where: { deploymentId, updatedAt: new Date(expectedRevision) },
    data: { values, updatedAt: new Date(Math.max(Date.now(), expectedRevision + 1)), version: { increment: 1 } },
  });
  if (count === 0) throw new StaleAssumptionsError();
}
