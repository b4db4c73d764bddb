// A short description of an edit for the audit log: which sections of the deployment file changed
// and, for lists, how many entries were added, removed or changed. Pure.
import type { Deployment } from "../formats/deployment";

/** The audit section of each top-level key of the deployment file (the model editor's pages). */
const SECTION: Record<string, string> = {
  name: "general",
  forest: "general",
  edge: "general",
  format: "general",
  sites: "sites",
  pools: "pools",
  servers: "servers",
  databases: "databases",
  fileShares: "file-shares",
  dependencies: "dependencies",
  priorities: "priorities",
  backup: "backup",
  recovery: "recovery",
  contacts: "contacts",
  vendors: "vendors",
};

const LIST_KEY: Record<string, (x: Record<string, unknown>) => string> = {
  sites: (x) => String(x.name),
  pools: (x) => String(x.name),
  servers: (x) => String(x.fqdn).toLowerCase(),
  databases: (x) => `${String(x.name)}@${String(x.server).toLowerCase()}`,
  fileShares: (x) => String(x.path),
  contacts: (x) => String(x.name),
  vendors: (x) => String(x.name),
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function listSummary(name: string, a: unknown[], b: unknown[]): string {
  const keyOf = LIST_KEY[name];
  if (!keyOf) return name;
  const ma = new Map(a.map((x) => [keyOf(x as Record<string, unknown>), x]));
  const mb = new Map(b.map((x) => [keyOf(x as Record<string, unknown>), x]));
  const added = [...mb.keys()].filter((k) => !ma.has(k));
  const removed = [...ma.keys()].filter((k) => !mb.has(k));
  const changed = [...mb.keys()].filter((k) => ma.has(k) && !same(ma.get(k), mb.get(k)));
  const parts: string[] = [];
  const names = (ks: string[]) => (ks.length <= 3 ? ` (${ks.join(", ")})` : "");
  if (added.length) parts.push(`${added.length} added${names(added)}`);
  if (removed.length) parts.push(`${removed.length} removed${names(removed)}`);
  if (changed.length) parts.push(`${changed.length} changed${names(changed)}`);
  if (!parts.length) parts.push("reordered");
  return `${name}: ${parts.join(", ")}`;
}

export interface ChangeSummary {
  /** Sections of the model that changed, in file order (e.g. ["servers"]). */
  sections: string[];
  detail: string;
}

export function summarizeChange(before: Deployment, after: Deployment): ChangeSummary {
  const sections: string[] = [];
  const parts: string[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  for (const k of keys) {
    if (same(a[k], b[k])) continue;
    const section = SECTION[k] ?? k;
    if (!sections.includes(section)) sections.push(section);
    if (Array.isArray(a[k]) && Array.isArray(b[k])) parts.push(listSummary(k, a[k] as unknown[], b[k] as unknown[]));
    else if (a[k] && b[k] && typeof a[k] === "object" && typeof b[k] === "object") {
      const ao = a[k] as Record<string, unknown>;
      const bo = b[k] as Record<string, unknown>;
      const sub = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].filter((s) => !same(ao[s], bo[s]));
      parts.push(`${k}: ${sub.join(", ")}`);
    } else if (k === "name") parts.push(`name: ${JSON.stringify(a[k])} → ${JSON.stringify(b[k])}`);
    else parts.push(k);
  }
  return { sections, detail: parts.length ? parts.join("; ") : "no change" };
}

/** The audit action of an edit: "edit:servers", "edit:pools+servers", or "edit" when nothing changed. */
export const editAction = (s: ChangeSummary) => (s.sections.length ? `edit:${s.sections.join("+")}` : "edit");
