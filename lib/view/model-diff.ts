// What differs between two deployment models, in words: the RFC 6902 operations from one deployment
// file to the other (fast-json-patch's compare), with list entries keyed by their natural key (servers by
// FQDN, pools and sites by name...) so a change reads "servers › fe1.litware.com › spareHardware".
import jsonPatch from "fast-json-patch";
import type { Deployment } from "../formats/deployment";

export interface ModelDifference {
  /** e.g. "servers › fe1.litware.com › spareHardware". */
  what: string;
  kind: "added" | "removed" | "changed";
  from?: string;
  to?: string;
}

const KEYED: Record<string, (x: Record<string, unknown>) => string> = {
  sites: (x) => String(x.name),
  pools: (x) => String(x.name),
  servers: (x) => String(x.fqdn),
  databases: (x) => `${x.name} on ${x.server}`,
  fileShares: (x) => `${x.content} ${x.path}`,
};

function keyed(d: Deployment): Record<string, unknown> {
  const out: Record<string, unknown> = { ...d };
  for (const [field, key] of Object.entries(KEYED)) {
    const list = (d as unknown as Record<string, Record<string, unknown>[] | undefined>)[field];
    if (list) out[field] = Object.fromEntries(list.map((x) => [key(x), x]));
  }
  out.priorities = { ...d.priorities, workloads: Object.fromEntries(d.priorities.workloads.map((w) => [w.workload, w])) };
  return out;
}

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));
const unescape = (seg: string) => jsonPatch.unescapePathComponent(seg);

export function modelDifferences(a: Deployment, b: Deployment): ModelDifference[] {
  const ka = keyed(a);
  const kb = keyed(b);
  return jsonPatch.compare(ka, kb).map((op) => {
    const what = op.path.split("/").slice(1).map(unescape).join(" › ");
    const before = op.op === "add" ? undefined : jsonPatch.getValueByPointer(ka, op.path);
    if (op.op === "add") return { what, kind: "added", to: show(op.value) };
    if (op.op === "remove") return { what, kind: "removed", from: show(before) };
    return { what, kind: "changed", from: show(before), to: show((op as { value?: unknown }).value) };
  });
}
