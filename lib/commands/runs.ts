// Restore run commands (issue 16): start a run from a runbook, work its steps, choose a branch, finish.
// Several administrators work one run at once, so every step transition is a conditional update
// (`where: { id, state: <expected> }`) whose row count decides: of two clients completing the same
// step, exactly one succeeds — on PostgreSQL the second update waits for the first's row lock and then
// matches nothing; on SQLite `audited` takes the write lock first, so the two run one after the other.
import { z } from "zod";
import type { Db } from "../db/client";
import type { Tx } from "../db/deployment-store";
import { deploymentNameOf } from "../db/deployment-store";
import type { Scenario } from "../formats/plan";
import {
  blockersOf,
  EXERCISE_TYPES,
  failbackSnapshotOf,
  MAIN_PATH,
  parseSnapshot,
  pathOf,
  RUN_KINDS,
  snapshotOf,
  type RunSnapshot,
  type StepState,
} from "../view/run-snapshot";
import { audited, fail, type Actor, type AuditWrite, type CommandFailure, type CommandResult } from "./command";

const NO_RUN = "This run no longer exists.";
const FINISHED = "This run is finished; it can no longer change.";

export interface StartRunInput {
  deploymentId: string;
  /** The scenario as the current plan has it (the caller loads the plan); undefined when it is gone. */
  scenario: Scenario | undefined;
  scenarioTitle: string;
  kind: string;
  exerciseType?: string;
  /** The assumption values the plan used (kept in the snapshot for calibration). */
  assumptions?: Record<string, number>;
}

const startFields = z
  .object({
    deploymentId: z.string().min(1),
    kind: z.enum(RUN_KINDS, { error: "choose incident or exercise" }),
    exerciseType: z.enum(EXERCISE_TYPES, { error: "choose walkthrough, tabletop, simulation or full" }).optional(),
  })
  .refine((v) => v.kind !== "exercise" || v.exerciseType !== undefined, {
    path: ["exerciseType"],
    error: "an exercise needs its type (walkthrough, tabletop, simulation or full)",
  });

export async function startRun(db: Db, input: StartRunInput, actor: Actor): Promise<CommandResult<{ id: string }>> {
  const parsed = startFields.safeParse({ ...input, exerciseType: input.exerciseType || undefined });
  if (!parsed.success) return fail("The run was not started.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { scenario } = input;
  if (!scenario) return fail("That deployment or runbook no longer exists.", { notFound: true });
  const { deploymentId, kind } = parsed.data;
  const exerciseType = kind === "exercise" ? parsed.data.exerciseType : undefined;
  const snapshot = snapshotOf(scenario, input.scenarioTitle || scenario.id, input.assumptions);
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, deploymentId);
    if (name === null) return fail("That deployment or runbook no longer exists.", { notFound: true });
    const run = await tx.restoreRun.create({
      data: {
        deploymentId,
        scenarioId: scenario.id,
        kind,
        exerciseType: exerciseType ?? null,
        startedBy: actor,
        snapshot: JSON.stringify(snapshot),
      },
      select: { id: true },
    });
    await tx.runStep.createMany({
      data: snapshot.paths.flatMap((p) => p.steps.map((s) => ({ runId: run.id, pathId: p.id, stepOrder: s.order }))),
    });
    await audit({
      deploymentId,
      deploymentName: name,
      action: "run:start",
      detail: `${scenario.id} as ${exerciseType ? `${exerciseType} exercise` : "incident"} (run ${run.id})`,
    });
    return { ok: true as const, id: run.id };
  });
}

export interface StepInput {
  deploymentId: string;
  runId: string;
  stepId: string;
}

interface OpenRun {
  name: string;
  snapshot: RunSnapshot;
  pathId: string;
}

/** The run, when it exists in this deployment and is not finished; otherwise the refusal. */
async function openRun(tx: Tx, deploymentId: string, runId: string): Promise<OpenRun | CommandFailure> {
  const name = await deploymentNameOf(tx, deploymentId);
  const run =
    name === null
      ? null
      : await tx.restoreRun.findFirst({ where: { id: runId, deploymentId }, select: { snapshot: true, pathId: true, finishedAt: true } });
  const snapshot = run ? parseSnapshot(run.snapshot) : null;
  if (name === null || !run || !snapshot) return fail(NO_RUN, { notFound: true });
  if (run.finishedAt) return fail(FINISHED);
  return { name, snapshot, pathId: run.pathId };
}

