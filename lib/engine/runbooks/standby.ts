// Standby fast paths: when a standby pool can take a lost pool's users, move them there first (with
// their contact lists from the last RTC backup, D8), rebuild in place afterwards, and bring the users
// home with a failback runbook. Moving users to a standby pool and back is not documented for OCS 2007
// R2 as a recovery procedure: every step here is inferred (facts 3.5 H, 3.4 "Reassigning users").
import type { Pool } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import type { ScenarioPath } from "../../formats/plan";
import { checkPoolState, exportUserData, importUserData } from "../commands";
import { countOf, nameList } from "../name-list";
import { phaseById } from "../rules/restore-order";
import { RTC_DATA } from "../rules/user-checks";
import { finishRunbook, RunbookBuilder } from "../runbook";
import type { DeploymentIndex, ServerInfo } from "../topology";
import { ASSESS, confirmWorkloads, decideStep, poolWorkloads, REASSIGN, rtcHostOf, type ScenarioContext } from "./context";

/** A pool at the standby site that survives the loss and can take the users of `pool`. */
export function standbyPoolFor(ctx: ScenarioContext, pool: Pool, lost: ReadonlySet<ServerInfo>): Pool | undefined {
  const { ix } = ctx;
  const site = ix.standbySite;
  if (!site || pool.site === site.name) return undefined;
  return ix.d.pools.find((p) => {
    if (p.name === pool.name || p.site !== site.name) return false;
    const lead = ix.poolLead.get(p.name);
    const be = ix.backEndOfPool.get(p.name);
    return lead !== undefined && !lost.has(lead) && !(be && lost.has(be));
  });
}

/**
 * Where DBImpExp loads user data into `pool`: an Enterprise pool's back end, named with /sqlserver
 * from any server with the tool; a Standard Edition server runs it locally (facts 3.4: SE omits
 * /sqlserver), so the step names that server.
 */
export function userDataTarget(ix: DeploymentIndex, pool: Pool): { sqlServer?: string; server?: string; where: string } {
  if (pool.kind === "standard") {
    const se = ix.poolLead.get(pool.name)?.fqdn;
    return {
      server: se,
      where: se ? ` Run it on ${se} itself: a Standard Edition server's database is local, so the command names no SQL Server.` : "",
    };
  }
  return { sqlServer: ix.backEndOfPool.get(pool.name)?.fqdn, where: "" };
}

/** Edge servers whose next hop is a pool (no Director in the deployment): they must be pointed at the standby pool. */
const edgesWithoutDirector = (ctx: ScenarioContext): readonly ServerInfo[] =>
  ctx.ix.byRole.has("director") ? [] : (ctx.ix.byRole.get("access-edge") ?? []);

/**
 * Mediation Servers that most likely send calls to `pool`: the model does not record a Mediation
 * Server's next hop, so those at the pool's site, else every one (inferred).
 */
function mediationServersFor(ctx: ScenarioContext, pool: Pool): readonly ServerInfo[] {
  let bySite = MEDIATION_BY_SITE.get(ctx.ix);
  if (!bySite) {
    bySite = new Map();
    for (const m of ctx.ix.byRole.get("mediation") ?? []) bySite.set(m.server.site, [...(bySite.get(m.server.site) ?? []), m]);
    MEDIATION_BY_SITE.set(ctx.ix, bySite);
  }
  return bySite.get(pool.site) ?? ctx.ix.byRole.get("mediation") ?? [];
}
const MEDIATION_BY_SITE = new WeakMap<DeploymentIndex, Map<string, ServerInfo[]>>();

const fqdns = (servers: readonly ServerInfo[]) =>
  nameList(
    servers.map((s) => s.fqdn),
    6,
  );

/**
 * A routing change that follows a move of users (SIP DNS records, an Edge's or Mediation Server's
 * next hop): inferred, timed as a DNS update, by the administrator who moved the users.
 */
function routingChange(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  move: number,
  lane: number,
  step: { title: string; detail: string; phase: string; workloads: readonly Workload[]; rules: string[] },
): number {
  return rb.add({
    ...step,
    verify: true,
    minutes: ctx.dur.work(ctx.dur.a.dnsUpdateMinutes),
    assumption: "dnsUpdateMinutes",
    deps: [move],
    lane,
  });
}

export interface FastPath {
  /** Workloads the standby pool serves again once the users are moved. */
  served: Set<Workload>;
}

