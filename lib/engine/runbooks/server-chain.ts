// The chain of steps that rebuilds one lost server: hardware, Windows, SQL Server where it holds
// databases, the OCS roles, certificates, data, settings, and a check. Scenarios combine chains and
// add the pool- and forest-wide steps around them.
import type { FileShareEntry } from "../../formats/deployment";
import { ROLE_LABELS, type DatabaseName, type Workload } from "../../formats/enums";
import { checkServerState, createPool, importMachine, importPool, IMPORT_VERIFY_NOTE, stopOcsServices } from "../commands";
import type { Durations } from "../durations";
import { databaseRule, sqlToolFor } from "../rules/databases";
import { FILE_TOOL, fileShareRule } from "../rules/file-shares";
import { serverRole } from "../rules/server-roles";
import { RTC_DATA, SHARE_DATA } from "../rules/user-checks";
import { deps, type RunbookBuilder } from "../runbook";
import {
  restoreDatabaseCommand,
  restoreIisCommand,
  runsIisWith,
  restoreNormalizationRulesCommand,
  restoreRoot,
  sqlTarget,
} from "./backup-locations";
import { addPrerequisiteSteps } from "./prerequisites";
import { byCriticality, hasAnyPeer, workloadsUsingDatabase, workloadsUsingShare, type DeploymentIndex, type ServerInfo } from "../topology";

export interface RestoreItemDatabase {
  name: DatabaseName;
  sizeGb: number;
  /** False for a database the topology implies but the file does not list (size unknown). */
  listed: boolean;
  tool: string;
  rules: readonly string[];
}

/** What a rebuilt server gets back from backups (D1, D4, D6): never RTCConfig, RTCDyn or the address book. */
export interface HostRestore {
  databases: RestoreItemDatabase[];
  shares: FileShareEntry[];
}

export interface ChainContext {
  ix: DeploymentIndex;
  dur: Durations;
  hostRestore(s: ServerInfo): HostRestore;
}

export interface ChainHooks {
  decide: number;
  media?: number;
  /** Domain information restored or confirmed: internal servers activate after it. */
  domain?: number;
  globalImport?: number;
  /** Per pool: the step after which its back end is serving again (when the back end is being rebuilt). */
  beReady: Map<string, number>;
  /** Per pool: its pool-level settings import (when the scenario re-imports it). */
  poolImport: Map<string, number>;
  /** Standard Edition pools whose pool-level import belongs in the server's own chain. */
  importPoolHere: Set<string>;
  /** Edge servers import their settings after the internal servers are back (table 17-9). */
  edgeGate?: number;
  /** Per pool: steps that stop the OCS services of its surviving front ends before its RTC is restored. */
  stopBeforeRtc?: Map<string, number>;
  /** Enterprise pools whose databases are created afresh on a rebuilt back end before RTC is restored over them. */
  createPools?: Set<string>;
}

export function hostRestoreFor(missingByHost: Map<string, { name: DatabaseName }[]>, s: ServerInfo): HostRestore {
  const tool = sqlToolFor(s.server.roles);
  const databases: RestoreItemDatabase[] = [];
  for (const db of s.databases) {
    const rule = databaseRule(db.name);
    if (rule.backUp) databases.push({ name: db.name, sizeGb: db.sizeGb, listed: true, tool, rules: rule.rules });
  }
  for (const m of missingByHost.get(s.fqdn) ?? [])
    databases.push({ name: m.name, sizeGb: 0, listed: false, tool, rules: databaseRule(m.name).rules });
  const shares = s.shares.filter((x) => fileShareRule(x.content).backUp);
  return { databases, shares };
}

/** The strings a server's steps use in every scenario, built once per server (large plans repeat them). */
export interface ServerTexts {
  assess: string;
  rebuild: string;
  sql: string;
  checkDatabases: string;
  install: string;
  certificates: string;
  importTitle: string;
  check: string;
  checkCommand: string;
  importAndCheck: string;
}

const textsCache = new WeakMap<ServerInfo, ServerTexts>();
export function serverTexts(s: ServerInfo): ServerTexts {
  let t = textsCache.get(s);
  if (!t) {
    const f = s.fqdn;
    t = {
      assess: `Assess the loss of ${f}`,
      rebuild: `Rebuild Windows on ${f}`,
      sql: `Install SQL Server on ${f}`,
      checkDatabases: `Check the databases on ${f}`,
      install: `Install and activate ${s.ocsRoles.map((r) => ROLE_LABELS[r]).join(", ")} on ${f}`,
      certificates: `Install the certificates on ${f}`,
      importTitle: `Import the machine-level settings of ${f}`,
      check: `Check ${f}`,
      checkCommand: checkServerState(f),
      importAndCheck: `Import the machine-level settings of ${f} and check it`,
    };
    textsCache.set(s, t);
  }
  return t;
}

