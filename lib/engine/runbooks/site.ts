// Loss of a site: switch over to the standby site when one can take the users (P5), otherwise rebuild
// every server of the site in table 17-9 order, domain information first.
import type { Pool, Site } from "../../formats/deployment";
import { ROLE_LABELS, WORKLOAD_LABELS, type Workload } from "../../formats/enums";
import type { Scenario } from "../../formats/plan";
import { exportUserData, importUserData } from "../commands";
import { phaseById } from "../rules/restore-order";
import { RTC_DATA } from "../rules/user-checks";
import { WORKLOAD_COMPONENTS } from "../rules/workload-components";
import { finishRunbook, RunbookBuilder, type FinishedRunbook } from "../runbook";
import { countOf } from "../name-list";
import { inRestoreSequence, type ServerInfo } from "../topology";
import {
  ASSESS,
  decideStep,
  DOMAIN,
  inferredOrderNotes,
  mediaStep,
  poolCheckStep,
  poolsDownWith,
  poolWorkloads,
  REASSIGN,
  reassignStep,
  remoteAccessIn,
  rtcHostOf,
  scenarioOf,
  unionWorkloads,
  confirmWorkloads,
  type ScenarioContext,
} from "./context";
import { rebuildRunbook } from "./rebuild";
import { holdsDomainControllers } from "../../formats/domain-controllers";
import { failbackPath, userDataTarget, type SwitchedEdge } from "./standby";
import { rebuildServer, serverTexts, type ChainHooks } from "./server-chain";

export function siteScenario(ctx: ScenarioContext, site: Site): Scenario {
  const { ix } = ctx;
  const lostList = ix.serversBySite.get(site.name)!;
  const lost = new Set(lostList);
  const affected = unionWorkloads(ix, lostList);
  const affectedPools = poolsDownWith(ix, lost);
  const standby = ix.standbySite && ix.standbySite.name !== site.name ? ix.standbySite : undefined;
  const standbyPools = standby ? ix.d.pools.filter((p) => p.site === standby.name && ix.poolLead.has(p.name)) : [];
  const fileServerSite = ix.d.pools[0]?.site;
  const externalShares = site.name === fileServerSite ? ix.externalShares : [];
  const loss = { kind: "site" as const, target: site.name };
  const rules = ["S7", "S5", "P5", "Restore order"];

  // A switch-over moves users: a site that homes no pool (a branch with only Mediation or Edge
  // servers) has none to move, and its pools elsewhere still answer, so it is rebuilt instead.
  if (standby && standbyPools.length > 0 && affectedPools.length > 0) {
    const { run, edges, rebuilt, missing } = switchOverRunbook(ctx, site, standby, standbyPools, lostList, affectedPools, affected);
    const notes = [
      ...lacking(standby, rebuilt, missing),
      `Service moves to the standby site ${standby.name}. The lost servers are rebuilt later, following the rebuild order of table 17-9, once the site can host them again.`,
      "Meeting content uploaded to the lost pools stays in their share backups: restore it to the standby pool's meeting content share if the moved users need it (inferred).",
      "IM and presence counts as back once the users sign in on the standby pool and their contact lists, read from the last RTC backup, are imported there (inferred, D8): its check waits for that import.",
    ];
    const scenario = scenarioOf(ctx, `loss-of-site:${site.name}`, `Loss of site ${site.name}`, loss, run, notes, rules);
    // The heading covers every step of the runbook: the switch-over and the rebuilds that follow it.
    scenario.path =
      rebuilt.length > 0
        ? `Switch over to standby site ${standby.name}, then rebuild ${countOf(rebuilt.length, "server")} it has no stand-in for`
        : `Switch over to standby site ${standby.name}`;
    scenario.failback = failbackPath(
      ctx,
      affectedPools.map((home, i) => ({ home, standby: standbyPools[i % standbyPools.length] })),
      affected,
      edges.length > 0 ? { site: site.name, edges } : undefined,
    );
    return scenario;
  }

  // Active Directory (and the global settings it holds) is lost only with the last site holding domain
  // controllers; while another site keeps some, the forest answers and an old export would overwrite live settings.
  const forestLost = !ix.d.sites.some((s) => s.name !== site.name && holdsDomainControllers(s));
  // Users move to a surviving pool only while Active Directory answers: the move rewrites their home pool there.
  const movesTo = forestLost || ctx.noUserMoves ? undefined : survivingPoolsFor(ctx, site, affectedPools, lost);
  const rb = rebuildRunbook(ctx, {
    lost: lostList,
    affectedPools,
    domain: forestLost,
    externalShares,
    affected,
    decideTitle: `Assess the loss of site ${site.name}`,
    standbyFor: movesTo,
  });
  const run = finishRunbook(rb, ctx.admins, affected, ix.priority);
  const notes = [
    ...(movesTo
      ? [
          `Fast path (inferred): ${moveSentence(movesTo)}; the site is rebuilt meanwhile, and the failback runbook brings the users home.`,
          "IM and presence counts as back once the moved users sign in on the surviving pool; their contact lists follow from the last RTC backup (inferred, D8) and are not counted in that time.",
        ]
      : []),
    movesTo
      ? `The pools that survive elsewhere take the users, so the site's servers are rebuilt in table 17-9 order behind the move.`
      : !standby
        ? "There is no standby site: every server of the site is rebuilt, in table 17-9 order."
        : affectedPools.length === 0
          ? `No pool goes down with site ${site.name}, so no users move to the standby site ${standby.name}: the site's servers are rebuilt in table 17-9 order.`
          : `The standby site ${standby.name} has no pool to take the users, so the site is rebuilt in table 17-9 order.`,
  ];
  // Only useful while the pools answer: a standby Mediation or Edge server needs a pool to send to.
  const standbyPeers = standby && affectedPools.length === 0 ? sameRoleServersAt(ix.serversBySite.get(standby.name) ?? [], lostList) : [];
  if (standbyPeers.length > 0)
    notes.push(
      `The standby site has ${standbyPeers.length === 1 ? "a server" : "servers"} with the same roles (${standbyPeers.map((s) => s.fqdn).join(", ")}): bringing ${standbyPeers.length === 1 ? "it" : "them"} into service meanwhile may be quicker, with DNS and next hops changed by hand (inferred, not timed here).`,
    );
  if (!forestLost) notes.push(forestSurvivesNote(ix.d.sites, site));
  notes.push(...inferredOrderNotes(lostList));
  if (externalShares.length > 0)
    notes.push("The file server holding the shares is not in the deployment file; it is assumed to be at this site.");
  const scenario = scenarioOf(ctx, `loss-of-site:${site.name}`, `Loss of site ${site.name}`, loss, run, notes, rules);
  if (movesTo) {
    scenario.path = `Move the users to ${[...new Set(movesTo.values())].map((p) => p.name).join(", ")} first, then rebuild site ${site.name}`;
    scenario.failback = failbackPath(
      ctx,
      affectedPools.map((home) => ({ home, standby: movesTo.get(home.name)! })),
      affected,
    );
  }
  return scenario;
}

