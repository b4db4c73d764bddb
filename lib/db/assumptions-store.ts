// A deployment's own values for the estimation assumptions (only those that differ from the defaults).
import type { Db } from "./client";

export async function saveAssumptionOverrides(db: Db, deploymentId: string, overrides: Record<string, number>): Promise<void> {
  if (Object.keys(overrides).length === 0) {
    await db.estimationAssumptions.deleteMany({ where: { deploymentId } });
    return;
  }
  const values = JSON.stringify(overrides);
  await db.estimationAssumptions.upsert({ where: { deploymentId }, create: { deploymentId, values }, update: { values } });
}