const isFailure = (v: object): v is CommandFailure => "ok" in v && v.ok === false;

class Refused extends Error {
  constructor(readonly failure: CommandFailure) {
    super(failure.message);
  }
}

/** `audited` for the step commands: a refusal rolls the transaction back, the run's claimed version included. */
async function auditedStep(db: Db, actor: Actor, work: (tx: Tx, audit: AuditWrite) => Promise<CommandResult>): Promise<CommandResult> {
  try {
    return await audited(db, actor, async (tx, audit) => {
      const result = await work(tx, audit);
      if (!result.ok) throw new Refused(result);
      return result;
    });
  } catch (e) {
    if (e instanceof Refused) return e.failure;
    throw e;
  }
}

/**
 * The first write of every step command: raise the run's version only while the run is still open and
 * on the branch `run` was read with. It holds the run's row until the transaction ends, so on PostgreSQL
 * a concurrent finishRun or chooseBranch waits for this command, or this command waits for it and
 * then matches no row and refuses: a step never changes after the run finished or left that branch.
 */
async function claimRun(tx: Tx, runId: string, run: OpenRun): Promise<CommandFailure | null> {
  const claimed = await tx.restoreRun.updateMany({
    where: { id: runId, finishedAt: null, pathId: run.pathId },
    data: { version: { increment: 1 } },
  });
  if (claimed.count === 1) return null;
  const now = await tx.restoreRun.findUnique({ where: { id: runId }, select: { finishedAt: true } });
  if (!now) return fail(NO_RUN, { notFound: true });
  return now.finishedAt
    ? fail(FINISHED, { stale: true })
    : fail("Someone chose another branch of this run meanwhile; look again.", { stale: true });
}

async function stepRow(tx: Tx, runId: string, stepId: string) {
  return tx.runStep.findFirst({ where: { id: stepId, runId } });
}

const whoWhen = (who: string | null, at: Date | null) => `${who ?? "someone"}${at ? ` at ${at.toISOString().slice(11, 16)} UTC` : ""}`;

export async function startStep(db: Db, input: StepInput, actor: Actor): Promise<CommandResult> {
  return auditedStep(db, actor, async (tx, audit) => {
    const run = await openRun(tx, input.deploymentId, input.runId);
    if (isFailure(run)) return run;
    const refused = await claimRun(tx, input.runId, run);
    if (refused) return refused;
    const row = await stepRow(tx, input.runId, input.stepId);
    if (!row) return fail("That step is not part of this run.", { notFound: true });
    if (row.pathId !== run.pathId) return fail("That step belongs to the branch this run did not take; choose that branch first.");
    const step = pathOf(run.snapshot, row.pathId)?.steps.find((s) => s.order === row.stepOrder);
    if (!step) return fail("That step is not part of this run.", { notFound: true });
    const siblings = await tx.runStep.findMany({
      where: { runId: input.runId, pathId: row.pathId },
      select: { stepOrder: true, state: true },
    });
    const states = new Map(siblings.map((s) => [s.stepOrder, s.state as StepState]));
    const blockers = blockersOf(step, (o) => states.get(o) ?? "pending");
    if (blockers.length)
      return fail(`Step ${step.order} waits for step${blockers.length === 1 ? "" : "s"} ${blockers.join(", ")} to be done or skipped.`);
    const now = new Date();
    const changed = await tx.runStep.updateMany({
      where: { id: row.id, pathId: run.pathId, state: "pending" },
      data: { state: "started", startedBy: actor, startedAt: now },
    });
    if (changed.count !== 1)
      return fail(
        `Step ${step.order} was already ${row.state} by ${whoWhen(row.startedBy ?? row.skippedBy, row.startedAt ?? row.skippedAt)}.`,
        { stale: true },
      );
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: run.name,
      action: "run:step-start",
      detail: `run ${input.runId} step ${step.order}: ${step.title}`,
    });
    return { ok: true as const };
  });
}