/** Why a site loss restores no Active Directory: domain controllers answer at other sites. */
function forestSurvivesNote(sites: readonly Site[], lost: Site): string {
  const at = sites
    .filter((s) => s.name !== lost.name && holdsDomainControllers(s))
    .map((s) => s.name)
    .join(", ");
  const live = "Active Directory and the global settings it holds stay live, so nothing is restored or imported over them";
  return holdsDomainControllers(lost)
    ? `The domain controllers of ${lost.name} are lost, but those at ${at} answer: ${live}; rebuild ${lost.name}'s domain controllers with Windows tools and let them replicate (outside OCS).`
    : `Site ${lost.name} holds no domain controllers of the forest and those at ${at} answer: ${live}.`;
}

function moveSentence(movesTo: ReadonlyMap<string, Pool>): string {
  return [...movesTo].map(([home, to]) => `the users of ${home} move to ${to.name} at ${to.site}`).join(", ");
}

/**
 * For each pool lost with the site, a pool elsewhere whose lead server and back end survive and that serves
 * as many of its workloads as any (on a tie a standby site's pool, then the canonical order); none when one
 * lost pool has no such pool, since a half-moved site is not a plan anyone would follow.
 */
function survivingPoolsFor(
  ctx: ScenarioContext,
  site: Site,
  lostPools: readonly Pool[],
  lost: ReadonlySet<ServerInfo>,
): Map<string, Pool> | undefined {
  const { ix } = ctx;
  if (lostPools.length === 0) return undefined;
  const alive = ix.d.pools.filter((p) => {
    if (p.site === site.name) return false;
    const lead = ix.poolLead.get(p.name);
    const be = ix.backEndOfPool.get(p.name);
    return lead !== undefined && !lost.has(lead) && !(be && lost.has(be));
  });
  const out = new Map<string, Pool>();
  for (const home of lostPools) {
    const wanted = poolWorkloads(ix, home);
    let best: Pool | undefined;
    let bestScore = -1;
    for (const p of alive) {
      const served = poolWorkloads(ix, p);
      const score = wanted.filter((w) => served.includes(w)).length * 2 + (p.site === ix.standbySite?.name ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [p, score];
    }
    if (!best || !poolWorkloads(ix, best).includes("im-presence")) return undefined;
    out.set(home.name, best);
  }
  return out;
}

/** Servers outside pools at the standby site that have a role of a lost server outside pools. */
function sameRoleServersAt(standbyServers: readonly ServerInfo[], lost: readonly ServerInfo[]): ServerInfo[] {
  const roles = new Set(lost.filter((s) => !s.server.pool && s.isOcs && s.backEndOf.length === 0).flatMap((s) => s.server.roles));
  return standbyServers.filter((s) => !s.server.pool && s.isOcs && s.backEndOf.length === 0 && s.server.roles.some((r) => roles.has(r)));
}

/** Which workloads the standby site can carry on its own: an essential role is there (a switch-over always has a standby pool). */
function servedAt(servers: ServerInfo[]): Set<Workload> {
  const roles = new Set(servers.flatMap((s) => s.server.roles));
  const out = new Set<Workload>();
  for (const c of WORKLOAD_COMPONENTS) if (c.essentialRoles.some((r) => roles.has(r))) out.add(c.workload);
  return out;
}

function switchOverRunbook(
  ctx: ScenarioContext,
  site: Site,
  standby: Site,
  standbyPools: Pool[],
  lostList: ServerInfo[],
  lostPools: Pool[],
  affected: Workload[],
): { run: FinishedRunbook; edges: SwitchedEdge[]; rebuilt: ServerInfo[]; missing: Workload[] } {
  const { ix, dur } = ctx;
  const rb = new RunbookBuilder(ix.priority);
  const decide = decideStep(
    rb,
    ctx,
    `Declare site ${site.name} lost and switch to ${standby.name}`,
    affected,
    `Confirm the site cannot come back soon enough, decide to move service to the standby site ${standby.name}, and warn users.`,
  );
  const media = mediaStep(rb, ctx, decide, affected);
  const reachable = rb.add({
    title: `Check the backups and settings exports can be reached from ${standby.name}`,
    detail:
      "The standby servers need the latest settings exports and database backups; open them from the standby site before relying on them (S5).",
    phase: ASSESS,
    minutes: dur.work(dur.a.validationMinutes),
    assumption: "validationMinutes",
    deps: [decide],
    workloads: affected,
    rules: ["S5"],
  });
  const domain = rb.add({
    title: `Confirm domain controllers and DNS answer at ${standby.name}`,
    detail: `Service at the standby site needs Active Directory and DNS there. If no domain controller survived, restore Active Directory from its backup first (about ${Math.round(dur.a.adRestoreMinutes / 60)} h more).`,
    phase: DOMAIN,
    minutes: dur.work(dur.a.validationMinutes),
    assumption: "validationMinutes",
    deps: [decide],
    workloads: affected,
    rules: ["Restore order", "S6"],
  });

  // Only what takes over is brought into service: the standby pools receiving the lost pools' users,
  // and of the standby site's other servers, as many per role as the lost site had.
  const targets = [...new Set(lostPools.map((_, i) => standbyPools[i % standbyPools.length]))];
  const affectedSet = new Set(affected);
  const standbyChecks = new Map<string, number>();
  for (const p of targets) {
    const members = ix.membersByPool.get(p.name) ?? [];
    const be = ix.backEndOfPool.get(p.name);
    const workloads = poolWorkloads(ix, p).filter((w) => affectedSet.has(w));
    const online = rb.add({
      title: `Bring the standby pool ${p.name} into service`,
      detail: `Start the services on its ${countOf(members.length, "server")}${be ? ` and SQL Server on ${be.fqdn}` : ""}, then check each server's state.`,
      phase: phaseById(p.kind === "standard" ? "standard-edition" : "front-end").name,
      minutes: dur.work(dur.a.standbyActivationMinutes),
      assumption: "standbyActivationMinutes",
      deps: [domain, reachable],
      workloads,
      rules: ["P5", "B8"],
      lane: rb.laneOf(`standby:${p.name}`),
    });
    standbyChecks.set(p.name, poolCheckStep(rb, ctx, p, [online], "pool", affected));
  }
  const edges: (SwitchedEdge & { step: number })[] = [];
  const nextHops = [...standbyChecks.values()];
  const lostPerRole = new Map<string, number>();
  for (const s of lostList) if (!s.server.pool && s.isOcs) lostPerRole.set(s.phase.id, (lostPerRole.get(s.phase.id) ?? 0) + 1);
  for (const s of inRestoreSequence(ix.serversBySite.get(standby.name) ?? [])) {
    const left = lostPerRole.get(s.phase.id) ?? 0;
    if (s.server.pool || !s.isOcs || s.backEndOf.length > 0 || left === 0) continue;
    lostPerRole.set(s.phase.id, left - 1);
    const workloads = s.workloads.filter((w) => affectedSet.has(w));
    const step = rb.add({
      title: `Bring ${s.fqdn} into service`,
      detail: "Start the standby server's services and check its state.",
      phase: s.phase.name,
      server: s.fqdn,
      command: serverTexts(s).checkCommand,
      verify: true,
      minutes: dur.work(dur.a.standbyActivationMinutes),
      assumption: "standbyActivationMinutes",
      deps: [domain, reachable],
      workloads,
      rules: ["P5", "B8"],
      lane: rb.laneOf(s.fqdn),
    });
    if (s.perimeter) edges.push({ step, server: s, standby: true });
    if (s.server.roles.includes("director")) nextHops.push(step);
  }

  // Workloads the standby site cannot serve come back only by rebuilding the lost servers they need.
  const served = servedAt(ix.serversBySite.get(standby.name) ?? []);
  const missing = new Set(affected.filter((w) => !served.has(w)));
  const rebuild = lostList.filter((s) =>
    s.workloads.some(
      (w) => missing.has(w) && WORKLOAD_COMPONENTS.find((c) => c.workload === w)!.essentialRoles.some((r) => s.server.roles.includes(r)),
    ),
  );
  if (rebuild.length > 0) {
    const hooks: ChainHooks = { decide, media, domain, beReady: new Map(), poolImport: new Map(), importPoolHere: new Set() };
    for (const s of inRestoreSequence(rebuild)) {
      if (s.perimeter && hooks.edgeGate === undefined && nextHops.length > 0)
        hooks.edgeGate = rb.add({
          title: "Checkpoint: the standby pools answer",
          detail:
            "Edge servers come after the internal roles (table 17-9) because their next hop must answer first: here the standby pools. They do not wait for the Archiving, Monitoring or Mediation Servers (P1).",
          phase: phaseById("edge").name,
          minutes: 0,
          deps: [...nextHops],
          workloads: remoteAccessIn(affected),
          rules: ["Restore order", "P1"],
          waiting: true,
        });
      const end = rebuildServer(rb, ctx, s, hooks);
      if (s.perimeter) edges.push({ step: end, server: s, standby: false });
    }
  }

  const moves: number[] = [];
  lostPools.forEach((p, i) => {
    const target = standbyPools[i % standbyPools.length];
    const move = reassignStep(
      rb,
      ctx,
      p,
      [standbyChecks.get(target.name)!],
      `Move the users of ${p.name} to ${target.name}`,
      `Rehome the users of ${p.name} on the standby pool ${target.name} with the Move Users wizard and its force option, since the old pool cannot answer (the option's exact wording is unconfirmed).`,
    );
    moves.push(move);
  });
  const internalWorkloads = affected.filter((w) => w !== "remote-access");
  rb.add({
    title: `Point the internal DNS records at ${standby.name}`,
    detail: `Update the records users resolve inside the network (the pools' A records and the SIP service records) so they lead to ${targets.map((p) => p.name).join(", ")} (inferred: the successors document the same names).`,
    phase: REASSIGN,
    verify: true,
    minutes: dur.work(dur.a.dnsUpdateMinutes),
    assumption: "dnsUpdateMinutes",
    deps: moves,
    workloads: internalWorkloads,
    rules: ["P5", "S6"],
  });
  lostPools.forEach((p, i) => {
    const target = standbyPools[i % standbyPools.length];
    const into = userDataTarget(ix, target);
    const move = moves[i];
    const rtc = rtcHostOf(ix, p)?.databases.find((x) => x.name === "RTC");
    const size = rtc?.sizeGb ?? 0;
    const sizeText = rtc ? `${size} GB` : "size unknown";
    const contactLane = rb.laneOf(`contacts:${p.name}`);
    // Inferred (facts 3.4, D8): the moved users' contact lists come from the lost pool's last RTC
    // backup, through a spare SQL Server instance and DBImpExp. The restore runs while users move.
    const spare = rb.add({
      title: `Restore the last RTC backup of ${p.name} to a spare SQL Server instance at ${standby.name}`,
      detail: `Inferred, not documented: restore ${p.name}'s RTC backup (${sizeText}) under another database instance at ${standby.name} (never over the standby pool's own RTC), only to read the users' contact lists from it. It runs by itself while the users are moved.`,
      phase: REASSIGN,
      verify: true,
      minutes: dur.sqlRestore(size),
      assumption: "sqlRestoreGbPerHour",
      deps: [reachable],
      workloads: [],
      sequenceAs: poolWorkloads(ix, p),
      rules: ["D1", "D8"],
      lane: contactLane,
      waiting: true,
    });
    const exported = rb.add({
      title: `Export ${p.name}'s user data from the spare instance with DBImpExp`,
      detail:
        "Inferred: DBImpExp reads the contact lists, permissions and meetings of the restored RTC database into XML. Start it and let it run; it needs nobody watching.",
      phase: REASSIGN,
      command: exportUserData(p.name, "<spare SQL instance>"),
      verify: true,
      minutes: dur.userData(size),
      assumption: "userDataGbPerHour",
      deps: [spare],
      workloads: [],
      sequenceAs: poolWorkloads(ix, p),
      rules: ["D8"],
      lane: contactLane,
      waiting: true,
    });
    rb.add({
      title: `Import the contact lists of ${p.name}'s users into ${target.name}`,
      detail: `Inferred: load the exported user data into ${target.name} once the users are homed there; it runs by itself. Until it finishes, moved users sign in with empty contact lists.${into.where}`,
      phase: REASSIGN,
      server: into.server,
      command: importUserData(p.name, into.sqlServer),
      verify: true,
      minutes: dur.userData(size),
      assumption: "userDataGbPerHour",
      deps: [move, exported],
      workloads: [],
      sequenceAs: poolWorkloads(ix, p),
      rules: ["D1", "D8"],
      provides: RTC_DATA,
      lane: contactLane,
      waiting: true,
    });
  });

  if (edges.length > 0) {
    const names = edges.map((e) => e.server.fqdn).join(", ");
    const one = edges.length === 1;
    const servers = `Edge server${one ? "" : "s"} ${names}`;
    const where = edges.every((e) => e.standby) ? `the standby site's ${servers}` : `the ${servers} (once rebuilt)`;
    rb.add({
      title: `Point the Edge next hop at ${targets.map((p) => p.name).join(", ")}`,
      detail: `Set the next hop and trusted lists of ${where} to the standby pool${targets.length === 1 ? "" : "s"}, then point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) at ${one ? "it" : "them"} (inferred). This waits for ${one ? "that Edge server" : "those Edge servers"}: before ${one ? "it answers" : "they answer"} there is nothing to point at.`,
      phase: phaseById("edge").name,
      verify: true,
      minutes: dur.work(dur.a.dnsUpdateMinutes),
      assumption: "dnsUpdateMinutes",
      deps: [...edges.map((e) => e.step), ...moves],
      workloads: remoteAccessIn(affected),
      rules: ["P5", "S6", "Restore order"],
    });
  }
  confirmWorkloads(rb, ctx, affected, decide);
  return { run: finishRunbook(rb, ctx.admins, affected, ix.priority), edges, rebuilt: rebuild, missing: [...missing] };
}

/** Says plainly what the standby site lacks (an Edge or Mediation Server, say) and what is rebuilt for it instead. */
function lacking(standby: Site, rebuilt: readonly ServerInfo[], missing: readonly Workload[]): string[] {
  if (rebuilt.length === 0) return [];
  const roles = new Set<string>();
  for (const w of missing)
    for (const r of WORKLOAD_COMPONENTS.find((c) => c.workload === w)!.essentialRoles)
      if (rebuilt.some((s) => s.server.roles.includes(r))) roles.add(ROLE_LABELS[r]);
  const list = (xs: readonly string[], last: string) =>
    xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} ${last} ${xs.at(-1)}`;
  const workloads = list(
    missing.map((w) => WORKLOAD_LABELS[w]),
    "and",
  );
  const servers = list(
    rebuilt.map((s) => s.fqdn),
    "and",
  );
  return [
    `The standby site ${standby.name} has no server with the ${list([...roles], "or")} role: ${workloads} come back only when ${servers} ${rebuilt.length === 1 ? "is" : "are"} rebuilt (below, after the switch-over).`,
  ];
}
