// Rebuilding a set of lost servers (a pool, a back end, a Standard Edition server, a whole site) in
// table 17-9 order, with the pool-wide steps their loss needs around the per-server chains.
import type { FileShareEntry, Pool } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import { phaseById, phaseIndex } from "../rules/restore-order";
import { deps, RunbookBuilder } from "../runbook";
import { inRestoreSequence, type ServerInfo } from "../topology";
import {
  decideStep,
  DOMAIN,
  FRONT_END_PHASE,
  globalImportStep,
  LAST_POOL_PHASE,
  mediaStep,
  poolCheckStep,
  poolImportStep,
  poolWorkloads,
  reassignStep,
  remoteAccessIn,
  WorkloadEnds,
  type ScenarioContext,
} from "./context";
import { rebuildServer, reapplySurvivor, restoreExternalShares, type ChainHooks } from "./server-chain";

export interface RebuildSpec {
  lost: ServerInfo[];
  /** Pools whose pool level is re-imported, checked and whose users are reassigned. */
  affectedPools: Pool[];
  /** Restore domain information and import the global settings first (site loss). */
  domain: boolean;
  externalShares: FileShareEntry[];
  affected: Workload[];
  decideTitle: string;
}

/** Rebuild a set of servers in table 17-9 order, with the pool-wide steps their losses need. */
export function rebuildRunbook(ctx: ScenarioContext, spec: RebuildSpec): RunbookBuilder {
  const { ix } = ctx;
  const rb = new RunbookBuilder(ix.priority);
  const ends = new WorkloadEnds();
  const decide = decideStep(rb, ctx, spec.decideTitle, spec.affected);
  const media = mediaStep(rb, ctx, decide, spec.affected);
  let domain: number | undefined;
  let globalImport: number | undefined;
  if (spec.domain) {
    domain = rb.add({
      title: "Restore domain information",
      detail:
        "Bring back the site's domain controllers and DNS from their backups with Windows tools (outside OCS), or confirm that domain controllers elsewhere serve the site.",
      phase: DOMAIN,
      minutes: ctx.dur.work(ctx.dur.a.adRestoreMinutes),
      deps: [decide],
      workloads: spec.affected,
      rules: ["Restore order", "S6", "S1"],
    });
    globalImport = globalImportStep(rb, ctx, spec.affectedPools[0] ?? ix.d.pools[0], [domain], spec.affected);
  }

  const lost = new Set(spec.lost);
  const affectedPools = new Set(spec.affectedPools);
  const hooks: ChainHooks = {
    decide,
    media,
    domain,
    globalImport,
    beReady: new Map(),
    poolImport: new Map(),
    importPoolHere: new Set(spec.affectedPools.filter((p) => p.kind === "standard" && lost.has(ix.poolLead.get(p.name)!)).map((p) => p.name)),
  };
  const chainEnd = new Map<ServerInfo, number>();
  const internalEnds: number[] = [];
  const poolChecks = new Map<string, number>();
  let importsDone = false;
  let checksDone = false;

  const emitPoolImports = () => {
    importsDone = true;
    for (const p of spec.affectedPools)
      if (p.kind !== "standard") hooks.poolImport.set(p.name, poolImportStep(rb, ctx, p, deps(hooks.beReady.get(p.name) ?? decide, globalImport)));
  };
  const emitPoolChecks = () => {
    checksDone = true;
    for (const p of spec.affectedPools) {
      const imported = hooks.poolImport.get(p.name);
      const members = ix.membersByPool.get(p.name) ?? [];
      const after: number[] = deps(imported);
      for (const m of members) {
        const end = chainEnd.get(m);
        if (end !== undefined) after.push(end);
        else if (!lost.has(m)) after.push(reapplySurvivor(rb, ctx, m, deps(imported ?? decide)));
      }
      const be = ix.backEndOfPool.get(p.name);
      if (be && chainEnd.has(be)) after.push(chainEnd.get(be)!);
      const check = poolCheckStep(rb, ctx, p, after);
      poolChecks.set(p.name, check);
      internalEnds.push(check);
      ends.note(check, poolWorkloads(ix, p));
    }
  };

  for (const s of inRestoreSequence(spec.lost)) {
    const phase = phaseIndex(s.phase.id);
    if (!importsDone && phase >= FRONT_END_PHASE) emitPoolImports();
    if (!checksDone && phase > LAST_POOL_PHASE) emitPoolChecks();
    if (s.perimeter && hooks.edgeGate === undefined && internalEnds.length > 0)
      hooks.edgeGate = rb.add({
        title: "Checkpoint: the internal servers are back",
        detail: "Edge servers come after the internal roles (table 17-9): their next hop must answer first.",
        phase: phaseById("edge").name,
        minutes: 0,
        deps: [...internalEnds],
        workloads: remoteAccessIn(spec.affected),
        rules: ["Restore order"],
        waiting: true,
      });
    const end = rebuildServer(rb, ctx, s, hooks);
    chainEnd.set(s, end);
    for (const p of s.backEndOf) hooks.beReady.set(p.name, end);
    // Members and back ends of the affected pools are tied in through their pool's check.
    const viaPoolCheck = s.pool ? affectedPools.has(s.pool) : s.backEndOf.length > 0 && s.backEndOf.every((p) => affectedPools.has(p));
    if (!viaPoolCheck) {
      if (!s.perimeter) internalEnds.push(end);
      ends.note(end, s.workloads);
    }
  }
  if (!importsDone) emitPoolImports();
  if (!checksDone) emitPoolChecks();

  for (const step of restoreExternalShares(rb, ctx, spec.externalShares, decide, DOMAIN)) ends.note(step, rb.workloadsOf(step));

  for (const p of spec.affectedPools) {
    const reassign = reassignStep(rb, ctx, p, [poolChecks.get(p.name)!]);
    ends.note(reassign, poolWorkloads(ix, p));
  }
  ends.confirm(rb, ctx, spec.affected, decide);
  return rb;
}

