// Recoverability of each server for the topology picture: the worst miss among the ranked workloads it
// serves (their worst case over every scenario against their target), combined with its backup
// protection so the picture shows both: a server whose backups are complete but whose workloads come
// back far too late is not drawn green. Picture and legend read the same map, so the counts agree.
import type { Deployment } from "../formats/deployment";
import { WORKLOAD_LABELS, type Workload } from "../formats/enums";
import type { WorstMiss } from "../formats/plan";
import { indexDeployment } from "../engine/topology";
import type { DeploymentProtection, Protection, ProtectionStatus } from "./protection";

export interface ServerRecoverability {
  status: ProtectionStatus;
  /** The ranked workload this server serves that misses its target by the most (ratio worst/target). */
  worst: { workload: Workload; hours: number; targetHours: number; ratio: number } | null;
}

const SEVERITY: Record<ProtectionStatus, number> = { "not-applicable": 0, protected: 1, partly: 2, unprotected: 3 };
/** A miss of twice the target or more is drawn as unprotected, a smaller one as partly protected. */
export const BADLY_MISSED_RATIO = 2;

export function recoverabilityOf(d: Deployment, worst: readonly WorstMiss[]): Map<string, ServerRecoverability> {
  const byWorkload = new Map(worst.map((w) => [w.workload, w]));
  const out = new Map<string, ServerRecoverability>();
  for (const s of indexDeployment(d).servers) {
    let found: ServerRecoverability["worst"] = null;
    let ranked = false;
    for (const w of s.workloads) {
      const miss = byWorkload.get(w);
      if (!miss || miss.hours === null) continue;
      ranked = true;
      const ratio = miss.targetHours > 0 ? miss.hours / miss.targetHours : miss.hours > 0 ? Infinity : 1;
      if (ratio > 1 && (found === null || ratio > found.ratio))
        found = { workload: w, hours: miss.hours, targetHours: miss.targetHours, ratio };
    }
    const status: ProtectionStatus = !ranked
      ? "not-applicable"
      : found === null
        ? "protected"
        : found.ratio >= BADLY_MISSED_RATIO
          ? "unprotected"
          : "partly";
    out.set(s.fqdn, { status, worst: found });
  }
  return out;
}

/** Each server's status becomes the worse of its backup protection and its recoverability. */
export function withRecoverability(
  protection: DeploymentProtection,
  recoverability: Map<string, ServerRecoverability>,
): DeploymentProtection {
  const servers = new Map<string, Protection>();
  for (const [fqdn, p] of protection.servers) {
    const r = recoverability.get(fqdn);
    if (!r) {
      servers.set(fqdn, p);
      continue;
    }
    const status = SEVERITY[r.status] > SEVERITY[p.status] ? r.status : p.status;
    const items = r.worst
      ? [
          ...p.items,
          {
            id: `recovery:${r.worst.workload}`,
            label: `${WORKLOAD_LABELS[r.worst.workload]} back after ${r.worst.hours} h in its worst case, target ${r.worst.targetHours} h`,
            covered: false,
          },
        ]
      : p.items;
    servers.set(fqdn, { status, items });
  }
  return { ...protection, servers };
}
