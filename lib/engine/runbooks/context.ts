// What every restore runbook shares: the scenario context (deployment index, durations, admins,
// notes about the current practice) and the steps that recur across losses: assessing the loss,
// waiting for media, importing global and pool settings, checking a pool, reassigning users and
// confirming each workload as a user.
import type { Pool } from "../../formats/deployment";
import { WORKLOAD_LABELS, type Workload } from "../../formats/enums";
import type { Scenario } from "../../formats/plan";
import { checkPoolState, IMPORT_VERIFY_NOTE, importGlobal, importPool } from "../commands";
import type { Durations } from "../durations";
import { restoreLevelsFor } from "../rules/loss-levels";
import { phaseById, phaseIndex } from "../rules/restore-order";
import { checkedDataBit, USER_CHECK_RULES } from "../rules/user-checks";
import { workloadBit, type FinishedRunbook, type RunbookBuilder } from "../runbook";
import { byCriticality, type DeploymentIndex, type ServerInfo } from "../topology";
import { restoreRoot } from "./backup-locations";
import { hostRestoreFor, type ChainContext, type HostRestore, type ServerTexts } from "./server-chain";

/** A scheduled single-server runbook, reused by every server of the same shape. */
export interface ServerTemplate {
  server: ServerInfo;
  run: FinishedRunbook;
  /** Per step, the ServerTexts entry its title (command) was taken from, to rename it cheaply. */
  titleSlots: (keyof ServerTexts | undefined)[];
  commandSlots: (keyof ServerTexts | undefined)[];
  notes: string[];
  roleLabels: string;
}

export interface ScenarioContext extends ChainContext {
  admins: number;
  /** Notes every runbook carries about the current practice. */
  practiceNotes: string[];
  /** Scheduled single-server runbooks by server shape (see serverScenario in single-server.ts). */
  serverTemplates: Map<string, ServerTemplate>;
  /** A site loss rebuilds in place instead of moving users to a surviving pool (a run's rebuild-in-place branch). */
  noUserMoves?: boolean;
}

export function scenarioContext(ix: DeploymentIndex, dur: Durations, noUserMoves = false): ScenarioContext {
  const missingByHost = new Map<string, { name: (typeof ix.missingDatabases)[number]["name"] }[]>();
  for (const m of ix.missingDatabases) missingByHost.set(m.host.fqdn, [...(missingByHost.get(m.host.fqdn) ?? []), { name: m.name }]);
  const cache = new Map<ServerInfo, HostRestore>();
  const practiceNotes: string[] = [];
  const b = ix.d.backup;
  if (b.databaseFrequencyHours === 0)
    practiceNotes.push("No database backups are taken today: the restore steps assume the plan's nightly full backups exist.");
  if (b.settingsFrequencyHours === 0)
    practiceNotes.push("No LCSCmd settings exports are taken today: the import steps assume the plan's exports exist.");
  if (b.location === "local" && !b.offsiteCopy)
    practiceNotes.push("Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.");
  return {
    ix,
    dur,
    admins: ix.d.recovery.adminsAvailable,
    practiceNotes,
    serverTemplates: new Map(),
    noUserMoves,
    hostRestore: (s) => {
      let hit = cache.get(s);
      if (!hit) {
        hit = hostRestoreFor(missingByHost, s);
        cache.set(s, hit);
      }
      return hit;
    },
  };
}

export const ASSESS = phaseById("assess").name;
export const DOMAIN = phaseById("domain").name;
export const REASSIGN = phaseById("reassign-users").name;
export const CONFIRM = phaseById("confirm").name;
export const FRONT_END_PHASE = phaseIndex("front-end");
export const LAST_POOL_PHASE = phaseIndex("app-sharing");

export const DECIDE_DETAIL =
  "Confirm what was lost and that it cannot be repaired in place, pick this runbook, warn users, and check that the backups and settings exports it needs can be read.";
export const REASSIGN_DETAIL =
  "Users of a rebuilt pool can land under Unassigned Users and cannot sign in until moved: move them back with the Move Users wizard (Active Directory Users and Computers or the OCS snap-in), using its force option when the old pool does not answer. The force option's exact wording is unconfirmed.";

const REMOTE_ACCESS: readonly Workload[] = ["remote-access"];
const NONE: readonly Workload[] = [];
export const remoteAccessIn = (affected: readonly Workload[]) => (affected.includes("remote-access") ? REMOTE_ACCESS : NONE);

export function unionWorkloads(ix: DeploymentIndex, servers: Iterable<ServerInfo>): Workload[] {
  const set = new Set<Workload>();
  for (const s of servers) for (const w of s.workloads) set.add(w);
  return byCriticality(ix.priority, set);
}