/**
 * The fast path's steps, added right after the assessment: bring the standby pool into service, move
 * the users (force: their pool does not answer), point DNS (and a Director-less Edge's next hop) at it,
 * and bring their contact lists back from the last RTC backup.
 */
export function addFastPath(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  pool: Pool,
  standby: Pool,
  decide: number,
  affected: readonly Workload[],
): FastPath {
  const { ix, dur } = ctx;
  const standbyWorkloads = poolWorkloads(ix, standby);
  const served = new Set(affected.filter((w) => standbyWorkloads.includes(w)));
  const workloads = affected.filter((w) => served.has(w));
  const members = ix.membersByPool.get(standby.name) ?? [];
  const lane = rb.laneOf(`standby:${standby.name}`);
  // A pool elsewhere that serves its own users (a site loss moving users to the central site's pool) is
  // already in service: it is only checked for room.
  const live = standby.site !== ix.standbySite?.name;
  const what = live ? "surviving pool" : "standby pool";
  const online = rb.add({
    ...(live
      ? {
          title: `Confirm ${standby.name} has room for the users of ${pool.name}`,
          detail: `Inferred: ${standby.name} at ${standby.site} is in service with its own users; check its ${countOf(members.length, "server")} can carry ${pool.name}'s users as well (sizing) before moving them.`,
          minutes: dur.work(dur.a.validationMinutes),
          assumption: "validationMinutes" as const,
        }
      : {
          title: `Bring the standby pool ${standby.name} into service`,
          detail: `Inferred: start the OCS services on its ${countOf(members.length, "server")} if they are not running, and check it can take ${pool.name}'s users as well as its own (sizing).`,
          minutes: dur.work(dur.a.standbyActivationMinutes),
          assumption: "standbyActivationMinutes" as const,
        }),
    phase: ASSESS,
    verify: true,
    deps: [decide],
    workloads,
    rules: ["P5", "B8"],
    lane,
  });
  const check = rb.add({
    title: live ? `Check that ${standby.name} answers before the move` : `Check pool ${standby.name}`,
    detail: `Check the ${what}'s state before moving users onto it.`,
    phase: ASSESS,
    command: checkPoolState(standby.name),
    minutes: dur.work(dur.a.validationMinutes),
    assumption: "validationMinutes",
    deps: [online],
    workloads,
    rules: ["P5", "S7"],
    lane,
  });
  const move = rb.add({
    title: `Move the users of ${pool.name} to ${standby.name}`,
    detail: `Inferred: rehome the users of ${pool.name} on the ${what} ${standby.name} with the Move Users wizard (Active Directory Users and Computers or the OCS snap-in) and its force option, since ${pool.name} does not answer. The option's exact wording is unconfirmed. Users sign in again with empty contact lists until the contact lists are imported.`,
    phase: REASSIGN,
    verify: true,
    minutes: dur.work(dur.a.userReassignMinutes),
    assumption: "userReassignMinutes",
    deps: [check],
    workloads,
    rules: ["Restore order", "P5", "S7"],
    lane,
  });
  routingChange(rb, ctx, move, lane, {
    title: `Point the SIP DNS records at ${standby.name} if they name ${pool.name}`,
    detail: `Inferred: if the SIP service records or the pool's A record lead clients to ${pool.name}, point them at ${standby.name} so moved users find their new home pool (the successors document the same names).`,
    phase: REASSIGN,
    workloads: workloads.filter((w) => w !== "remote-access"),
    rules: ["P5", "S6"],
  });
  const edges = edgesWithoutDirector(ctx);
  if (edges.length > 0 && served.has("remote-access"))
    routingChange(rb, ctx, move, lane, {
      title: `Point the Edge next hop at ${standby.name}`,
      detail: `Inferred: there is no Director, so ${edges.length === 1 ? `the Edge server ${fqdns(edges)} sends` : `the Edge servers ${fqdns(edges)} send`} internal traffic to a pool: set ${edges.length === 1 ? "its" : "their"} next hop to ${standby.name} (Edge properties in the OCS snap-in) while ${pool.name} is down.`,
      phase: phaseById("edge").name,
      workloads: ["remote-access"],
      rules: ["P5", "S6"],
    });

  const mediation = mediationServersFor(ctx, pool);
  if (mediation.length > 0 && served.has("enterprise-voice"))
    routingChange(rb, ctx, move, lane, {
      title: `Point the Mediation Servers' next hop at ${standby.name}`,
      detail: `Inferred: Mediation Servers send calls to a pool; set the next hop of those that name ${pool.name} to ${standby.name} (Mediation Server properties in the OCS snap-in) while ${pool.name} is down. The model does not record next hops: most likely ${fqdns(mediation)}.`,
      phase: phaseById("mediation").name,
      workloads: ["enterprise-voice"],
      rules: ["P5"],
    });

  // D8 path: the last RTC backup on a spare instance, exported with DBImpExp, imported into the standby
  // pool. Runs unattended; not counted in the time IM is back (users sign in without it).
  const rtc = rtcHostOf(ix, pool)?.databases.find((x) => x.name === "RTC");
  const size = rtc?.sizeGb ?? 0;
  const contacts = rb.laneOf(`contacts:${pool.name}`);
  const spare = rb.add({
    title: `Restore the last RTC backup of ${pool.name} to a spare SQL Server instance`,
    detail: `Inferred: restore ${pool.name}'s RTC backup (${rtc ? `${size} GB` : "size unknown"}) under a spare instance (never over ${standby.name}'s own RTC), only to read the users' contact lists from it (D8). It runs by itself.`,
    phase: REASSIGN,
    verify: true,
    minutes: dur.sqlRestore(size),
    assumption: "sqlRestoreGbPerHour",
    deps: [decide],
    workloads: [],
    sequenceAs: workloads,
    rules: ["D1", "D8"],
    lane: contacts,
    waiting: true,
  });
  const exported = rb.add({
    title: `Export ${pool.name}'s user data from the spare instance with DBImpExp`,
    detail:
      "Inferred: DBImpExp writes the contact lists, permissions and meetings of the restored RTC database to XML. Start it and let it run.",
    phase: REASSIGN,
    command: exportUserData(pool.name, "<spare SQL instance>"),
    verify: true,
    minutes: dur.userData(size),
    assumption: "userDataGbPerHour",
    deps: [spare],
    workloads: [],
    sequenceAs: workloads,
    rules: ["D8"],
    lane: contacts,
    waiting: true,
  });
  const into = userDataTarget(ix, standby);
  rb.add({
    title: `Import the contact lists of ${pool.name}'s users into ${standby.name}`,
    detail: `Inferred: load the exported user data into ${standby.name} now that the users are homed there; it runs by itself.${into.where}`,
    phase: REASSIGN,
    server: into.server,
    command: importUserData(pool.name, into.sqlServer),
    verify: true,
    minutes: dur.userData(size),
    assumption: "userDataGbPerHour",
    deps: [move, exported],
    workloads: [],
    sequenceAs: workloads,
    rules: ["D1", "D8"],
    provides: RTC_DATA,
    lane: contacts,
    waiting: true,
  });
  return { served };
}

