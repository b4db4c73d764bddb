// The contingency plan document as Markdown (`npm run plan -- <file> --format iscp-md`): the same
// document the DOCX and PDF render. Table cells escape pipes and keep to one line.
import { STEP_COLUMNS, stepCells, type IscpBlock, type IscpDocument, type IscpTreeItem } from "./document";

const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const line = (text: string) => text.replace(/\r?\n/g, " ");

function tree(items: readonly IscpTreeItem[], depth: number, out: string[]) {
  for (const i of items) {
    out.push(`${"  ".repeat(depth)}- ${line(i.text)}`);
    tree(i.children, depth + 1, out);
  }
}

function block(b: IscpBlock, out: string[]) {
  switch (b.kind) {
    case "paragraph":
      out.push(line(b.text), "");
      return;
    case "todo":
      out.push(`> **To add:** ${line(b.text)}`, "");
      return;
    case "subheading":
      out.push(`### ${line(b.text)}`, "");
      return;
    case "list":
      for (const i of b.items) out.push(`- ${line(i)}`);
      out.push("");
      return;
    case "tree":
      tree(b.items, 0, out);
      out.push("");
      return;
    case "table":
      out.push(`| ${b.columns.map(cell).join(" | ")} |`, `|${b.columns.map(() => "---").join("|")}|`);
      for (const r of b.rows) out.push(`| ${r.map(cell).join(" | ")} |`);
      out.push("");
      return;
    case "steps":
      out.push(`| ${STEP_COLUMNS.join(" | ")} |`, `|${STEP_COLUMNS.map(() => "---").join("|")}|`);
      for (const st of b.steps) out.push(`| ${stepCells(st).map(cell).join(" | ")} |`);
      out.push("");
  }
}

export function iscpMarkdown(doc: IscpDocument): string {
  const out: string[] = [`# ${line(doc.title)}`, ""];
  if (doc.draft) out.push(`**${doc.draft}**`, "");
  out.push(
    `Deployment version ${doc.deploymentVersion}; NIST SP 800-34 Rev. 1 ${doc.level}-impact template; produced ${doc.producedOn}.`,
    "",
  );
  for (const s of doc.sections) {
    out.push(`${s.level === 1 ? "##" : "###"} ${line(s.heading)}`, "");
    for (const b of s.blocks) block(b, out);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