export function poolWorkloads(ix: DeploymentIndex, pool: Pool): readonly Workload[] {
  return ix.poolLead.get(pool.name)?.workloads ?? ix.backEndOfPool.get(pool.name)?.workloads ?? [];
}

export function decideStep(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  title: string,
  affected: readonly Workload[],
  detail = DECIDE_DETAIL,
): number {
  return rb.add({
    title,
    detail,
    phase: ASSESS,
    minutes: ctx.dur.work(ctx.dur.a.decisionMinutes),
    assumption: "decisionMinutes",
    deps: [],
    workloads: affected,
    rules: ["P1", "P5"],
  });
}

export function mediaStep(rb: RunbookBuilder, ctx: ScenarioContext, decide: number, affected: readonly Workload[]): number | undefined {
  if (ctx.ix.d.recovery.mediaAvailable) return undefined;
  return rb.add({
    title: "Obtain the installation media and updates",
    detail: "Software media and updates are not kept at hand (B3): allow time to download or order them before any installation.",
    phase: ASSESS,
    minutes: Math.ceil(ctx.dur.a.missingMediaMinutes),
    assumption: "missingMediaMinutes",
    deps: [decide],
    workloads: affected,
    rules: ["B3"],
    waiting: true,
  });
}

export function globalImportStep(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  source: Pool,
  after: number[],
  affected: readonly Workload[],
): number {
  return rb.add({
    title: "Import the global settings",
    detail: `Global settings live in Active Directory and every pool's export holds a copy; this uses the file of ${source.name}. ${IMPORT_VERIFY_NOTE}`,
    phase: DOMAIN,
    command: importGlobal(source.name, restoreRoot(ctx.ix.d)),
    verify: true,
    minutes: ctx.dur.work(ctx.dur.a.settingsImportMinutes),
    assumption: "settingsImportMinutes",
    deps: after,
    workloads: affected,
    rules: ["S7", "S1", "S2"],
  });
}

export function poolImportStep(rb: RunbookBuilder, ctx: ScenarioContext, pool: Pool, after: number[]): number {
  return rb.add({
    title: `Import the pool-level settings of ${pool.name}`,
    detail: `Import the pool level from the pool's global+pool export, which rebuilds its RTCConfig database (D2). Run it from an administrative computer with the OCS tools. ${IMPORT_VERIFY_NOTE}`,
    phase: phaseById(pool.kind === "standard" ? "standard-edition" : "front-end").name,
    command: importPool(pool.name, restoreRoot(ctx.ix.d)),
    verify: true,
    minutes: ctx.dur.work(ctx.dur.a.settingsImportMinutes),
    assumption: "settingsImportMinutes",
    deps: after,
    workloads: poolWorkloads(ctx.ix, pool),
    rules: ["S7", "S2", "D2"],
    lane: rb.laneOf(`pool-import:${pool.name}`),
  });
}

/**
 * A pool check. "pool": the whole pool at once; "front-ends": the front ends and back end of an
 * expanded pool, which is what sign-in needs; "all-members": then the pool with every member, which
 * brings no workload back by itself (each user check waits for the members serving its workload, and
 * for nothing else), so it never holds up a workload its lower-ranked members do not serve.
 */
const NO_WORKLOADS: readonly Workload[] = [];

export function poolCheckStep(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  pool: Pool,
  after: number[],
  scope: "pool" | "front-ends" | "all-members" = "pool",
  among?: readonly Workload[],
): number {
  const all = poolWorkloads(ctx.ix, pool);
  const workloads = among ? all.filter((w) => among.includes(w)) : all;
  return rb.add({
    title:
      scope === "front-ends"
        ? `Check the front ends of pool ${pool.name}`
        : scope === "all-members"
          ? `Check pool ${pool.name} with all its members`
          : `Check pool ${pool.name}`,
    detail:
      scope === "front-ends"
        ? "Check the pool's state with its front ends and back end back, so users can sign in; the separate conferencing servers are checked with the whole pool."
        : "Check the pool's state, then run the Validation Wizard against it.",
    phase: phaseById(pool.kind === "standard" ? "standard-edition" : "front-end").name,
    command: checkPoolState(pool.name),
    minutes: ctx.dur.work(ctx.dur.a.validationMinutes),
    assumption: "validationMinutes",
    deps: after,
    workloads: scope === "all-members" ? NO_WORKLOADS : workloads,
    rules: ["S7"],
    lane: rb.laneOf(`pool:${pool.name}`),
  });
}