/** An Edge server a site switch-over pointed at the standby pools: the standby site's own, or a lost one rebuilt. */
export interface SwitchedEdge {
  server: ServerInfo;
  standby: boolean;
}
/** The Edge servers a site switch-over pointed at the standby site, to be pointed back on failback. */
export interface SiteEdges {
  site: string;
  edges: readonly SwitchedEdge[];
}

/**
 * Bringing the users home once their pool is rebuilt: a runbook of its own, timed from the decision.
 * A pool's loss and its back end's loss usually need the same failback: it is built once per plan
 * and shared (plans are read-only).
 */
export function failbackPath(
  ctx: ScenarioContext,
  moves: { home: Pool; standby: Pool }[],
  affected: readonly Workload[],
  siteEdges?: SiteEdges,
): ScenarioPath {
  let cache = FAILBACKS.get(ctx);
  if (!cache) FAILBACKS.set(ctx, (cache = new Map()));
  const key = `${moves.map((m) => `${m.home.name}>${m.standby.name}`).join(",")}|${affected.join(",")}|${siteEdges?.site ?? ""}`;
  let path = cache.get(key);
  if (!path) cache.set(key, (path = buildFailback(ctx, moves, affected, siteEdges)));
  return path;
}
const FAILBACKS = new WeakMap<ScenarioContext, Map<string, ScenarioPath>>();

