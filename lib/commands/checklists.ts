// Checklist commands: tick or untick an item (the tick row keeps who and when), start a new cycle.
import type { Db } from "../db/client";
import { deploymentNameOf } from "../db/deployment-store";
import { resetTicks, setTick as writeTick } from "../db/checklist-store";
import { audited, fail, NO_DEPLOYMENT, plural, type Actor, type CommandResult } from "./command";

export async function setTick(
  db: Db,
  input: { deploymentId: string; itemId: string; ticked: boolean },
  actor: Actor,
): Promise<CommandResult> {
  if (!input.deploymentId || !input.itemId || input.itemId.length > 600) return fail("No checklist item given.");
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, input.deploymentId);
    if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
    await writeTick(tx, input.deploymentId, input.itemId, input.ticked, actor);
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: name,
      action: input.ticked ? "checklist:tick" : "checklist:untick",
      detail: input.itemId,
    });
    return { ok: true as const };
  });
}

/** Start the next backup cycle: every item unticked. */
export async function resetChecklist(db: Db, input: { deploymentId: string }, actor: Actor): Promise<CommandResult<{ cleared: number }>> {
  if (!input.deploymentId) return fail("No deployment given.");
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, input.deploymentId);
    if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
    const cleared = await resetTicks(tx, input.deploymentId);
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: name,
      action: "checklist:reset",
      detail: `${plural(cleared, "tick")} cleared`,
    });
    return { ok: true as const, cleared };
  });
}
