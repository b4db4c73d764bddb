// Gaps the evidence shows (rules P2, B1, B10): an item the plan backs up whose last good backup is
// older than the plan allows, whose recent runs failed, or that has no good backup or no evidence at
// all. Only when evidence was given: without it the plan cannot tell intent from practice.
import type { EvidenceItem, EvidenceSection, Gap } from "../../formats/plan";

const RULES = ["P2", "B1", "B10"];

const idOf = (i: EvidenceItem) => (i.kind === "share" ? i.item : `${i.item}@${i.server}`);
const hours = (h: number) => `${h} h`;
const target = (i: EvidenceItem) =>
  i.targetHours === null
    ? `the plan allows ${hours(i.plannedRpoHours)}`
    : `the target is ${hours(i.targetHours)} and the plan allows ${hours(i.plannedRpoHours)}`;
const howToFix = (i: EvidenceItem) =>
  i.kind === "database"
    ? `Check the backup job of ${i.item} on ${i.server} (SQL Server Agent job, or the scheduled task on SQL Server 2005 Express), run a full backup with RESTORE VERIFYONLY, and upload the evidence again.`
    : i.kind === "settings"
      ? `Run the LCSCmd export on ${i.server}, check the file is complete (S5), and upload the evidence again.`
      : `Check the file copy of the ${i.item} share (robocopy exit code 8 or higher is a failure), run it again, and upload the evidence again.`;

export function evidenceGapsFor(evidence: EvidenceSection): Gap[] {
  const gaps: Gap[] = [];
  const critical = (i: EvidenceItem) => (i.targetHours !== null ? "critical" : "warning");
  for (const i of evidence.items) {
    const failed = i.failedRuns > 0 ? ` ${i.failedRuns} run${i.failedRuns === 1 ? "" : "s"} failed since.` : "";
    if (i.status === "stale")
      gaps.push({
        id: `evidence-stale:${idOf(i)}`,
        severity: critical(i),
        subject: i.subject,
        message: `The last good backup of ${i.subject} finished ${hours(i.ageHours!)} ago (${i.lastGoodAt}): a loss before the next run would cost up to ${hours(i.actualRpoHours!)} of data, where ${target(i)}.${failed}`,
        fix: howToFix(i),
        rules: RULES,
      });
    else if (i.status === "failed-runs")
      gaps.push({
        id: `evidence-failed:${idOf(i)}`,
        severity: "warning",
        subject: i.subject,
        message: `The latest ${i.failedRuns === 1 ? "run" : `${i.failedRuns} runs`} of the backup of ${i.subject} failed; the last good one (${i.lastGoodAt}) still keeps the data loss within the plan, until the next run fails too.`,
        fix: howToFix(i),
        rules: RULES,
      });
    else if (i.status === "no-good-backup")
      gaps.push({
        id: `evidence-no-good-backup:${idOf(i)}`,
        severity: "critical",
        subject: i.subject,
        message: `Every run of the backup of ${i.subject} in the evidence failed (${i.failedRuns}): there is no backup to restore.`,
        fix: howToFix(i),
        rules: RULES,
      });
    else if (i.status === "no-evidence")
      gaps.push({
        id: `evidence-missing:${idOf(i)}`,
        severity: critical(i),
        subject: i.subject,
        message: `The evidence has no run at all for ${i.subject}: nothing shows that it is backed up.`,
        fix: `Add it to the backup jobs and to the evidence script of the job pack, or check why the script does not report it. ${howToFix(i)}`,
        rules: RULES,
      });
  }
  return gaps;
}
