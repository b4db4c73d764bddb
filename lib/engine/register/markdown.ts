// The register and the lifecycle rows in the plan's Markdown (`--format markdown`): certificates, DNS
// records, ports and end of support, each row with what is wrong. Nothing when the plan has no register.
import type { LifecycleRow, Register } from "../../formats/plan-register";
import { certificateUseLabel } from "./gaps";
import { portLabel } from "./ports";

const cell = (text: string | number | null | undefined): string =>
  text === null || text === undefined || text === "" ? "–" : String(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const table = (head: string[], rows: (string | number | null | undefined)[][]) => [
  `| ${head.join(" | ")} |`,
  `| ${head.map(() => "---").join(" | ")} |`,
  ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  "",
];

export function registerMarkdown(register: Register | undefined, lifecycle: readonly LifecycleRow[] | undefined): string[] {
  if (!register) return [];
  const out = [
    "## Restore prerequisites (S9, S10, S11)",
    "",
    `As of ${register.asOf ?? "no date (expiry not judged)"}; names checked against the SIP domain ${register.sipDomain}.`,
    "",
    "### Certificates",
    "",
  ];
  out.push(
    ...table(
      ["Server", "Use", "Subject", "Expires", "Days left", "Status", "Key backup", "Problems"],
      register.certificates.map((c) => [
        c.server,
        certificateUseLabel(c.use),
        c.subject,
        c.expires,
        c.daysLeft,
        c.status === "ok" ? "ok" : `**${c.status}**`,
        c.keyBackup ?? "**none**",
        c.problems.join("; "),
      ]),
    ),
  );
  out.push("### DNS records", "");
  out.push(
    ...table(
      ["Name", "Type", "Needs to point at", "Listed as", "Status"],
      register.dns.map((r) => [
        r.name,
        r.type,
        `${r.target}${r.port ? `:${r.port}` : ""}`,
        r.listedTarget,
        r.status === "listed" ? "listed" : `**${r.status}**`,
      ]),
    ),
  );
  out.push("### Ports per role", "");
  out.push(
    ...table(
      ["Role", "Port", "Purpose"],
      register.ports.map((p) => [p.role, portLabel(p), p.purpose]),
    ),
  );
  if (lifecycle && lifecycle.length > 0) {
    out.push("### End of support (L1)", "");
    out.push(
      ...table(
        ["Product", "Support ended", "Servers"],
        lifecycle.map((l) => [l.product, l.supportEndedOn, l.servers.join(", ")]),
      ),
    );
  }
  return out;
}
