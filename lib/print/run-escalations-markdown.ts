// The run report's escalations in Markdown (UTC, like the rest of the Markdown report).
import type { RunEscalation } from "../view/run-escalations";

const duration = (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`);
const utc = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function runEscalationsMarkdown(escalations: readonly RunEscalation[], tell: readonly string[]): string {
  const out = ["", "## Escalations", ""];
  if (escalations.length === 0) out.push("No step ran past its escalation threshold.");
  else {
    out.push("| Step | Threshold | Escalated at | State |", "|---|---|---|---|");
    for (const e of escalations)
      out.push(
        `| ${e.order}. ${e.title.replace(/\|/g, "\\|")} | ${duration(e.afterMinutes)} after its start | ${utc(e.at)} | ${e.open ? "still open" : "settled later"} |`,
      );
    out.push("", `Told to, per the contingency plan: ${tell.length ? tell.join("; ") : "nobody is named"}.`);
  }
  return out.join("\n") + "\n";
}

/** One line per escalation (UTC), and whom to tell, for the report's PDF. */
export function runEscalationLines(escalations: readonly RunEscalation[], tell: readonly string[]): string[] {
  if (escalations.length === 0) return ["No step ran past its escalation threshold."];
  return [
    ...escalations.map(
      (e) =>
        `Step ${e.order}, ${e.title}: escalated at ${utc(e.at)}, ${duration(e.afterMinutes)} after its start (${e.open ? "still open" : "settled later"}).`,
    ),
    `Told to, per the contingency plan: ${tell.length ? tell.join("; ") : "nobody is named"}.`,
  ];
}