export async function completeStep(db: Db, input: StepInput, actor: Actor): Promise<CommandResult> {
  return auditedStep(db, actor, async (tx, audit) => {
    const run = await openRun(tx, input.deploymentId, input.runId);
    if (isFailure(run)) return run;
    const refused = await claimRun(tx, input.runId, run);
    if (refused) return refused;
    const changed = await tx.runStep.updateMany({
      where: { id: input.stepId, runId: input.runId, pathId: run.pathId, state: "started" },
      data: { state: "done", doneBy: actor, doneAt: new Date() },
    });
    if (changed.count !== 1) {
      const row = await stepRow(tx, input.runId, input.stepId);
      if (!row) return fail("That step is not part of this run.", { notFound: true });
      if (row.pathId !== run.pathId) return fail("That step belongs to the branch this run did not take.");
      if (row.state === "done")
        return fail(`Step ${row.stepOrder} was already completed by ${whoWhen(row.doneBy, row.doneAt)}.`, { stale: true });
      if (row.state === "skipped")
        return fail(`Step ${row.stepOrder} was skipped by ${whoWhen(row.skippedBy, row.skippedAt)}.`, { stale: true });
      return fail(`Step ${row.stepOrder} has not been started; start it first.`);
    }
    const row = await stepRow(tx, input.runId, input.stepId);
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: run.name,
      action: "run:step-done",
      detail: `run ${input.runId} step ${row?.stepOrder}`,
    });
    return { ok: true as const };
  });
}

const reasonField = z.string().trim().min(1, { error: "say why the step is skipped" }).max(2000, { error: "at most 2,000 characters" });

export async function skipStep(db: Db, input: StepInput & { reason: string }, actor: Actor): Promise<CommandResult> {
  const reason = reasonField.safeParse(input.reason);
  if (!reason.success) return fail("The step was not skipped.", { fieldErrors: { reason: reason.error.issues.map((i) => i.message) } });
  return auditedStep(db, actor, async (tx, audit) => {
    const run = await openRun(tx, input.deploymentId, input.runId);
    if (isFailure(run)) return run;
    const refused = await claimRun(tx, input.runId, run);
    if (refused) return refused;
    const changed = await tx.runStep.updateMany({
      where: { id: input.stepId, runId: input.runId, pathId: run.pathId, state: { in: ["pending", "started"] } },
      data: { state: "skipped", skippedBy: actor, skippedAt: new Date(), skipReason: reason.data },
    });
    const row = await stepRow(tx, input.runId, input.stepId);
    if (!row) return fail("That step is not part of this run.", { notFound: true });
    if (changed.count !== 1) {
      if (row.pathId !== run.pathId) return fail("That step belongs to the branch this run did not take.");
      return fail(`Step ${row.stepOrder} is already ${row.state}.`, { stale: true });
    }
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: run.name,
      action: "run:step-skip",
      detail: `run ${input.runId} step ${row.stepOrder}: ${reason.data}`,
    });
    return { ok: true as const };
  });
}

const noteField = z.string().max(4000, { error: "at most 4,000 characters" });

export async function noteStep(db: Db, input: StepInput & { note: string }, actor: Actor): Promise<CommandResult> {
  const note = noteField.safeParse(input.note);
  if (!note.success) return fail("The note was not saved.", { fieldErrors: { note: note.error.issues.map((i) => i.message) } });
  return auditedStep(db, actor, async (tx, audit) => {
    const run = await openRun(tx, input.deploymentId, input.runId);
    if (isFailure(run)) return run;
    const refused = await claimRun(tx, input.runId, run);
    if (refused) return refused;
    const changed = await tx.runStep.updateMany({
      where: { id: input.stepId, runId: input.runId },
      data: { note: note.data.trim(), noteBy: actor, noteAt: new Date() },
    });
    if (changed.count !== 1) return fail("That step is not part of this run.", { notFound: true });
    const row = await stepRow(tx, input.runId, input.stepId);
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: run.name,
      action: "run:step-note",
      detail: `run ${input.runId} step ${row?.stepOrder}`,
    });
    return { ok: true as const };
  });
}

