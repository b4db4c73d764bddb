// Loss of Active Directory: the servers survive; global, pool and machine settings are imported again
// (S7). Restored from backup, or rebuilt with the user data exported before and imported after (D8).
import type { Pool } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import type { ScenarioPath, Scenario } from "../../formats/plan";
import {
  CHECK_ALL_POOLS,
  CHECK_DOMAIN_PREP,
  CHECK_FOREST_PREP,
  DOMAIN_PREP,
  exportUserData,
  FOREST_PREP,
  importMachine,
  importUserData,
  SCHEMA_PREP,
} from "../commands";
import { restoreRoot } from "./backup-locations";
import { phaseById, phaseIndex } from "../rules/restore-order";
import { RTC_DATA } from "../rules/user-checks";
import { deps, finishRunbook, RunbookBuilder, type FinishedRunbook } from "../runbook";
import { inRestoreSequence, type ServerInfo } from "../topology";
import {
  decideStep,
  DOMAIN,
  globalImportStep,
  LAST_POOL_PHASE,
  poolCheckStep,
  poolImportStep,
  poolWorkloads,
  REASSIGN,
  reassignStep,
  remoteAccessIn,
  rtcHostOf,
  scenarioOf,
  confirmWorkloads,
  type ScenarioContext,
} from "./context";
import { IMPORT_AND_CHECK_DETAIL, serverTexts } from "./server-chain";

export function activeDirectoryScenario(ctx: ScenarioContext): Scenario {
  const { ix } = ctx;
  const affected = ix.servedWorkloads;
  const restored = adRestoredRunbook(ctx, affected);
  const rebuilt = adRebuiltRunbook(ctx, affected);
  const restoreFirst = ix.d.dependencies.activeDirectory.backedUp;
  const paths = {
    restored: {
      id: "ad-restored",
      title: "Active Directory restored from backup",
      when: "A usable Active Directory backup exists.",
      run: restored,
    },
    rebuilt: {
      id: "ad-rebuilt",
      title: "Active Directory rebuilt",
      when: "No usable Active Directory backup exists and the forest must be built anew (user GUIDs and SIDs change).",
      run: rebuilt,
    },
  };
  const main = restoreFirst ? paths.restored : paths.rebuilt;
  const other = restoreFirst ? paths.rebuilt : paths.restored;
  const notes = [
    "The OCS servers survive; the global settings and the OCS objects in Active Directory are what is lost.",
    restoreFirst
      ? "Active Directory is backed up, so the runbook restores it; the rebuild path is kept as an alternative."
      : "Active Directory is not backed up, so the runbook rebuilds it; the restore path applies once a backup exists.",
    "If the forest is rebuilt rather than restored, the RTC databases map users by their old GUIDs and SIDs: export the user data before and import it after (D8).",
  ];
  const scenario = scenarioOf(
    ctx,
    "loss-of-active-directory",
    "Loss of Active Directory",
    { kind: "active-directory", target: null },
    main.run,
    notes,
    ["S7", "S6", "D8", "Restore order"],
  );
  scenario.path = main.title;
  const alternative: ScenarioPath = {
    id: other.id,
    title: other.title,
    when: other.when,
    steps: other.run.steps,
    rtoHours: other.run.rtoHours,
    workloads: other.run.workloads,
  };
  scenario.alternatives = [alternative];
  return scenario;
}

function adRestoredRunbook(ctx: ScenarioContext, affected: Workload[]): FinishedRunbook {
  const { dur } = ctx;
  const rb = new RunbookBuilder(ctx.ix.priority);
  const decide = decideStep(rb, ctx, "Assess the loss of Active Directory", affected);
  const restore = rb.add({
    title: "Restore Active Directory from its backup",
    detail:
      "Restore the domain controllers with Windows Server's own tools (outside OCS); the OCS objects and global settings come back with the same GUIDs and SIDs.",
    phase: DOMAIN,
    minutes: dur.work(dur.a.adRestoreMinutes),
    assumption: "adRestoreMinutes",
    deps: [decide],
    workloads: affected,
    rules: ["S6", "S1", "Restore order"],
  });
  const forest = checkStep(rb, ctx, "Check the forest preparation", CHECK_FOREST_PREP, [restore], affected);
  const domain = checkStep(rb, ctx, "Check the domain preparation", CHECK_DOMAIN_PREP, [restore], affected);
  return reimportRunbook(rb, ctx, affected, decide, deps(forest, domain), false);
}