/** Detail of the one-step import and check of a surviving server (Active Directory runbooks). */
export const IMPORT_AND_CHECK_DETAIL = `Import this server's machine-level export, restart its OCS services, then check its state. ${IMPORT_VERIFY_NOTE}`;
const OS_INTERNAL =
  "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.";
const OS_PERIMETER = "Install Windows Server under the same FQDN in the perimeter network; Edge servers are not joined to the domain.";
const SQL_DETAIL =
  "Install SQL Server with the instance name, logins and permissions the server had before, with the .mdf and .ldf files on separate volumes (B9).";
const REAPPLY_DETAIL = `Restart the OCS services so the server reconnects to its restored pool; if the server state check reports missing settings, this import restores them. ${IMPORT_VERIFY_NOTE}`;
const MACHINE_IMPORT = `Import this server's machine-level export. ${IMPORT_VERIFY_NOTE}`;
const POOL_IMPORT = `Import the pool-level settings, which rebuilds the pool's RTCConfig database (D2). If the pool's databases had to be created afresh, recreate the pool first without overwriting the restored RTC database (the CreatePool parameters are unverified). ${IMPORT_VERIFY_NOTE}`;

/** A short hands-on action (stop a service, copy a file back). */
const STOP_MINUTES = 10;
/** Standard Edition default (facts 3.3 [F]): the Address Book files folder under the Web Components data. */
const ADDRESS_BOOK_SE_FOLDER = "%ProgramFiles%\\Microsoft Office Communications Server 2007 R2\\Web Components\\Address Book Files\\Files";

const IIS_RESTORE_DETAIL =
  "LCSCmd and the database backups do not hold it (D9). The job pack copies the IIS configuration into a dated folder under <destination>\\iis\\<server>: " +
  "on Windows Server 2008, copy the newest config folder back as below, then restart IIS (iisreset). " +
  "On Windows Server 2003 that folder holds a metabase backup (MetaBack) instead: copy its files into %SystemRoot%\\system32\\inetsrv\\MetaBack " +
  "and restore them with cscript %SystemRoot%\\system32\\iisback.vbs /restore /b OCS-<latest stamp> (inferred: the sources name only the 2008 folder).";

/** Servers that run IIS: Standard Edition, front ends (Web Components in a consolidated pool) and Web Components Servers (D9). */
export const runsIis = (s: ServerInfo): boolean => runsIisWith(s.server.roles, s.pool?.kind);

