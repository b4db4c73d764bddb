// What changed between two approved plan versions: servers (by FQDN), gaps (by gap id) and the
// recovery-time figures (comparePlans). Pure: stored versions in, differences out.
import type { Deployment } from "../formats/deployment";
import type { Gap } from "../formats/plan";
import type { Plan } from "../engine/plan";
import { comparePlans, type PlanComparison } from "./compare-plans";
import { ASSUMPTION_TABLE, DEFAULT_ASSUMPTIONS } from "../engine/assumptions";

type Server = Deployment["servers"][number];

export interface ServerChange {
  fqdn: string;
  /** Human-readable field changes, e.g. `pool: pool1 → pool2`, `roles: +mediation`. */
  changes: string[];
}

export interface ServerDiff {
  added: Server[];
  removed: Server[];
  changed: ServerChange[];
}

export interface AssumptionChange {
  key: string;
  label: string;
  unit: string;
  from: number;
  to: number;
}

export interface VersionDiff {
  /** The estimation assumptions that differ (values in force: the deployment's own, else the default). */
  assumptions: AssumptionChange[];
  servers: ServerDiff;
  gaps: { added: Gap[]; removed: Gap[] };
  plans: PlanComparison;
}

const key = (fqdn: string) => fqdn.toLowerCase();
const show = (v: string | undefined) => v ?? "(none)";

export function serverChanges(a: Server, b: Server): string[] {
  const changes: string[] = [];
  const ra = new Set(a.roles);
  const rb = new Set(b.roles);
  const plus = b.roles.filter((r) => !ra.has(r)).map((r) => `+${r}`);
  const minus = a.roles.filter((r) => !rb.has(r)).map((r) => `−${r}`);
  if (plus.length || minus.length) changes.push(`roles: ${[...plus, ...minus].join(" ")}`);
  if ((a.pool ?? undefined) !== (b.pool ?? undefined)) changes.push(`pool: ${show(a.pool)} → ${show(b.pool)}`);
  if (a.site !== b.site) changes.push(`site: ${a.site} → ${b.site}`);
  if (Boolean(a.spareHardware) !== Boolean(b.spareHardware))
    changes.push(`spare hardware: ${a.spareHardware ? "yes" : "no"} → ${b.spareHardware ? "yes" : "no"}`);
  return changes;
}

export function diffServers(a: readonly Server[], b: readonly Server[]): ServerDiff {
  const inA = new Map(a.map((s) => [key(s.fqdn), s]));
  const inB = new Map(b.map((s) => [key(s.fqdn), s]));
  const changed: ServerChange[] = [];
  for (const s of b) {
    const before = inA.get(key(s.fqdn));
    if (!before) continue;
    const changes = serverChanges(before, s);
    if (changes.length) changed.push({ fqdn: s.fqdn, changes });
  }
  return {
    added: b.filter((s) => !inA.has(key(s.fqdn))),
    removed: a.filter((s) => !inB.has(key(s.fqdn))),
    changed,
  };
}

export function diffGaps(a: readonly Gap[], b: readonly Gap[]): { added: Gap[]; removed: Gap[] } {
  const idsA = new Set(a.map((g) => g.id));
  const idsB = new Set(b.map((g) => g.id));
  return { added: b.filter((g) => !idsA.has(g.id)), removed: a.filter((g) => !idsB.has(g.id)) };
}

/** The assumptions whose value in force differs between two sets of a deployment's own values. */
export function diffAssumptions(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): AssumptionChange[] {
  return ASSUMPTION_TABLE.flatMap((row) => {
    const from = a[row.key] ?? DEFAULT_ASSUMPTIONS[row.key];
    const to = b[row.key] ?? DEFAULT_ASSUMPTIONS[row.key];
    return from === to ? [] : [{ key: row.key, label: row.label, unit: row.unit, from, to }];
  });
}

interface Version {
  deployment: Deployment;
  plan: Plan;
  /** The deployment's own assumption values (absent: the defaults). */
  assumptions?: Readonly<Record<string, number>>;
}

/** From version `a` (older) to version `b` (newer). */
export function diffVersions(a: Version, b: Version): VersionDiff {
  return {
    assumptions: diffAssumptions(a.assumptions ?? {}, b.assumptions ?? {}),
    servers: diffServers(a.deployment.servers, b.deployment.servers),
    gaps: diffGaps(a.plan.gaps, b.plan.gaps),
    plans: comparePlans(a.plan, b.plan),
  };
}