function adRebuiltRunbook(ctx: ScenarioContext, affected: Workload[]): FinishedRunbook {
  const { ix, dur } = ctx;
  const rb = new RunbookBuilder(ix.priority);
  const decide = decideStep(rb, ctx, "Assess the loss of Active Directory", affected);
  const exports = ix.d.pools.map((p) => {
    const host = rtcHostOf(ix, p);
    const size = host?.databases.find((x) => x.name === "RTC")?.sizeGb ?? 0;
    return rb.add({
      title: `Export the user data of ${p.name} with DBImpExp`,
      detail: `Before the forest is rebuilt, save the users' contact lists, permissions and meetings from the RTC database to XML (D8).${p.kind === "standard" ? " Run it on the Standard Edition server." : ""} DBImpExp ships in the Support folder of the OCS media; its syntax comes from third-party scripts.`,
      phase: DOMAIN,
      server: host?.fqdn,
      command: exportUserData(p.name, p.kind === "standard" ? undefined : p.backEnd),
      verify: true,
      minutes: dur.userData(size),
      assumption: "userDataGbPerHour",
      deps: [decide],
      workloads: poolWorkloads(ix, p),
      rules: ["D8"],
      lane: rb.laneOf(`export:${p.name}`),
    });
  });
  const rebuild = rb.add({
    title: "Rebuild the Active Directory forest",
    detail:
      "Build the forest and domains anew with Windows tools and recreate the user accounts with their SIP addresses; their GUIDs and SIDs will differ from the old ones.",
    phase: DOMAIN,
    minutes: dur.work(dur.a.adRebuildMinutes),
    assumption: "adRebuildMinutes",
    deps: [decide, ...exports],
    workloads: affected,
    rules: ["S6", "D8", "Restore order"],
  });
  const prep = (title: string, command: string, after: number[], verify = false) =>
    rb.add({
      title,
      detail:
        command === SCHEMA_PREP
          ? "Extend the schema for OCS. This exact LCSCmd syntax is not among the confirmed ones."
          : "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain.",
      phase: DOMAIN,
      command,
      verify,
      minutes: dur.work(Math.ceil(dur.a.adPrepMinutes / 5)),
      assumption: "adPrepMinutes",
      deps: after,
      workloads: affected,
      rules: ["S1", "D8"],
    });
  const schema = prep("Run SchemaPrep", SCHEMA_PREP, [rebuild], true);
  const forest = prep("Run ForestPrep", FOREST_PREP, [schema]);
  const forestCheck = prep("Check the forest preparation", CHECK_FOREST_PREP, [forest]);
  const domain = prep("Run DomainPrep", DOMAIN_PREP, [forestCheck]);
  const domainCheck = prep("Check the domain preparation", CHECK_DOMAIN_PREP, [domain]);
  return reimportRunbook(rb, ctx, affected, decide, [domainCheck], true);
}

function checkStep(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  title: string,
  command: string,
  after: number[],
  affected: readonly Workload[],
): number {
  return rb.add({
    title,
    detail: "Confirms the OCS objects in Active Directory came back with the restore.",
    phase: DOMAIN,
    command,
    minutes: ctx.dur.work(ctx.dur.a.settingsImportMinutes),
    assumption: "settingsImportMinutes",
    deps: after,
    workloads: affected,
    rules: ["S1"],
  });
}

/**
 * The servers survive an Active Directory loss: import the global level once, each pool's level, then
 * every server's machine level (S7), check, and put the users back. After a rebuild the pools and
 * servers are recreated and activated first, and the user data is imported before users are moved (D8).
 */
