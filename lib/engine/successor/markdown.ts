// The `successor` section as Markdown (`--format markdown`): the path, the steps before and during the
// migration, the successor's backup commands and its site resilience beside this plan.
import { WORKLOAD_LABELS } from "../../formats/enums";
import type { SuccessorSection, SuccessorStep } from "../../formats/plan-successor";

const cell = (text: string | number | null | undefined): string =>
  text === null || text === undefined || text === "" ? "–" : String(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

const PATH_LABELS: Record<SuccessorSection["paths"][number], string> = {
  "side-by-side": "side by side (new pools beside OCS, users moved pool by pool)",
  "new-deployment": "a new deployment",
  "via-lync-2013-then-in-place": "Lync Server 2013 side by side first, then an in-place upgrade",
};

const basisMark = (s: { basis: string }) => (s.basis === "inferred" ? " ⚠ *inferred: verify before use*" : " *(documented)*");

function stepLines(steps: SuccessorStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) {
    const indent = " ".repeat(String(s.order).length + 2);
    const facts = [
      s.minutes !== undefined ? `${s.minutes} min` : "no estimate",
      s.pool ? `pool ${s.pool}` : undefined,
      s.phase,
      `source: ${s.source}`,
    ]
      .filter(Boolean)
      .join(" · ");
    out.push(`${s.order}. **${s.title}**${basisMark(s)}  `, `${indent}${facts} · rules ${s.rules.join(", ")}  `);
    if (s.detail) out.push(`${indent}${s.detail}`);
    if (s.command) out.push("", `${indent}\`\`\``, `${indent}${s.command}`, `${indent}\`\`\``);
    out.push("");
  }
  return out;
}

export function successorMarkdown(s: SuccessorSection): string[] {
  const out = [`## The exit: ${s.product} (rule M1)`, ""];
  out.push(
    s.supported
      ? `Microsoft supports a path from this deployment: ${s.paths.map((p) => PATH_LABELS[p]).join("; or ")}.`
      : "**Microsoft supports no path from this deployment to this product.**",
    "",
  );
  for (const r of s.reasons) out.push(`- ${r}`);
  if (s.reasons.length > 0) out.push("");
  out.push(`Source: ${s.pathSource}.`, "", `End of support: ${s.supportEndsOn ?? "not known"} (${s.supportSource}).`, "");
  for (const n of s.notes) out.push(`> ${n}`, ">");
  out.splice(out.length - 1, 1, "");

  if (s.supported) {
    out.push(
      "### Before migrating",
      "",
      `About ${s.estimate.premigrationHours} h of hands-on work.`,
      "",
      ...stepLines(s.premigration),
      "### Migration runbook",
      "",
      `About ${s.estimate.migrationHours} h of hands-on work; per pool: ${s.estimate.perPool.map((p) => `${p.pool} ${p.hours} h`).join(", ")}.`,
      "",
      ...stepLines(s.migration),
    );
  }

  out.push("### The successor's backup, mapped from this plan", "");
  out.push("| What | Command | Replaces in this plan | Basis | Note |", "| --- | --- | --- | --- | --- |");
  for (const b of s.backup)
    out.push(
      `| ${cell(b.title)} | \`${cell(b.command)}\` | ${cell(b.replaces.join("; ") || "nothing in this plan")} | ${b.basis} | ${cell(b.note)} |`,
    );
  for (const b of s.notBackedUp)
    out.push(
      `| ${cell(b.title)} | not backed up | ${cell(b.replaces.join("; ") || "nothing in this plan")} | ${b.basis} | ${cell(b.reason)} |`,
    );
  out.push("");

  const r = s.resilience;
  const p = r.published;
  const range = p.rtoMinutesFrom !== undefined ? `${p.rtoMinutesFrom}–${p.rtoMinutes}` : `${p.rtoMinutes}`;
  out.push(
    "### Site resilience on the successor",
    "",
    `Microsoft's published target for a ${p.measures.toLowerCase()}: recovery time ${range} min, data loss ${p.rpoMinutes} min (${p.source}). ${p.caveat}`,
    "",
  );
  if (r.cmsFailover)
    out.push(`Central Management Store failover: ${r.cmsFailover.rtoMinutes} min, data loss ${r.cmsFailover.rpoMinutes} min.`, "");
  out.push(r.failback, "");
  for (const x of r.prerequisites) out.push(`- ${x}`);
  out.push("", ...stepLines(r.runbook));
  out.push(
    "| Workload | This plan, worst case (h) | Target (h) | Successor, published (h) | With this plan's decision time (h) | Data loss now (h) | Successor data loss (h) | Note |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const c of r.compare)
    out.push(
      `| ${WORKLOAD_LABELS[c.workload]} | ${c.thisPlanHours} (\`${cell(c.thisPlanScenario)}\`) | ${cell(c.targetHours)} | ${cell(c.successorHours)} | ${cell(c.successorWithDecisionHours)} | ${cell(c.thisPlanRpoHours)} | ${cell(c.successorRpoHours)} | ${cell(c.note)} |`,
    );
  for (const c of r.notCovered)
    out.push(
      `| ${WORKLOAD_LABELS[c.workload]} | ${c.thisPlanHours} (\`${cell(c.thisPlanScenario)}\`) | ${cell(c.targetHours)} | not covered | – | ${cell(c.thisPlanRpoHours)} | – | ${cell(c.note)} |`,
    );
  out.push("");
  return out;
}