// Step details and database workloads are shared by every server of the same shape. They are kept
// per deployment index, not per module, so each plan computes its own (and per-test mutation coverage
// sees every test that builds them).
const detailCaches = new WeakMap<DeploymentIndex, Map<string, string>>();
function cached(ix: DeploymentIndex, key: string, make: () => string): string {
  let cache = detailCaches.get(ix);
  if (!cache) detailCaches.set(ix, (cache = new Map()));
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

const detailsCache = new WeakMap<ServerInfo, { install: string; certificates: string; validate: string }>();
/** The step details of a server's rebuild chain, looked up once per server (they are shared by shape). */
function chainDetails(ix: DeploymentIndex, s: ServerInfo) {
  let d = detailsCache.get(s);
  if (!d) {
    d = {
      install: installDetail(ix, s),
      certificates: certificateDetail(ix, s, ix.d.dependencies.certificates?.backedUp ?? null),
      validate: validateDetail(ix, s),
    };
    detailsCache.set(s, d);
  }
  return d;
}

function installDetail(ix: DeploymentIndex, s: ServerInfo): string {
  return cached(ix, `install|${s.ocsRoles.join(",")}`, () => {
    const labels = s.ocsRoles.map((r) => ROLE_LABELS[r]).join(", ");
    const se = s.ocsRoles.includes("standard-edition") ? " Standard Edition Setup installs SQL Server 2005 Express Edition as well." : "";
    return `Run Setup for ${labels} and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.${se}`;
  });
}

function certificateDetail(ix: DeploymentIndex, s: ServerInfo, backedUp: boolean | null): string {
  return cached(ix, `cert|${s.perimeter}|${s.ocsRoles.join(",")}|${backedUp}`, () => {
    const needs = [...new Set(s.ocsRoles.map((r) => serverRole(r).certificates))].join("; ");
    const source =
      backedUp === true
        ? "import them from the certificate backup"
        : backedUp === false
          ? "there is no certificate backup, so request new ones from the certification authority"
          : "import them from the certificate backup if one exists, otherwise request new ones";
    return `Install ${needs}: ${source} (S6).`;
  });
}

function validateDetail(ix: DeploymentIndex, s: ServerInfo): string {
  const lb = hasAnyPeer(s);
  const addressBook = s.server.roles.includes("standard-edition") || s.shares.some((x) => x.content === "address-book");
  return cached(ix, `validate|${s.server.roles.join(",")}|${lb}|${addressBook}`, () => {
    const parts = ["Start the OCS services, check the server state and run the Validation Wizard for its roles."];
    if (lb) parts.push("Put it back into the load balancer.");
    if (s.perimeter)
      parts.push(
        "Check that the trusted Edge entries in the global, pool and Mediation settings still name it, and that DNS records and firewall rules match the infrastructure record.",
      );
    if (s.server.roles.some((r) => r === "archiving" || r === "monitoring"))
      parts.push("While it was down the front ends held its data in Message Queuing (inferred): check the queues drain.");
    if (s.server.roles.includes("mediation"))
      parts.push("Check the media gateway configuration, which is kept with the gateway vendor's tools.");
    if (addressBook) parts.push("The address book files are not restored: the User Replicator regenerates them (D7).");
    return parts.join(" ");
  });
}

function databaseDetail(db: RestoreItemDatabase): string {
  const size = db.listed ? `${db.sizeGb} GB` : "size unknown: it is not listed in the deployment file, so its restore time is not counted";
  const rtc =
    db.name === "RTC" ? " Leave RTCConfig and RTCDyn out: the settings import rebuilds RTCConfig (D2) and RTCDyn is transient (D3)." : "";
  return `Restore the last full backup of ${db.name} (${size}) with ${db.tool}.${rtc}`;
}

/** Restore steps for shares on a file server outside the deployment (one lane for that file server). */
export function restoreExternalShares(
  rb: RunbookBuilder,
  ctx: ChainContext,
  shares: FileShareEntry[],
  decide: number,
  phase: string,
): void {
  const lane = rb.laneOf("external-file-server");
  for (const share of shares) {
    if (!fileShareRule(share.content).backUp) continue;
    const workloads = workloadsUsingShare(share.content).filter((w) => ctx.ix.servedWorkloads.includes(w));
    const transfer = transferStep(rb, ctx, lane, share.sizeGb, `${share.content} share`, decide, phase, workloads);
    rb.add({
      title: `Restore the ${share.content} share to ${share.path}`,
      detail: `Copy the backup back with ${FILE_TOOL} onto the file server that holds this path (rebuild that server first if it was lost too); the path must stay the same.`,
      phase,
      minutes: ctx.dur.fileRestore(share.sizeGb),
      assumption: "fileRestoreGbPerHour",
      deps: deps(decide, transfer),
      workloads,
      rules: fileShareRule(share.content).rules,
      provides: SHARE_DATA[share.content],
      lane,
    });
  }
}

function transferStep(
  rb: RunbookBuilder,
  ctx: ChainContext,
  lane: number,
  sizeGb: number | undefined,
  what: string,
  decide: number,
  phase: string,
  workloads: readonly Workload[],
): number | undefined {
  const minutes = ctx.dur.transfer(sizeGb ?? 0);
  if (minutes === undefined) return undefined;
  const mbps = ctx.ix.d.backup.bandwidthMbps;
  return rb.add({
    title: `Copy the ${what} backup back from the remote backup location`,
    detail:
      mbps <= 0
        ? "The backup location has no usable bandwidth: the backup media must be brought by courier (P5)."
        : sizeGb === undefined
          ? `Its size is unknown (the deployment file does not list it), so this copy over ${mbps} Mbit/s is not counted in the time; list its size to count it. It runs while the server is rebuilt (P5).`
          : `About ${sizeGb} GB over ${mbps} Mbit/s; it runs while the server is rebuilt (P5).`,
    phase,
    minutes,
    assumption: ctx.ix.d.backup.bandwidthMbps > 0 ? undefined : "mediaShippingMinutes",
    deps: [decide],
    workloads,
    rules: ["P5"],
    lane,
    waiting: true,
  });
}

/** Rebuild one server; returns the step that ends its chain. */
export function rebuildServer(rb: RunbookBuilder, ctx: ChainContext, s: ServerInfo, hooks: ChainHooks): number {
  const { dur, ix } = ctx;
  const text = serverTexts(s);
  const details = chainDetails(ix, s);
  const lane = rb.laneOf(s.fqdn);
  const phase = s.phase.name;
  const W = chainWorkloads(ix, s);
  const server = s.fqdn;
  const restore = ctx.hostRestore(s);
  const se = s.server.roles.includes("standard-edition");
  const holdsSql = !se && (s.server.roles.includes("back-end-sql") || restore.databases.length > 0);

  const procure = rb.add({
    title: s.spare ? `Take the spare hardware for ${server}` : `Get replacement hardware for ${server}`,
    detail: s.spare
      ? "Spare hardware is on hand (B8)."
      : `No spare is on hand: the vendor contract delivers a replacement within ${ix.d.recovery.vendorHardwareSlaHours} h (B8).`,
    phase,
    server,
    minutes: dur.procurement(s.spare),
    deps: [hooks.decide],
    workloads: W,
    rules: ["B8"],
    lane,
    waiting: true,
  });
  // A copy serves what its restore serves (P1): an LCSLog copy on a back end never holds back IM.
  const dbTransfer = restore.databases.map((db) =>
    transferStep(
      rb,
      ctx,
      lane,
      db.listed ? db.sizeGb : undefined,
      `${db.name} database`,
      hooks.decide,
      phase,
      workloadsOfDatabase(ctx.ix, db.name, W),
    ),
  );
  const shareWorkloads = (content: FileShareEntry["content"]) => workloadsUsingShare(content).filter((w) => W.includes(w));
  const shareTransfer = restore.shares.map((x) =>
    transferStep(rb, ctx, lane, x.sizeGb, `${x.content} share`, hooks.decide, phase, shareWorkloads(x.content)),
  );

  const os = rb.add({
    title: text.rebuild,
    detail: s.perimeter ? OS_PERIMETER : OS_INTERNAL,
    phase,
    server,
    minutes: dur.work(dur.a.osBuildMinutes),
    assumption: "osBuildMinutes",
    deps: [procure],
    workloads: W,
    rules: ["S3"],
    lane,
  });

  let ready = os;
  const restored: number[] = [];
  const restoreDatabases = (after: number[]) =>
    restore.databases.forEach((db, i) =>
      restored.push(
        rb.add({
          title: `Restore ${db.name} on ${server}`,
          detail: databaseDetail(db),
          phase,
          server,
          command: restoreDatabaseCommand(ix.d, s.server, db.name),
          minutes: dur.sqlRestore(db.sizeGb),
          assumption: "sqlRestoreGbPerHour",
          deps: deps(...after, dbTransfer[i], ...(db.name === "RTC" ? s.backEndOf.map((p) => hooks.stopBeforeRtc?.get(p.name)) : [])),
          workloads: workloadsOfDatabase(ctx.ix, db.name, W),
          rules: db.name === "RTC" ? [...db.rules, "D2", "D3"] : db.rules,
          provides: db.name === "RTC" ? RTC_DATA : undefined,
          lane,
        }),
      ),
    );

  if (holdsSql) {
    ready = rb.add({
      title: text.sql,
      detail: SQL_DETAIL,
      phase,
      server,
      minutes: dur.work(dur.a.sqlInstallMinutes),
      assumption: "sqlInstallMinutes",
      deps: deps(os, hooks.media),
      workloads: W,
      rules: ["D1", "B9"],
      lane,
    });
    // A blank back end: the pool's databases (RTCConfig and RTCDyn are not backed up, D2, D3, but must
    // exist) are created first, then RTC is restored over the new one and the pool level imported.
    const created = s.backEndOf
      .filter((p) => hooks.createPools?.has(p.name))
      .map((p) =>
        rb.add({
          title: `Create the databases of pool ${p.name} on ${server}`,
          detail: `RTCConfig and RTCDyn are not backed up (D2, D3) but the pool needs them: create the pool's databases on the new SQL Server instance (${sqlTarget(s.server)}) before RTC is restored over the new, empty RTC and the pool-level settings are imported. The pool creation action exists; its parameters (back-end instance, database and log paths on separate volumes, B9) are a recollection.`,
          phase,
          server,
          command: createPool(p.name),
          verify: true,
          minutes: dur.work(dur.a.settingsImportMinutes),
          assumption: "settingsImportMinutes",
          deps: [ready],
          workloads: W,
          rules: ["D2", "D3", "S7"],
          lane,
        }),
      );
    restoreDatabases(created.length > 0 ? created : [ready]);
  }

  // The databases of the server's most critical workload gate what follows; the others (an Archiving
  // or Monitoring database sharing a back end's instance) finish on their own without delaying it (P1).
  const primary = () => {
    const first = restored.filter((i) => rb.rank[i] <= s.rank);
    return first.length > 0 ? first : restored;
  };

  if (!s.isOcs) {
    return rb.add({
      title: text.checkDatabases,
      detail: "Confirm each restored database is online and that the OCS servers using it connect again.",
      phase,
      server,
      minutes: dur.work(dur.a.validationMinutes),
      assumption: "validationMinutes",
      deps: restored.length > 0 ? primary() : [ready],
      workloads: W,
      rules: ["D1", "D4"],
      lane,
    });
  }

  const pool = s.server.pool;
  const install = rb.add({
    title: text.install,
    detail: details.install,
    phase,
    server,
    verify: true,
    minutes: dur.work(dur.a.ocsInstallActivateMinutes),
    assumption: "ocsInstallActivateMinutes",
    deps: deps(
      ...(restored.length > 0 ? primary() : [ready]),
      hooks.media,
      s.perimeter ? undefined : hooks.domain,
      pool && !se ? hooks.beReady.get(pool) : undefined,
    ),
    workloads: W,
    rules: ["S8"],
    lane,
  });
  const certificates =
    addPrerequisiteSteps(rb, ix.d, dur, s, { phase, server, after: install, decide: hooks.decide, workloads: W, lane }) ??
    rb.add({
      title: text.certificates,
      detail: details.certificates,
      phase,
      server,
      minutes: dur.work(ix.d.dependencies.certificates?.backedUp === false ? dur.a.certificateReissueMinutes : dur.a.certificateMinutes),
      assumption: ix.d.dependencies.certificates?.backedUp === false ? "certificateReissueMinutes" : "certificateMinutes",
      deps: [install],
      workloads: W,
      rules: ["S6"],
      lane,
    });
  if (se && restore.databases.length > 0) {
    // Setup started the services on the new server: stop them before RTC is restored (facts 8).
    const stop = rb.add({
      title: `Stop the OCS services on ${server}`,
      detail:
        "Stop the Front End service before RESTORE DATABASE replaces the RTC database the services hold open; the check at the end starts them again. The service's short name is a recollection.",
      phase,
      server,
      command: stopOcsServices(server),
      verify: true,
      minutes: dur.work(STOP_MINUTES),
      deps: [install],
      workloads: W,
      rules: ["D1"],
      lane,
    });
    restoreDatabases([stop]);
  }
  const iis = runsIis(s)
    ? rb.add({
        title: `Restore the IIS configuration of ${server}`,
        detail: IIS_RESTORE_DETAIL,
        phase,
        server,
        command: restoreIisCommand(ix.d, server),
        verify: true,
        minutes: dur.work(STOP_MINUTES),
        deps: [install],
        workloads: W,
        rules: ["D9"],
        lane,
      })
    : undefined;
  const rulesFile =
    se || s.shares.some((x) => x.content === "address-book")
      ? rb.add({
          title: `Put the Address Book normalization rules file back on ${server}`,
          detail:
            "The address book files are regenerated (D7), but the normalization rules file is written by hand and must come back from its backup (D9): copy Company_Phone_Number_Normalization_Rules.txt into the Address Book files folder.",
          phase,
          server,
          command: restoreNormalizationRulesCommand(
            ix.d,
            se ? ADDRESS_BOOK_SE_FOLDER : (s.shares.find((x) => x.content === "address-book")?.path ?? "<address book folder>"),
          ),
          verify: true,
          minutes: dur.work(STOP_MINUTES),
          deps: [install],
          workloads: W,
          rules: ["D9", "D7"],
          lane,
        })
      : undefined;

  let poolImport = pool ? hooks.poolImport.get(pool) : undefined;
  if (pool && hooks.importPoolHere.has(pool)) {
    poolImport = rb.add({
      title: `Import the pool-level settings of ${pool}`,
      detail: POOL_IMPORT,
      phase,
      server,
      command: importPool(pool, restoreRoot(ix.d)),
      verify: true,
      minutes: dur.work(dur.a.settingsImportMinutes),
      assumption: "settingsImportMinutes",
      deps: deps(...(restored.length > 0 ? primary() : [install]), hooks.globalImport),
      workloads: W,
      rules: ["S7", "S2", "D2"],
      lane,
    });
    hooks.poolImport.set(pool, poolImport);
  }

  const machine = rb.add({
    title: text.importTitle,
    detail: MACHINE_IMPORT,
    phase,
    server,
    command: importMachine(s.fqdn, restoreRoot(ix.d)),
    verify: true,
    minutes: dur.work(dur.a.settingsImportMinutes),
    assumption: "settingsImportMinutes",
    deps: deps(certificates, ...(se ? primary() : []), poolImport ?? hooks.globalImport, s.perimeter ? hooks.edgeGate : undefined),
    workloads: W,
    rules: ["S7", "S3"],
    lane,
  });

  const shares = restore.shares.map((x, i) =>
    rb.add({
      title: `Restore the ${x.content} share to ${x.path}`,
      detail: `Copy the backup back with ${FILE_TOOL}; the path must stay the one the server was set up with.`,
      phase,
      server,
      minutes: dur.fileRestore(x.sizeGb),
      assumption: "fileRestoreGbPerHour",
      deps: deps(install, shareTransfer[i]),
      workloads: shareWorkloads(x.content),
      rules: fileShareRule(x.content).rules,
      provides: SHARE_DATA[x.content],
      lane,
    }),
  );

  return rb.add({
    title: text.check,
    detail: details.validate,
    phase,
    server,
    command: text.checkCommand,
    verify: true,
    minutes: dur.work(dur.a.validationMinutes),
    assumption: "validationMinutes",
    deps: deps(machine, iis, rulesFile, ...shares.filter((i) => rb.rank[i] <= s.rank)),
    workloads: W,
    rules: ["S7"],
    lane,
  });
}

const chainWorkloadsCache = new WeakMap<ServerInfo, readonly Workload[]>();
/**
 * What a server's rebuild brings back: its own workloads, and for a back end everything its pools'
 * front ends serve (archiving through a pool needs the pool, hence its back end).
 */
export function chainWorkloads(ix: DeploymentIndex, s: ServerInfo): readonly Workload[] {
  if (s.backEndOf.length === 0) return s.workloads;
  let hit = chainWorkloadsCache.get(s);
  if (!hit) {
    const set = new Set(s.workloads);
    for (const p of s.backEndOf) for (const w of ix.poolLead.get(p.name)?.workloads ?? []) set.add(w);
    hit = byCriticality(ix.priority, set);
    chainWorkloadsCache.set(s, hit);
  }
  return hit;
}

const dbWorkloadCaches = new WeakMap<DeploymentIndex, Map<string, Workload[]>>();
/** The workloads a restored database brings back, among those the server serves. */
function workloadsOfDatabase(ix: DeploymentIndex, name: DatabaseName, serverWorkloads: readonly Workload[]): readonly Workload[] {
  // Everything a pool host serves needs its users' RTC database, archiving of their IMs included.
  if (name === "RTC") return serverWorkloads;
  let cache = dbWorkloadCaches.get(ix);
  if (!cache) dbWorkloadCaches.set(ix, (cache = new Map()));
  const key = `${name}|${serverWorkloads.join(",")}`;
  let hit = cache.get(key);
  if (!hit) {
    const uses = workloadsUsingDatabase(name);
    hit = serverWorkloads.filter((w) => uses.includes(w));
    cache.set(key, hit);
  }
  return hit;
}

/** Steps that restart a surviving pool member and reapply its machine settings after its pool was restored. */
export function reapplySurvivor(rb: RunbookBuilder, ctx: ChainContext, s: ServerInfo, after: number[]): number {
  return rb.add({
    title: `Restart ${s.fqdn} and reapply its machine-level settings`,
    detail: REAPPLY_DETAIL,
    phase: s.phase.name,
    server: s.fqdn,
    command: importMachine(s.fqdn, restoreRoot(ctx.ix.d)),
    verify: true,
    minutes: ctx.dur.work(ctx.dur.a.settingsImportMinutes),
    assumption: "settingsImportMinutes",
    deps: after,
    workloads: s.workloads,
    rules: ["S7", "S3"],
    lane: rb.laneOf(s.fqdn),
  });
}
