// B7 (train staff, document procedures, run drills) judged from the drills recorded for the deployment,
// not from the "staff trained" box alone: a drill in the last year passes; a ticked box without one
// fails and says so.
import type { BestPracticeCheck } from "../formats/plan";

export const DRILL_VALID_DAYS = 365;

export interface DrillEvidence {
  scenarioId: string;
  performedOn: Date;
}

export function judgeB7(check: BestPracticeCheck, drills: readonly DrillEvidence[], staffTrained: boolean, now: Date = new Date()): BestPracticeCheck {
  if (check.id !== "B7") return check;
  const since = now.getTime() - DRILL_VALID_DAYS * 86_400_000;
  const recent = drills.filter((d) => d.performedOn.getTime() >= since && d.performedOn.getTime() <= now.getTime()).sort((a, b) => b.performedOn.getTime() - a.performedOn.getTime());
  const day = (d: Date) => d.toISOString().slice(0, 10);
  if (recent.length > 0) {
    const last = recent[0];
    return {
      ...check,
      status: "pass",
      why: `${recent.length} drill${recent.length === 1 ? "" : "s"} recorded in the last 12 months, the latest on ${day(last.performedOn)} (${last.scenarioId}).${staffTrained ? "" : " The model still marks the staff as not trained: the estimates keep the slower hands-on factor until you change it."}`,
    };
  }
  const older = drills.length > 0 ? ` The last drill was on ${day([...drills].sort((a, b) => b.performedOn.getTime() - a.performedOn.getTime())[0].performedOn)}.` : "";
  return {
    ...check,
    status: "fail",
    why: staffTrained
      ? `Staff are marked as trained, but no drill is recorded in the last 12 months: record one on the Drills page.${older}`
      : `Staff are not trained in disaster recovery and no drill is recorded in the last 12 months.${older}`,
  };
}
