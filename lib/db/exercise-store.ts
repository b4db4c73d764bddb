// The exercise programme's setting per deployment (issue 16). Reads only; the write is
// lib/commands/exercises.ts.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";
import { DEFAULT_INTERVAL_DAYS } from "../view/exercise-programme";

/** Every runbook should be exercised within this many days (the default without a setting). */
export async function exerciseIntervalDays(db: Db | Tx, deploymentId: string): Promise<number> {
  const row = await db.exerciseSetting.findUnique({ where: { deploymentId }, select: { intervalDays: true } });
  return row?.intervalDays ?? DEFAULT_INTERVAL_DAYS;
}

export async function saveExerciseInterval(db: Db | Tx, deploymentId: string, intervalDays: number, updatedBy: string): Promise<void> {
  await db.exerciseSetting.upsert({
    where: { deploymentId },
    create: { deploymentId, intervalDays, updatedBy },
    update: { intervalDays, updatedBy },
  });
}