function buildFailback(
  ctx: ScenarioContext,
  moves: { home: Pool; standby: Pool }[],
  affected: readonly Workload[],
  siteEdges?: SiteEdges,
): ScenarioPath {
  const { ix, dur } = ctx;
  const rb = new RunbookBuilder(ix.priority);
  const homes = moves.map((m) => m.home.name).join(", ");
  const decide = decideStep(
    rb,
    ctx,
    `Decide to bring the users home to ${homes}`,
    affected,
    `Pick a quiet time once ${homes} has been rebuilt and checked, and warn the users: each of them signs in again after the move.`,
  );
  // After a site switch-over one step below undoes the Edge changes; otherwise each pool's own.
  const edges = siteEdges ? [] : edgesWithoutDirector(ctx);
  const moved: number[] = [];
  for (const { home, standby } of moves) {
    const workloads = poolWorkloads(ix, home).filter((w) => affected.includes(w));
    const lane = rb.laneOf(`failback:${home.name}`);
    const check = rb.add({
      title: `Check pool ${home.name}`,
      detail: "The rebuilt pool must pass its checks before users move back.",
      phase: REASSIGN,
      command: checkPoolState(home.name),
      minutes: dur.work(dur.a.validationMinutes),
      assumption: "validationMinutes",
      deps: [decide],
      workloads,
      rules: ["S7"],
      lane,
    });
    const move = rb.add({
      title: `Move the users of ${home.name} back from ${standby.name}`,
      detail: `Inferred: with both pools answering, move the users with the Move Users wizard without the force option; their contact lists move with them.`,
      phase: REASSIGN,
      verify: true,
      minutes: dur.work(dur.a.userReassignMinutes),
      assumption: "userReassignMinutes",
      deps: [check],
      workloads,
      rules: ["Restore order", "P5"],
      lane,
    });
    moved.push(move);
    routingChange(rb, ctx, move, lane, {
      title: `Point the SIP DNS records back at ${home.name}`,
      detail: "Inferred: undo the DNS changes of the switch-over, if any were made.",
      phase: REASSIGN,
      workloads: workloads.filter((w) => w !== "remote-access"),
      rules: ["P5", "S6"],
    });
    if (mediationServersFor(ctx, home).length > 0 && workloads.includes("enterprise-voice"))
      routingChange(rb, ctx, move, lane, {
        title: `Point the Mediation Servers' next hop back at ${home.name}`,
        detail: "Inferred: undo the Mediation Servers' next-hop change of the switch-over, if one was made.",
        phase: phaseById("mediation").name,
        workloads: ["enterprise-voice"],
        rules: ["P5"],
      });
    if (edges.length > 0 && workloads.includes("remote-access"))
      routingChange(rb, ctx, move, lane, {
        title: `Point the Edge next hop back at ${home.name}`,
        detail: `Inferred: set the next hop of ${fqdns(edges)} back to ${home.name}.`,
        phase: phaseById("edge").name,
        workloads: ["remote-access"],
        rules: ["P5", "S6"],
      });
  }
  if (siteEdges && affected.includes("remote-access")) {
    const standbyEdges = siteEdges.edges.filter((e) => e.standby).map((e) => e.server);
    const rebuiltEdges = siteEdges.edges.filter((e) => !e.standby).map((e) => e.server);
    const homeEdges = ix.serversBySite.get(siteEdges.site)?.filter((s) => s.perimeter) ?? [];
    const parts: string[] = [];
    if (standbyEdges.length > 0 && homeEdges.length > 0)
      parts.push(
        `point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) back at ${fqdns(homeEdges)} at ${siteEdges.site}`,
      );
    if (rebuiltEdges.length > 0)
      parts.push(`set the next hop and trusted lists of ${fqdns(rebuiltEdges)} back to ${homes}, or to the Director if one led there`);
    if (standbyEdges.length > 0)
      parts.push(
        `return ${fqdns(standbyEdges)} at the standby site to the next hop ${standbyEdges.length === 1 ? "it" : "they"} had before the switch-over`,
      );
    rb.add({
      title: `Point the Edge servers and external DNS back at ${siteEdges.site}`,
      detail: `Inferred: undo the switch-over's Edge changes once the users are home: ${parts.join("; ")}.`,
      phase: phaseById("edge").name,
      verify: true,
      minutes: dur.work(dur.a.dnsUpdateMinutes),
      assumption: "dnsUpdateMinutes",
      deps: moved,
      workloads: ["remote-access"],
      rules: ["P5", "S6"],
    });
  }
  confirmWorkloads(rb, ctx, affected, decide);
  const run = finishRunbook(rb, ctx.admins, affected, ix.priority);
  return {
    id: "failback",
    title: `Failback: bring the users home to ${homes}`,
    when: `After the switch-over, once ${homes} is rebuilt and checked: the users move back from ${moves.map((m) => m.standby.name).join(", ")}.`,
    steps: run.steps,
    rtoHours: run.rtoHours,
    workloads: run.workloads,
  };
}
