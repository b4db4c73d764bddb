// Server-side glue for the exercise programme (issue 16): the finished runs, drills and the interval
// setting of a deployment, the programme's rows, and the plan judged with them (B6, B7 and the
// programme's gaps count in the assessment, like the evidence's).
import { prisma } from "../db/client";
import { listDrills } from "../db/drill-store";
import { exerciseIntervalDays } from "../db/exercise-store";
import { listFinishedRuns } from "../db/run-store";
import type { Deployment } from "../formats/deployment";
import { reassessed, type Plan } from "../engine/plan";
import { scenarioTitle } from "../print/runbook-document";
import type { DrillRecord } from "../view/drills";
import {
  exerciseProgramme,
  exerciseRecords,
  withExerciseRecords,
  type ExerciseRecord,
  type ProgrammeRow,
} from "../view/exercise-programme";
import type { RunRecord } from "../view/run-snapshot";
import { performanceOfRun } from "../view/run-measurement";

export interface ExerciseInputs {
  runs: RunRecord[];
  drills: DrillRecord[];
  intervalDays: number;
}

export async function loadExerciseInputs(id: string): Promise<ExerciseInputs> {
  const [runs, drills, intervalDays] = await Promise.all([
    listFinishedRuns(prisma, id),
    listDrills(prisma, id),
    exerciseIntervalDays(prisma, id),
  ]);
  return { runs, drills, intervalDays };
}

export interface ExerciseProgramme {
  rows: ProgrammeRow[];
  records: ExerciseRecord[];
  intervalDays: number;
}

export function programmeOf(plan: Plan, d: Deployment, inputs: ExerciseInputs, now: Date): ExerciseProgramme {
  const records = exerciseRecords(inputs.runs, inputs.drills, plan.scenarios);
  return {
    rows: exerciseProgramme(plan.scenarios, scenarioTitle, d, records, inputs.intervalDays, now),
    records,
    intervalDays: inputs.intervalDays,
  };
}

/** The plan with B6, B7 judged from the records and the programme's gaps, assessed again. */
export function withExercises(
  plan: Plan,
  d: Deployment,
  inputs: ExerciseInputs,
  acceptedGapIds: readonly string[],
  now: Date,
): { plan: Plan; programme: ExerciseProgramme } {
  const programme = programmeOf(plan, d, inputs, now);
  const runs = inputs.runs.map((r) => ({ ...r, performed: performanceOfRun(r).performed }));
  const judged = withExerciseRecords(plan, runs, inputs.drills, programme.rows, inputs.intervalDays, now);
  return { plan: reassessed(judged, d, acceptedGapIds), programme };
}