export async function chooseBranch(
  db: Db,
  input: { deploymentId: string; runId: string; pathId: string },
  actor: Actor,
): Promise<CommandResult> {
  return audited(db, actor, async (tx, audit) => {
    const run = await openRun(tx, input.deploymentId, input.runId);
    if (isFailure(run)) return run;
    const path = pathOf(run.snapshot, input.pathId);
    if (!path) return fail("This runbook has no such branch.", { fieldErrors: { pathId: ["choose one of the runbook's branches"] } });
    if (path.id === run.pathId) return { ok: true as const };
    const chosen = await tx.restoreRun.updateMany({
      where: { id: input.runId, finishedAt: null, pathId: run.pathId },
      data: { pathId: path.id, pathChosenBy: actor, pathChosenAt: new Date(), version: { increment: 1 } },
    });
    if (chosen.count !== 1) return fail("This run changed meanwhile (finished, or another branch chosen); look again.", { stale: true });
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: run.name,
      action: "run:branch",
      detail: `run ${input.runId}: ${path.id === MAIN_PATH ? "main steps" : path.title}`,
    });
    return { ok: true as const };
  });
}

export async function finishRun(db: Db, input: { deploymentId: string; runId: string }, actor: Actor): Promise<CommandResult> {
  return audited(db, actor, async (tx, audit) => {
    const run = await openRun(tx, input.deploymentId, input.runId);
    if (isFailure(run)) return run;
    const changed = await tx.restoreRun.updateMany({
      where: { id: input.runId, finishedAt: null },
      data: { finishedAt: new Date(), finishedBy: actor, version: { increment: 1 } },
    });
    if (changed.count !== 1) return fail(FINISHED, { stale: true });
    const open = await tx.runStep.count({ where: { runId: input.runId, pathId: run.pathId, state: { in: ["pending", "started"] } } });
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: run.name,
      action: "run:finish",
      detail: `run ${input.runId}${open ? `, ${open} step${open === 1 ? "" : "s"} left open` : ""}`,
    });
    return { ok: true as const };
  });
}

/**
 * After a switch-over run (the standby branch) is finished: start its failback runbook as a run of
 * its own, linked to it. Starting it again gives the run already started (one failback per run).
 */
export async function startFailbackRun(
  db: Db,
  input: { deploymentId: string; runId: string },
  actor: Actor,
): Promise<CommandResult<{ id: string; existing: boolean }>> {
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, input.deploymentId);
    const parent = name === null ? null : await tx.restoreRun.findFirst({ where: { id: input.runId, deploymentId: input.deploymentId } });
    const snapshot = parent ? parseSnapshot(parent.snapshot) : null;
    if (name === null || !parent || !snapshot) return fail(NO_RUN, { notFound: true });
    const failback = failbackSnapshotOf(snapshot);
    if (!failback) return fail("This runbook has no failback: it does not move the users to a standby pool.");
    if (parent.pathId !== MAIN_PATH)
      return fail("This run rebuilt in place: the users never moved to the standby pool, so there is nothing to fail back.");
    if (!parent.finishedAt)
      return fail("Finish this run first: the failback starts once the users work on the standby pool and their home pool is rebuilt.");
    const existing = await tx.restoreRun.findFirst({
      where: { deploymentId: input.deploymentId, linkedFromRunId: parent.id },
      select: { id: true },
    });
    if (existing) return { ok: true as const, id: existing.id, existing: true };
    const run = await tx.restoreRun.create({
      data: {
        deploymentId: input.deploymentId,
        scenarioId: failback.scenarioId,
        kind: parent.kind,
        exerciseType: parent.exerciseType,
        startedBy: actor,
        snapshot: JSON.stringify(failback),
        linkedFromRunId: parent.id,
      },
      select: { id: true },
    });
    await tx.runStep.createMany({
      data: failback.paths.flatMap((p) => p.steps.map((s) => ({ runId: run.id, pathId: p.id, stepOrder: s.order }))),
    });
    await audit({
      deploymentId: input.deploymentId,
      deploymentName: name,
      action: "run:failback-start",
      detail: `${failback.scenarioId} after run ${parent.id} (run ${run.id})`,
    });
    return { ok: true as const, id: run.id, existing: false };
  });
}
