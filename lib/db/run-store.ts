// Restore runs and their steps as stored (issue 16). Reads only; the writes are lib/commands/runs.ts.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";
import { parseSnapshot, type RunRecord, type StepState, STEP_STATES } from "../view/run-snapshot";

export type { RunRecord, RunStepRecord } from "../view/run-snapshot";

export interface RunSummary {
  id: string;
  scenarioId: string;
  title: string;
  kind: string;
  exerciseType: string | null;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  done: number;
  skipped: number;
  total: number;
}

const stateOf = (s: string): StepState => ((STEP_STATES as readonly string[]).includes(s) ? (s as StepState) : "pending");

type RunRow = NonNullable<Awaited<ReturnType<typeof fetchRun>>>;

const fetchRun = (db: Db | Tx, deploymentId: string, runId: string) =>
  db.restoreRun.findFirst({
    where: { id: runId, deploymentId },
    include: { steps: { orderBy: [{ pathId: "asc" }, { stepOrder: "asc" }] } },
  });

function recordOf(row: RunRow): RunRecord | null {
  const snapshot = parseSnapshot(row.snapshot);
  if (!snapshot) return null;
  return {
    id: row.id,
    deploymentId: row.deploymentId,
    scenarioId: row.scenarioId,
    kind: row.kind,
    exerciseType: row.exerciseType,
    startedBy: row.startedBy,
    startedAt: row.startedAt,
    finishedBy: row.finishedBy,
    finishedAt: row.finishedAt,
    pathId: row.pathId,
    pathChosenBy: row.pathChosenBy,
    pathChosenAt: row.pathChosenAt,
    version: row.version,
    linkedFromRunId: row.linkedFromRunId,
    snapshot,
    steps: row.steps.map((s) => ({
      id: s.id,
      pathId: s.pathId,
      order: s.stepOrder,
      state: stateOf(s.state),
      startedBy: s.startedBy,
      startedAt: s.startedAt,
      doneBy: s.doneBy,
      doneAt: s.doneAt,
      skippedBy: s.skippedBy,
      skippedAt: s.skippedAt,
      skipReason: s.skipReason,
      note: s.note,
      noteBy: s.noteBy,
      noteAt: s.noteAt,
    })),
  };
}

export async function loadRun(db: Db | Tx, deploymentId: string, runId: string): Promise<RunRecord | null> {
  const row = await fetchRun(db, deploymentId, runId);
  const record = row ? recordOf(row) : null;
  if (!record) return null;
  const linked = await db.restoreRun.findFirst({ where: { deploymentId, linkedFromRunId: runId }, select: { id: true } });
  return { ...record, linkedRunId: linked?.id ?? null };
}

/** Every finished run of a deployment with its steps, newest first (calibration, exercise programme). */
export async function listFinishedRuns(db: Db | Tx, deploymentId: string): Promise<RunRecord[]> {
  const rows = await db.restoreRun.findMany({
    where: { deploymentId, finishedAt: { not: null } },
    orderBy: [{ finishedAt: "desc" }, { id: "asc" }],
    include: { steps: { orderBy: [{ pathId: "asc" }, { stepOrder: "asc" }] } },
  });
  return rows.flatMap((r) => recordOf(r) ?? []);
}

/** Only the version of a run (what followers poll); null when there is no such run. */
export async function runVersion(db: Db | Tx, deploymentId: string, runId: string): Promise<number | null> {
  const row = await db.restoreRun.findFirst({ where: { id: runId, deploymentId }, select: { version: true } });
  return row?.version ?? null;
}

export async function listRuns(db: Db | Tx, deploymentId: string): Promise<RunSummary[]> {
  const rows = await db.restoreRun.findMany({
    where: { deploymentId },
    orderBy: { startedAt: "desc" },
    include: { steps: { select: { pathId: true, state: true } } },
  });
  return rows.map((r) => {
    const steps = r.steps.filter((s) => s.pathId === r.pathId);
    return {
      id: r.id,
      scenarioId: r.scenarioId,
      title: parseSnapshot(r.snapshot)?.title ?? r.scenarioId,
      kind: r.kind,
      exerciseType: r.exerciseType,
      startedBy: r.startedBy,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      done: steps.filter((s) => s.state === "done").length,
      skipped: steps.filter((s) => s.state === "skipped").length,
      total: steps.length,
    };
  });
}
