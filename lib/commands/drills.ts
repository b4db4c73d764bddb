// Drill commands: record a timed drill of a runbook scenario, delete one.
import { z } from "zod";
import type { Db } from "../db/client";
import { deploymentNameOf } from "../db/deployment-store";
import { deleteDrill as deleteRow, recordDrill as insertDrill } from "../db/drill-store";
import { audited, fail, NO_DEPLOYMENT, plural, type Actor, type CommandResult } from "./command";

export interface RecordDrillInput {
  deploymentId: string;
  /** The scenario as the current plan has it (the caller loads the plan); undefined when it is gone. */
  scenario: { id: string; steps: readonly { order: number }[] } | undefined;
  performedOn: string;
  notes: string;
  /** The form's minutes per step, keyed "step-<order>"; blank means not timed. */
  stepValues: Record<string, string>;
}

const drillFields = z.object({
  deploymentId: z.string().min(1),
  performedOn: z.iso.date({ error: "expected the date of the drill (yyyy-mm-dd)" }),
  notes: z.string().max(4000, { error: "at most 4,000 characters" }),
});

export async function recordDrill(db: Db, input: RecordDrillInput, actor: Actor): Promise<CommandResult<{ id: string }>> {
  const parsed = drillFields.safeParse(input);
  if (!parsed.success) return fail("The drill was not recorded.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { scenario } = input;
  if (!scenario) return fail("That deployment or scenario no longer exists.", { notFound: true });
  const stepMinutes: Record<string, number> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const step of scenario.steps) {
    const raw = (input.stepValues[`step-${step.order}`] ?? "").trim();
    if (raw === "") continue;
    const minutes = Number(raw);
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > 100_000) fieldErrors[`step-${step.order}`] = ["expected minutes (0 or more)"];
    else stepMinutes[String(step.order)] = minutes;
  }
  if (Object.keys(fieldErrors).length) return fail("The drill was not recorded: fix the minutes marked below.", { fieldErrors });
  const timed = Object.keys(stepMinutes).length;
  if (timed === 0) return fail("Enter the minutes of at least one step.");
  const { deploymentId, performedOn, notes } = parsed.data;
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, deploymentId);
    if (name === null) return fail("That deployment or scenario no longer exists.", { notFound: true });
    const id = await insertDrill(tx, deploymentId, {
      scenarioId: scenario.id,
      performedOn: new Date(`${performedOn}T00:00:00Z`),
      stepMinutes,
      notes,
      recordedBy: actor,
    });
    await audit({
      deploymentId,
      deploymentName: name,
      action: "drill:record",
      detail: `${scenario.id} on ${performedOn}: ${plural(timed, "step")} timed`,
    });
    return { ok: true as const, id };
  });
}

export async function deleteDrill(db: Db, input: { deploymentId: string; id: string }, actor: Actor): Promise<CommandResult> {
  if (!input.deploymentId || !input.id) return fail("No drill given.");
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, input.deploymentId);
    if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
    await deleteRow(tx, input.deploymentId, input.id);
    await audit({ deploymentId: input.deploymentId, deploymentName: name, action: "drill:delete", detail: `drill ${input.id}` });
    return { ok: true as const };
  });
}
