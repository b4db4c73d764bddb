// The run report as Markdown ("Download Markdown" on the report page). User text (notes, skip
// reasons, names) is escaped so it cannot change the document's structure.
import { formatUtc } from "../view/times";
import { WORKLOAD_LABELS } from "../formats/enums";
import type { RunReport } from "../view/run-report";

const esc = (s: string) => s.replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
const num = (n: number | null, unit: string) => (n === null ? "—" : `${n} ${unit}`);
const time = (d: Date | null) => (d ? formatUtc(d) : "—");
const who = (s: string | null) => (s ? esc(s.replace(/\s*<[^>]*>$/, "")) : "—");

const byAt = (by: string | null, at: Date | null) => (by ? `${who(by)}, ${time(at)}` : "—");

export function runReportToMarkdown(r: RunReport, deploymentName: string): string {
  const lines = [
    `# Run report: ${esc(r.title)}`,
    "",
    `- Deployment: ${esc(deploymentName)}`,
    `- Kind: ${r.kind}`,
    `- ${r.performance.performed ? "Performed" : "NOT PERFORMED"}: ${r.performance.reason}`,
    `- Started: ${time(r.startedAt)} by ${who(r.startedBy)}`,
    `- Finished: ${r.finishedAt ? time(r.finishedAt) : "not yet"}`,
    `- Branch: ${esc(r.path)}`,
    `- Estimated: ${r.estimatedHours} h · actual: ${num(r.actualHours, "h")} (measured from the start of the run in the app)`,
    "- All times in UTC.",
    "",
    "## Workloads back",
    "",
    "| Workload | Target | Estimated | Actual | Within target |",
    "|---|---|---|---|---|",
    ...r.workloads.map(
      (w) =>
        `| ${WORKLOAD_LABELS[w.workload]} | ${num(w.targetHours, "h")} | ${w.estimatedHours} h | ${num(w.actualHours, "h")} | ${w.unconfirmed.length ? esc(w.unconfirmed.join("; ")) : w.meets === null ? "—" : w.meets ? "yes" : "no"} |`,
    ),
    "",
    "## Steps (estimated against actual)",
    "",
    "| # | Step | State | Estimated | Actual | Difference | Started (UTC) | Done (UTC) |",
    "|---|---|---|---|---|---|---|---|",
    ...r.steps.map(
      (s) =>
        `| ${s.order} | ${esc(s.title)} | ${s.state} | ${s.estimatedMinutes} min | ${num(s.actualMinutes, "min")} | ${s.deltaMinutes === null ? "—" : `${s.deltaMinutes > 0 ? "+" : ""}${s.deltaMinutes} min`} | ${byAt(s.startedBy, s.startedAt)} | ${byAt(s.doneBy, s.doneAt)} |`,
    ),
    "",
    "## Skipped steps",
    "",
    ...(r.skipped.length
      ? r.skipped.map(
          (s) => `- Step ${s.order}, ${esc(s.title)}: skipped by ${byAt(s.skippedBy, s.skippedAt)}. Reason: ${esc(s.skipReason ?? "")}`,
        )
      : ["None."]),
    "",
    "## Notes",
    "",
    ...(r.notes.length ? r.notes.map((s) => `- Step ${s.order} (${who(s.noteBy)}): ${esc(s.note)}`) : ["None."]),
    "",
    "## Who did what",
    "",
    ...r.people.map((p) => `- ${who(p.name)}: started ${p.started}, completed ${p.done}, skipped ${p.skipped}`),
    "",
  ];
  return lines.join("\n");
}
