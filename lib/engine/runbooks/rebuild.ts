// Rebuilding a set of lost servers (a pool, a back end, a Standard Edition server, a whole site) in
// table 17-9 order, with the pool-wide steps their loss needs around the per-server chains.
import type { FileShareEntry, Pool } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import { stopOcsServices } from "../commands";
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
  poolWorkloads,
  poolCheckStep,
  poolImportStep,
  reassignStep,
  remoteAccessIn,
  confirmWorkloads,
  type ScenarioContext,
} from "./context";
import { addFastPath } from "./standby";
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
  /** Per affected pool, the standby pool its users move to first (fast path); then no reassignment in place. */
  standbyFor?: Map<string, Pool>;
}

/** Rebuild a set of servers in table 17-9 order, with the pool-wide steps their losses need. */
export function rebuildRunbook(ctx: ScenarioContext, spec: RebuildSpec): RunbookBuilder {
  const { ix } = ctx;
  const rb = new RunbookBuilder(ix.priority);
  const decide = decideStep(rb, ctx, spec.decideTitle, spec.affected);
  if (spec.standbyFor && spec.standbyFor.size > 0) {
    const served = new Set<Workload>();
    for (const p of spec.affectedPools) {
      const standby = spec.standbyFor.get(p.name);
      // Always found today: standbyPlan (pool.ts) maps every affected pool or returns none.
      if (standby) for (const w of addFastPath(rb, ctx, p, standby, decide, spec.affected).served) served.add(w);
    }
    rb.servedElsewhere = served;
  }
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
      assumption: "adRestoreMinutes",
      deps: [decide],
      workloads: spec.affected,
      rules: ["Restore order", "S6", "S1"],
    });
    globalImport = globalImportStep(rb, ctx, spec.affectedPools[0] ?? ix.d.pools[0], [domain], spec.affected);
  }

  const lost = new Set(spec.lost);
  const hooks: ChainHooks = {
    decide,
    media,
    domain,
    globalImport,
    beReady: new Map(),
    poolImport: new Map(),
    importPoolHere: new Set(
      spec.affectedPools.filter((p) => p.kind === "standard" && lost.has(ix.poolLead.get(p.name)!)).map((p) => p.name),
    ),
  };
  // A rebuilt back end gets its pools' databases created afresh; surviving front ends of those pools
  // stop their services before RTC is restored (they are restarted when their settings are reapplied).
  hooks.createPools = new Set(
    spec.affectedPools.filter((p) => p.kind !== "standard" && lost.has(ix.backEndOfPool.get(p.name)!)).map((p) => p.name),
  );
  hooks.stopBeforeRtc = new Map();
  for (const name of hooks.createPools) {
    const p = ix.pools.get(name)!;
    const running = (ix.membersByPool.get(name) ?? []).filter((m) => !lost.has(m) && m.server.roles.includes("front-end"));
    if (running.length === 0) continue;
    hooks.stopBeforeRtc.set(
      name,
      rb.add({
        title: `Stop the OCS services on the front ends of ${name}`,
        detail: `The front ends survive but cannot work without their back end. Stop their Front End service before the RTC database is restored, so nothing writes to it half-way (facts 8, inferred); reapplying their settings starts them again. The service's short name is a recollection.`,
        phase: phaseById("back-end").name,
        command: running.map((m) => stopOcsServices(m.fqdn)).join("\n"),
        verify: true,
        minutes: ctx.dur.work(10),
        deps: [decide],
        workloads: poolWorkloads(ix, p),
        rules: ["D1", "S7"],
        lane: rb.laneOf(`pool:${name}`),
      }),
    );
  }
  const chainEnd = new Map<ServerInfo, number>();
  // What the Edge servers' next hop is (P1: the Edge waits for these only, never for Archiving,
  // Monitoring or Mediation): each pool's front ends once checked, and the Directors.
  const nextHops: number[] = [];
  const frontEndChecks = new Map<string, number>();
  let importsDone = false;
  let checksDone = false;

  const emitPoolImports = () => {
    importsDone = true;
    for (const p of spec.affectedPools)
      if (p.kind !== "standard")
        hooks.poolImport.set(p.name, poolImportStep(rb, ctx, p, deps(hooks.beReady.get(p.name) ?? decide, globalImport)));
  };
  const emitPoolChecks = () => {
    checksDone = true;
    for (const p of spec.affectedPools) {
      const imported = hooks.poolImport.get(p.name);
      const members = ix.membersByPool.get(p.name) ?? [];
      const head = p.kind === "standard" ? "standard-edition" : "front-end";
      const core: number[] = deps(imported);
      const rest: number[] = [];
      for (const m of members) {
        let end = chainEnd.get(m);
        if (end === undefined && !lost.has(m)) end = reapplySurvivor(rb, ctx, m, deps(imported ?? decide));
        if (end !== undefined) (m.server.roles.includes(head) ? core : rest).push(end);
      }
      const be = ix.backEndOfPool.get(p.name);
      if (be && chainEnd.has(be)) core.push(chainEnd.get(be)!);
      // Users sign in again once the front ends answer; the separate conferencing servers of an
      // expanded pool are checked with the whole pool, without holding sign-in back (P1).
      const check = poolCheckStep(rb, ctx, p, core, rest.length > 0 ? "front-ends" : "pool");
      frontEndChecks.set(p.name, check);
      nextHops.push(check);
      if (rest.length > 0) poolCheckStep(rb, ctx, p, [check, ...rest], "all-members");
    }
  };

  for (const s of inRestoreSequence(spec.lost)) {
    const phase = phaseIndex(s.phase.id);
    if (!importsDone && phase >= FRONT_END_PHASE) emitPoolImports();
    if (!checksDone && phase > LAST_POOL_PHASE) emitPoolChecks();
    if (s.perimeter && hooks.edgeGate === undefined && nextHops.length > 0)
      hooks.edgeGate = rb.add({
        title: "Checkpoint: the Edge servers' next hop answers",
        detail:
          "Edge servers come after the internal roles (table 17-9) because their next hop (the Director or the pool) must answer first; they do not wait for the Archiving, Monitoring or Mediation Servers (P1).",
        phase: phaseById("edge").name,
        minutes: 0,
        deps: [...nextHops],
        workloads: remoteAccessIn(spec.affected),
        rules: ["Restore order", "P1"],
        waiting: true,
      });
    const end = rebuildServer(rb, ctx, s, hooks);
    chainEnd.set(s, end);
    for (const p of s.backEndOf) hooks.beReady.set(p.name, end);
    if (s.server.roles.includes("director")) nextHops.push(end);
  }
  if (!importsDone) emitPoolImports();
  if (!checksDone) emitPoolChecks();

  restoreExternalShares(rb, ctx, spec.externalShares, decide, DOMAIN);

  for (const p of spec.affectedPools) if (!spec.standbyFor?.has(p.name)) reassignStep(rb, ctx, p, [frontEndChecks.get(p.name)!]);
  rb.servedElsewhere = undefined;
  confirmWorkloads(rb, ctx, spec.affected, decide);
  return rb;
}
