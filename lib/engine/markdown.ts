// A plan as a printable Markdown document (`--format markdown`): gaps first, then what to back up, the
// checklists, the data-loss table and every restore runbook with numbered steps.
import { WORKLOAD_LABELS } from "../formats/enums";
import type { Gap, RunbookStep, Scenario, ScenarioWorkload } from "../formats/plan";
import { ASSUMPTION_TABLE } from "./assumptions";
import type { Plan } from "./plan";
import { successorMarkdown } from "./successor/markdown";
import { registerMarkdown } from "./register/markdown";

const cell = (text: string | number | null | undefined): string =>
  text === null || text === undefined || text === "" ? "–" : String(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const rules = (r: readonly string[] | undefined) => (r && r.length > 0 ? r.join(", ") : "–");
const yesNo = (v: boolean | null | undefined) => (v === true ? "yes" : v === false ? "**no**" : "unknown");
/** Minutes from the loss as h:mm. */
const clock = (minutes: number | undefined) => {
  if (minutes === undefined || !Number.isFinite(minutes)) return "–";
  const m = Math.round(minutes);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
};

function table(head: string[], rows: (string | number | null | undefined)[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`), ""];
}

function codeBlock(command: string, indent = ""): string[] {
  return [`${indent}\`\`\``, `${indent}${command}`, `${indent}\`\`\``];
}

function gapLines(gaps: Gap[]): string[] {
  if (gaps.length === 0) return ["No coverage gaps found.", ""];
  const counts = (["critical", "warning", "info"] as const).map((s) => `${gaps.filter((g) => g.severity === s).length} ${s}`).join(", ");
  const out = [`${gaps.length} gaps: ${counts}.`, ""];
  for (const g of gaps)
    out.push(`- **${g.severity.toUpperCase()}** \`${g.id}\` (${cell(g.subject)}): ${g.message} *Fix:* ${g.fix} (rules ${rules(g.rules)})`);
  out.push("");
  return out;
}

function workloadRows(workloads: ScenarioWorkload[]) {
  return table(
    ["Workload", "Back after (h)", "Target (h)", "Meets", "Impact"],
    workloads.map((w) => [
      WORKLOAD_LABELS[w.workload],
      w.rtoHours,
      w.targetHours,
      w.meets === null ? "no target" : w.meets ? "yes" : "**no**",
      w.impact ?? "outage",
    ]),
  );
}

function stepLines(steps: RunbookStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) {
    const facts = [
      `T+${clock(s.startMinute)}`,
      `${s.minutes} min`,
      s.waiting || !s.assignee ? "runs by itself" : `admin ${s.assignee}`,
      s.phase,
      s.server,
      s.dependsOn.length > 0 ? `after ${s.dependsOn.join(", ")}` : undefined,
      s.critical ? "critical path" : undefined,
    ].filter(Boolean);
    const indent = " ".repeat(String(s.order).length + 2);
    out.push(`${s.order}. **${s.title}**${s.verify ? " ⚠ *verify before use*" : ""}  `);
    out.push(`${indent}${facts.join(" · ")} · rules ${rules(s.rules)}  `);
    if (s.detail) out.push(`${indent}${s.detail}`);
    if (s.command) out.push("", ...codeBlock(s.command, indent));
    if (s.verify && s.verifyWith) out.push("", `${indent}⚠ Unverified syntax: check it with \`${s.verifyWith}\` first.`);
    out.push("");
  }
  return out;
}

function scenarioLines(s: Scenario): string[] {
  const out = [
    `### ${s.title ?? s.id}`,
    "",
    `\`${s.id}\` · settings levels to restore: ${s.restoreLevels.join(", ")} (S7) · estimated recovery time ${s.rtoHours} h`,
    "",
  ];
  if (s.path) out.push(`Main path: **${s.path}**.`, "");
  for (const n of s.notes ?? []) out.push(`> ${n}`, ">");
  if (s.notes?.length) out.splice(out.length - 1, 1, "");
  if (s.workloads.length > 0) out.push(...workloadRows(s.workloads));
  out.push(...stepLines(s.steps));
  if (s.failback) {
    out.push(`#### ${s.failback.title}`, "", `When: ${s.failback.when} Estimated time ${s.failback.rtoHours} h.`, "");
    out.push(...stepLines(s.failback.steps));
  }
  for (const alt of s.alternatives ?? []) {
    out.push(`#### Alternative: ${alt.title}`, "", `When: ${alt.when} Estimated recovery time ${alt.rtoHours} h.`, "");
    if (alt.workloads.length > 0) out.push(...workloadRows(alt.workloads));
    out.push(...stepLines(alt.steps));
  }
  return out;
}