function reimportRunbook(
  rb: RunbookBuilder,
  ctx: ScenarioContext,
  affected: Workload[],
  decide: number,
  after: number[],
  rebuilt: boolean,
): FinishedRunbook {
  const { ix, dur } = ctx;
  const firstPool = ix.d.pools[0];
  const global = globalImportStep(rb, ctx, firstPool, after, affected);

  const poolImports = new Map<string, number>();
  const poolsInOrder = [...ix.d.pools].sort(
    (a, b) => (ix.poolLead.get(a.name)?.rank ?? Infinity) - (ix.poolLead.get(b.name)?.rank ?? Infinity),
  );
  for (const p of poolsInOrder) {
    let ready = global;
    if (rebuilt && p.kind !== "standard")
      ready = rb.add({
        title: `Recreate the pool ${p.name} in Active Directory`,
        detail:
          "Recreate the pool's objects against its existing back-end databases without wiping them. LCSCmd has a pool creation action, but its parameters are unverified: check them before use.",
        phase: phaseById("front-end").name,
        verify: true,
        minutes: dur.work(dur.a.settingsImportMinutes),
        assumption: "settingsImportMinutes",
        deps: [global],
        workloads: poolWorkloads(ix, p),
        rules: ["S7", "D8"],
        lane: rb.laneOf(`pool-import:${p.name}`),
      });
    poolImports.set(p.name, poolImportStep(rb, ctx, p, [ready]));
  }

  // Pool members are tied in through their pool's check; the Edge servers wait for the pools and
  // Directors (their next hop) only.
  const serverEnd = new Map<ServerInfo, number>();
  const internal: number[] = [];
  const poolChecks = new Map<Pool, number>();
  const checkPools = () => {
    for (const p of poolsInOrder) {
      const head = p.kind === "standard" ? "standard-edition" : "front-end";
      const core = [poolImports.get(p.name)!];
      const rest: number[] = [];
      for (const m of ix.membersByPool.get(p.name) ?? []) {
        const end = serverEnd.get(m);
        if (end !== undefined) (m.server.roles.includes(head) ? core : rest).push(end);
      }
      const check = poolCheckStep(rb, ctx, p, core, rest.length > 0 ? "front-ends" : "pool");
      poolChecks.set(p, check);
      internal.push(check);
      if (rest.length > 0) poolCheckStep(rb, ctx, p, [check, ...rest], "all-members");
    }
  };
  let gate: number | undefined;
  for (const s of inRestoreSequence(ix.servers.filter((x) => x.isOcs))) {
    if (poolChecks.size === 0 && phaseIndex(s.phase.id) > LAST_POOL_PHASE) checkPools();
    if (s.perimeter && gate === undefined)
      gate = rb.add({
        title: "Checkpoint: the Edge servers' next hop answers",
        detail:
          "Edge servers come after the internal roles (table 17-9): their next hop (the Director or the pool) must answer first; they do not wait for Archiving, Monitoring or Mediation (P1).",
        phase: phaseById("edge").name,
        minutes: 0,
        deps: [...internal],
        workloads: remoteAccessIn(affected),
        rules: ["Restore order"],
        waiting: true,
      });
    const lane = rb.laneOf(s.fqdn);
    const text = serverTexts(s);
    const base = s.pool ? poolImports.get(s.pool.name)! : global;
    let ready = s.perimeter ? deps(base, gate) : [base];
    if (rebuilt)
      ready = [
        rb.add({
          title: `Activate ${s.fqdn} again`,
          detail:
            "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified.",
          phase: s.phase.name,
          server: s.fqdn,
          verify: true,
          minutes: dur.work(dur.a.ocsInstallActivateMinutes),
          assumption: "ocsInstallActivateMinutes",
          deps: ready,
          workloads: s.workloads,
          rules: ["S7", "D8"],
          lane,
        }),
      ];
    // The servers themselves survive, so one step per server imports and checks its settings.
    const end = rb.add({
      title: text.importAndCheck,
      detail: IMPORT_AND_CHECK_DETAIL,
      phase: s.phase.name,
      server: s.fqdn,
      command: importMachine(s.fqdn, restoreRoot(ix.d)),
      verify: true,
      minutes: dur.work(dur.a.settingsImportMinutes + dur.a.validationMinutes),
      deps: ready,
      workloads: s.workloads,
      rules: ["S7", "S3"],
      lane,
    });
    serverEnd.set(s, end);
    if (s.server.roles.includes("director")) internal.push(end);
  }
  if (poolChecks.size === 0) checkPools();

  for (const p of poolsInOrder) {
    let before = poolChecks.get(p)!;
    if (rebuilt) {
      const host = rtcHostOf(ix, p);
      const size = host?.databases.find((x) => x.name === "RTC")?.sizeGb ?? 0;
      before = rb.add({
        title: `Import the user data of ${p.name} with DBImpExp`,
        detail: "Load the users' contact lists, permissions and meetings saved before the rebuild, now mapped to the new accounts (D8).",
        phase: REASSIGN,
        server: host?.fqdn,
        command: importUserData(p.name, p.kind === "standard" ? undefined : p.backEnd),
        verify: true,
        minutes: dur.userData(size),
        assumption: "userDataGbPerHour",
        deps: [before],
        workloads: poolWorkloads(ix, p),
        rules: ["D8"],
        provides: RTC_DATA,
        lane: rb.laneOf(`pool:${p.name}`),
      });
    }
    reassignStep(
      rb,
      ctx,
      p,
      [before],
      rebuilt ? `Enable and assign the users of ${p.name} again` : `Check the users of ${p.name} sign in`,
      rebuilt
        ? "Enable the recreated user accounts for OCS with their old SIP addresses and home them on the pool with the Move Users wizard."
        : `Users whose OCS attributes did not come back land under Unassigned Users: move them back to ${p.name} with the Move Users wizard.`,
    );
  }
  if (poolChecks.size > 0)
    rb.add({
      title: "Check every pool",
      detail: "A last forest-wide check of all pools.",
      phase: REASSIGN,
      command: CHECK_ALL_POOLS,
      minutes: dur.work(dur.a.settingsImportMinutes),
      assumption: "settingsImportMinutes",
      deps: [...poolChecks.values()],
      workloads: affected,
      rules: ["S7"],
    });
  confirmWorkloads(rb, ctx, affected, decide);
  return finishRunbook(rb, ctx.admins, affected, ix.priority);
}
