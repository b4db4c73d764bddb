// The exercise programme's setting: every runbook exercised within a chosen number of days.
import { z } from "zod";
import type { Db } from "../db/client";
import { deploymentNameOf } from "../db/deployment-store";
import { saveExerciseInterval } from "../db/exercise-store";
import { MAX_INTERVAL_DAYS, MIN_INTERVAL_DAYS } from "../view/exercise-programme";
import { audited, fail, NO_DEPLOYMENT, type Actor, type CommandResult } from "./command";

const intervalField = z.coerce
  .number({ error: "expected a number of days" })
  .int({ error: "a whole number of days" })
  .min(MIN_INTERVAL_DAYS, { error: `at least ${MIN_INTERVAL_DAYS} days` })
  .max(MAX_INTERVAL_DAYS, { error: `at most ${MAX_INTERVAL_DAYS} days` });

export async function setExerciseInterval(
  db: Db,
  input: { deploymentId: string; intervalDays: string },
  actor: Actor,
): Promise<CommandResult<{ intervalDays: number }>> {
  if (!input.deploymentId) return fail("No deployment given.");
  const parsed = intervalField.safeParse(input.intervalDays.trim() === "" ? undefined : input.intervalDays);
  if (!parsed.success)
    return fail("The interval was not saved.", { fieldErrors: { intervalDays: parsed.error.issues.map((i) => i.message) } });
  const intervalDays = parsed.data;
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, input.deploymentId);
    if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
    await saveExerciseInterval(tx, input.deploymentId, intervalDays, actor);
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: name,
      action: "exercises:interval",
      detail: `every runbook within ${intervalDays} days`,
    });
    return { ok: true as const, intervalDays };
  });
}
