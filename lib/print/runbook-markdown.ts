// A runbook as Markdown (the "Download Markdown" of a runbook page).
import type { RunbookDocument } from "./runbook-document";
import { formatHours } from "../view/durations";

const fence = (command: string) => "```\n" + command + "\n```";

export function runbookToMarkdown(doc: RunbookDocument): string {
  const lines: string[] = [];
  lines.push(`# ${doc.title}`, "");
  lines.push(`Deployment: **${doc.deploymentName}** (version ${doc.deploymentVersion}) · produced ${doc.producedOn}`, "");
  lines.push(`Settings levels to restore: ${doc.restoreLevels.join(", ")} · estimated time to recover everything: ${formatHours(doc.rtoHours)}`, "");
  if (doc.workloads.length) {
    lines.push("| Workload | Back after | Target | Meets |", "|---|---|---|---|");
    for (const w of doc.workloads)
      lines.push(`| ${w.label} | ${formatHours(w.rtoHours)} | ${w.targetHours === null ? "—" : formatHours(w.targetHours)} | ${w.meets === null ? "—" : w.meets ? "yes" : "**no**"} |`);
    lines.push("");
  }
  for (const note of doc.notes) lines.push(`> ${note}`, "");
  for (const section of doc.sections) {
    lines.push(`## ${section.title}`, "");
    if (section.when) lines.push(`*When:* ${section.when}`, "");
    for (const step of section.steps) {
      const after = step.dependsOn.length ? ` (after ${step.dependsOn.join(", ")})` : "";
      lines.push(`${step.order}. [ ] **${step.title}** — ${step.minutes} min${after} · rules ${step.rules.join(", ")}`);
      if (step.server) lines.push(`   Server: \`${step.server}\``);
      if (step.detail) lines.push(`   ${step.detail}`);
      if (step.command) lines.push("", fence(step.command).replace(/^/gm, "   "));
      if (step.verify) lines.push(`   ⚠ Verify this command on the server before relying on it (for LCSCmd: \`lcscmd /config /?\`).`);
      lines.push("");
    }
  }
  lines.push("## Sign-off", "", "Restored by: ____________________  Date/time: ____________", "", "Checked by: ____________________  Date/time: ____________", "");
  return lines.join("\n");
}
