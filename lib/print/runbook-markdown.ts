// A runbook as Markdown (the "Download Markdown" of a runbook page).
import { formatHours } from "../view/durations";
import { draftLabel, printedVersion, type RunbookDocument } from "./runbook-document";

const fence = (command: string) => "```\n" + command + "\n```";

export function runbookToMarkdown(doc: RunbookDocument): string {
  const lines: string[] = [];
  const draft = draftLabel(doc);
  lines.push(`# ${doc.title}`, "");
  if (draft) lines.push(`**${draft}**`, "");
  lines.push(`Deployment: **${doc.deploymentName}** · ${printedVersion(doc)} · produced ${doc.producedOn}`, "");
  lines.push(
    `Settings levels to restore: ${doc.restoreLevels.join(", ")} · estimated time to recover everything: ${formatHours(doc.rtoHours)}`,
    "",
  );
  if (doc.opening.length) {
    lines.push("## Before you start", "");
    for (const line of doc.opening) lines.push(`- ${line}`);
    lines.push("");
  }
  if (doc.workloads.length) {
    lines.push("| Workload | Back after | Target | Meets |", "|---|---|---|---|");
    for (const w of doc.workloads)
      lines.push(
        `| ${w.label} | ${formatHours(w.rtoHours)} | ${w.targetHours === null ? "—" : formatHours(w.targetHours)} | ${w.meets === null ? "—" : w.meets ? "yes" : "**no**"} |`,
      );
    lines.push("");
  }
  for (const note of doc.notes) lines.push(`> ${note}`, "");
  lines.push(
    "Work down the steps in number order: each starts at its T+ time (from the moment of loss), or as soon as the steps it follows are done.",
    "",
  );
  for (const section of doc.sections) {
    lines.push(`## ${section.title}`, "");
    if (section.when) lines.push(`*When:* ${section.when}`, "");
    for (const block of section.blocks) {
      lines.push(`### ${block.phase}${block.purpose ? `: ${block.purpose}` : ""}`, "");
      if (block.brings.length) lines.push(`*Works on:* ${block.brings.join(", ")}`, "");
      for (const step of block.steps) {
        const after = step.after.length ? ` · after ${step.after.join(", ")}` : "";
        lines.push(
          `${step.order}. [ ] **${step.title}** · ${step.start} · ${step.minutes} min · ${step.who}${after} · rules ${step.rules.join(", ")}`,
        );
        if (step.server) lines.push(`   Server: \`${step.server}\``);
        if (step.detail) lines.push(`   ${step.detail}`);
        if (step.command) lines.push("", fence(step.command).replace(/^/gm, "   "));
        if (step.verifyNote) lines.push(`   ⚠ ${step.verifyNote}`);
        lines.push("");
      }
    }
  }
  lines.push(
    "## Sign-off",
    "",
    "Restored by: ____________________  Date/time: ____________",
    "",
    "Checked by: ____________________  Date/time: ____________",
    "",
  );
  return lines.join("\n");
}