export function planToMarkdown(plan: Plan): string {
  const out: string[] = [`# Backup and restore plan: ${plan.deployment}`, ""];
  const backedUp = plan.databaseBackups.filter((d) => d.backUp).length;
  out.push(
    `${plan.settingsExports.length} settings exports, ${backedUp} of ${plan.databaseBackups.length} databases and ${plan.fileShareBackups.filter((f) => f.backUp).length} of ${plan.fileShareBackups.length} file shares to back up, ${plan.scenarios.length} restore runbooks. Times are estimates from the assumptions listed at the end. Steps marked ⚠ rely on inferred or unverified syntax: check them on a server first.`,
    "",
  );

  out.push("## Coverage gaps", "", ...gapLines(plan.gaps));

  out.push("## Backup", "", "### Settings exports (LCSCmd)", "", "Replace `<dir>` with the backup folder (separate, secure storage).", "");
  for (const e of plan.settingsExports) {
    const what = e.levels.includes("machine")
      ? `machine settings${e.roles?.length ? ` (${e.roles.join(", ")})` : ""}`
      : `global and pool settings of ${e.pool}`;
    out.push(`- **${e.server}**: ${what} (rules ${rules(e.rules)})${e.note ? `. ${e.note}` : ""}`, "", ...codeBlock(e.command, "  "), "");
  }

  out.push("### Databases", "");
  out.push(
    ...table(
      ["Database", "Server", "Back up", "Tool or reason", "Size (GB)", "Every (h)", "Rules"],
      plan.databaseBackups.map((d) => [
        d.database,
        d.server,
        d.backUp ? "yes" : "no",
        d.tool ?? d.reason,
        d.sizeGb,
        d.frequencyHours,
        rules(d.rules),
      ]),
    ),
  );
  out.push("### File shares", "");
  out.push(
    ...table(
      ["Content", "Path", "Back up", "Tool or reason", "Size (GB)", "Every (h)", "Rules"],
      plan.fileShareBackups.map((f) => [
        f.content,
        f.path,
        f.backUp ? "yes" : "no",
        f.tool ?? f.reason,
        f.sizeGb,
        f.frequencyHours,
        rules(f.rules),
      ]),
    ),
  );
  out.push("### Environmental dependencies (S6)", "");
  out.push(
    ...table(
      ["Dependency", "Subject", "Backed up today", "What to do"],
      plan.environmentBackups.map((e) => [e.dependency, e.subject, yesNo(e.backedUp), e.action]),
    ),
  );
  out.push("### After each export (S5)", "");
  plan.postExportChecks.forEach((c, i) => out.push(`${i + 1}. **${c.task}.** ${c.detail}`));
  out.push("", "### Permissions", "");
  out.push(
    ...table(
      ["Task", "Rights", "Confirmed", "Source"],
      plan.permissions.map((p) => [p.task, p.rights, p.verify ? "⚠ verify" : "yes", p.source]),
    ),
  );

  out.push("## Checklists", "", "### Backup checklist", "");
  for (const c of plan.checklists.backup)
    out.push(
      `- [ ] ${c.task}${c.frequencyHours ? ` (every ${c.frequencyHours} h)` : ""}${c.command ? `: \`${c.command}\`` : ""} (rules ${rules(c.rules)})`,
    );
  out.push("", "### Best practices", "");
  out.push(
    ...table(
      ["", "Practice", "Status", "Why"],
      plan.checklists.bestPractices.map((b) => [b.id, b.title, b.status, b.why]),
    ),
  );

  out.push("## Data loss (RPO)", "");
  out.push(
    ...table(
      ["Data", "Where", "Backed up every (h)", "Target (h)", "Meets"],
      plan.rpo.map((r) => [r.data, r.subject, r.hours, r.targetHours, r.meets === null ? "no target" : r.meets ? "yes" : "**no**"]),
    ),
  );

  // P8: only when the deployment states an MTD (files without one keep their Markdown as it was).
  if (plan.bia.some((r) => r.mtdHours !== null)) {
    out.push(
      "## Business impact (P8)",
      "",
      "Estimate + WRT must stay within the MTD (an industry split of NIST's rule; RPO is not part of the MTD).",
      "",
    );
    out.push(
      ...table(
        ["Workload", "RTO target (h)", "Estimate (h)", "WRT (h)", "MTD (h)", "Within MTD"],
        plan.bia.map((r) => [
          r.workload,
          r.rtoTargetHours,
          r.estimatedHours ?? "–",
          r.wrtHours ?? "–",
          r.mtdHours ?? "not stated",
          r.meetsMtd === null ? "–" : r.meetsMtd ? "yes" : "**no**",
        ]),
      ),
    );
  }
  out.push(...registerMarkdown(plan.register, plan.lifecycle));

  out.push(
    "## Restore runbooks",
    "",
    "Order: Active Directory, sites, pools and their back ends or Standard Edition servers, then single servers.",
    "",
  );
  for (const s of plan.scenarios) out.push(...scenarioLines(s));

  if (plan.successor) out.push(...successorMarkdown(plan.successor));

  if (plan.warnings.length > 0) {
    out.push("## Warnings", "");
    for (const w of plan.warnings) out.push(`- ${w.path ? `\`${w.path}\`: ` : ""}${w.message}${w.rule ? ` (rule ${w.rule})` : ""}`);
    out.push("");
  }

  out.push("## Assumptions", "");
  const used = plan.assumptions as Record<string, number>;
  out.push(
    ...table(
      ["Assumption", "Value", "Unit", "Source"],
      ASSUMPTION_TABLE.map((a) => [a.label, used[a.key] ?? a.value, a.unit, a.source]),
    ),
  );
  return out.join("\n");
}