export function reassignStep(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  pool: Pool,
  after: number[],
  title = `Reassign the users of ${pool.name}`,
  detail = REASSIGN_DETAIL,
): number {
  return rb.add({
    title,
    detail,
    phase: REASSIGN,
    verify: true,
    minutes: ctx.dur.work(ctx.dur.a.userReassignMinutes),
    assumption: "userReassignMinutes",
    deps: after,
    workloads: poolWorkloads(ctx.ix, pool),
    rules: ["Restore order", "S7"],
    lane: rb.laneOf(`pool:${pool.name}`),
  });
}

/**
 * One user check per affected workload, as a tick list: each check waits for the steps that last
 * bring its workload back (a step serving the workload that no later step serving it depends on) and
 * for the steps that bring back the data it looks at (USER_CHECK_RULES: the contact lists after their
 * import, an old meeting after the meeting content and metadata restores), and for nothing else. A
 * runbook that brings back only part of that data gets the check worded to need none. Each check is
 * a lane of its own, so the checks are dealt across the administrators and run in parallel.
 */
export function confirmWorkloads(rb: RunbookBuilder, ctx: ScenarioContext, affected: readonly Workload[], fallback: number) {
  const n = rb.steps.length;
  const mask = rb.workloadMask;
  const provides = rb.providesMask;
  // followed[d]: the workloads of step d that a later step serving them too depends on.
  const followed = new Int32Array(n);
  let provided = 0;
  for (let i = 0; i < n; i++) {
    provided |= provides[i];
    if (mask[i] === 0) continue;
    for (const order of rb.dependsOn[i]) followed[order - 1] |= mask[i] & mask[order - 1];
  }
  for (const w of affected) {
    const bit = workloadBit(w);
    const rule = USER_CHECK_RULES[w];
    let needs = 0;
    for (const d of rule.needs) needs |= checkedDataBit(d);
    const withData = needs !== 0 && (provided & needs) === needs;
    const ends: number[] = [];
    // A step serving the workload is already before one of its ends; a data step serving it no more
    // (a contact-list import after the users moved) is waited for directly.
    for (let i = 0; i < n; i++) if (mask[i] & bit ? !(followed[i] & bit) : withData && provides[i] & needs) ends.push(i);
    rb.add({
      title: `Confirm ${WORKLOAD_LABELS[w]} as a user`,
      detail: needs === 0 || withData ? rule.check : rule.withoutData,
      phase: CONFIRM,
      minutes: ctx.dur.work(ctx.dur.a.validationMinutes),
      assumption: "validationMinutes",
      deps: ends.length > 0 ? ends : [fallback],
      workloads: [w],
      rules: ["P1"],
      lane: rb.laneOf(`confirm:${w}`),
    });
  }
}

export function scenarioOf(
  ctx: ScenarioContext,
  id: string,
  title: string,
  loss: Scenario["loss"],
  run: FinishedRunbook,
  notes: string[],
  rules: string[],
): Scenario {
  const all = [...notes, ...ctx.practiceNotes];
  const scenario: Scenario = {
    id,
    title,
    loss,
    restoreLevels: restoreLevelsFor(loss.kind),
    steps: run.steps,
    rtoHours: run.rtoHours,
    workloads: run.workloads,
    rules,
  };
  if (all.length > 0) scenario.notes = all;
  return scenario;
}

/** The server holding a pool's RTC database: its Standard Edition server or its back end. */
export function rtcHostOf(ix: DeploymentIndex, pool: Pool): ServerInfo | undefined {
  return pool.kind === "standard" ? ix.poolLead.get(pool.name) : ix.backEndOfPool.get(pool.name);
}

/** Notes for servers restored in a phase table 17-9 does not list: their place is inferred. */
export function inferredOrderNotes(servers: Iterable<ServerInfo>): string[] {
  const notes = new Set<string>();
  for (const s of servers) if (s.phase.inferred) notes.add(`${s.phase.name}: ${s.phase.note}`);
  return [...notes];
}

/** Pools that a set of lost servers takes down: their Standard Edition server, back end or every front end is lost. */
export function poolsDownWith(ix: DeploymentIndex, lost: Set<ServerInfo>): Pool[] {
  const candidates = new Set<Pool>();
  for (const s of lost) {
    if (s.pool) candidates.add(s.pool);
    for (const p of s.backEndOf) candidates.add(p);
  }
  return ix.d.pools.filter((p) => {
    if (!candidates.has(p)) return false;
    const be = ix.backEndOfPool.get(p.name);
    if (be && lost.has(be)) return true;
    const head = p.kind === "standard" ? "standard-edition" : "front-end";
    const heads = (ix.membersByPool.get(p.name) ?? []).filter((m) => m.server.roles.includes(head));
    return heads.length > 0 && heads.every((m) => lost.has(m));
  });
}
