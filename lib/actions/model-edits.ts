// The edits of the model editor as pure functions on a draft deployment (the file format). Each
// keeps references consistent where the user's intent is clear (a renamed site is renamed wherever
// it is used; a pool's servers move with the pool), refuses with a plain message where it is not
// (a site still in use), and says which JSON paths belong to which form field so that the
// consistency rules' errors land beside the right input. Validation stays with the schema and
// the consistency rules, which run on the whole draft afterwards (mutateDeployment).
import type { DeploymentFile } from "../formats/deployment";
import { FORM_FIELD } from "./field-paths";
import { dropCertificatesOf, renameCertificateServer } from "./prerequisite-edits";

type SiteIn = DeploymentFile["sites"][number];
type PoolIn = DeploymentFile["pools"][number];
type ServerIn = DeploymentFile["servers"][number];
type DatabaseIn = NonNullable<DeploymentFile["databases"]>[number];
type FileShareIn = NonNullable<DeploymentFile["fileShares"]>[number];
type WorkloadIn = DeploymentFile["priorities"]["workloads"][number];
type PrioritiesIn = DeploymentFile["priorities"];

/** The outcome of an edit: applied (with the path -> field table for its errors) or refused. */
export type Edit = { ok: true; fields: Record<string, string>; note?: string } | { ok: false; message: string; field?: string };

const refuse = (message: string, field?: string): Edit => ({ ok: false, message, field });

/** Path -> field entries for one entity: `servers[3].fqdn` -> "fqdn", and the entity itself. */
export function entityFields(at: string, fields: readonly string[], self: string = FORM_FIELD): Record<string, string> {
  return Object.fromEntries([[at, self], ...fields.map((f) => [`${at}.${f}`, f])]);
}

const SITE_FIELDS = ["name", "kind", "domainControllers"] as const;
const POOL_FIELDS = ["name", "kind", "site", "backEnd"] as const;
const SERVER_FIELDS = ["fqdn", "site", "pool", "roles", "spareHardware", "sqlInstance"] as const;
const DATABASE_FIELDS = ["name", "server", "sizeGb"] as const;
const SHARE_FIELDS = ["content", "path", "sizeGb"] as const;

const gone = (what: string) => refuse(`${what} no longer exists (someone may have removed it). Reload the page.`);

function listNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// ---- General --------------------------------------------------------------------------------

export function saveGeneral(d: DeploymentFile, general: Pick<DeploymentFile, "name" | "forest" | "edge">): Edit {
  d.name = general.name;
  d.forest = general.forest;
  if (general.edge) d.edge = general.edge;
  else delete d.edge;
  return { ok: true, fields: { name: "name", forest: "forest", edge: "edge" } };
}

// ---- Sites ----------------------------------------------------------------------------------

export function saveSite(d: DeploymentFile, original: string | undefined, site: SiteIn): Edit {
  const clash = d.sites.findIndex((s) => s.name === site.name && s.name !== original);
  if (clash >= 0) return refuse(`a site named "${site.name}" already exists`, "name");
  if (original === undefined) {
    d.sites.push(site);
    return { ok: true, fields: entityFields(`sites[${d.sites.length - 1}]`, SITE_FIELDS) };
  }
  const i = d.sites.findIndex((s) => s.name === original);
  if (i < 0) return gone(`Site "${original}"`);
  if (site.name !== original) {
    d.pools.forEach((p) => {
      if (p.site === original) p.site = site.name;
    });
    d.servers.forEach((s) => {
      if (s.site === original) s.site = site.name;
    });
  }
  d.sites[i] = site;
  return { ok: true, fields: entityFields(`sites[${i}]`, SITE_FIELDS) };
}

export function removeSite(d: DeploymentFile, name: string): Edit {
  const i = d.sites.findIndex((s) => s.name === name);
  if (i < 0) return gone(`Site "${name}"`);
  const pools = d.pools.filter((p) => p.site === name).map((p) => p.name);
  const servers = d.servers.filter((s) => s.site === name).map((s) => s.fqdn);
  if (pools.length > 0 || servers.length > 0) {
    const what = [
      pools.length ? `${plural(pools.length, "pool")} (${listNames(pools)})` : "",
      servers.length ? `${plural(servers.length, "server")} (${listNames(servers)})` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    return refuse(`Site "${name}" still has ${what}. Move them to another site or remove them first.`);
  }
  if (d.sites.length === 1) return refuse("A deployment needs at least one site: add another site before removing this one.");
  d.sites.splice(i, 1);
  return { ok: true, fields: {} };
}

// ---- Pools ----------------------------------------------------------------------------------

/** Edit an existing pool. A rename follows into its servers; its servers move with it to a new site. */
export function savePool(d: DeploymentFile, original: string, pool: PoolIn): Edit {
  const i = d.pools.findIndex((p) => p.name === original);
  if (i < 0) return gone(`Pool "${original}"`);
  if (d.pools.some((p, j) => j !== i && p.name === pool.name)) return refuse(`a pool named "${pool.name}" already exists`, "name");
  const before = d.pools[i];
  d.servers.forEach((s) => {
    if (s.pool !== original) return;
    s.pool = pool.name;
    if (pool.site !== before.site) s.site = pool.site;
  });
  const next: PoolIn = { name: pool.name, kind: pool.kind, site: pool.site };
  // A Standard Edition pool keeps its databases on its own server: a back end left in the form is dropped.
  if (pool.kind !== "standard" && pool.backEnd) next.backEnd = pool.backEnd;
  d.pools[i] = next;
  return { ok: true, fields: entityFields(`pools[${i}]`, POOL_FIELDS, "kind") };
}

export interface FirstPoolServers {
  /** The Standard Edition server (standard pool) or the first front end (Enterprise pool). */
  memberFqdn: string;
  /** Enterprise pools: the back-end SQL Server; a new server is added unless it exists already. */
  backEndFqdn?: string;
}

/** Add a pool together with the servers it cannot exist without (a pool is never valid empty). */
export function addPool(d: DeploymentFile, pool: PoolIn, first: FirstPoolServers): Edit {
  if (d.pools.some((p) => p.name === pool.name)) return refuse(`a pool named "${pool.name}" already exists`, "name");
  if (d.servers.some((s) => s.fqdn === first.memberFqdn)) return refuse(`a server "${first.memberFqdn}" already exists`, "memberFqdn");
  const fields: Record<string, string> = {};
  const poolAt = `pools[${d.pools.length}]`;
  if (pool.kind === "standard") {
    d.pools.push({ name: pool.name, kind: pool.kind, site: pool.site });
  } else {
    if (!first.backEndFqdn) return refuse("an Enterprise pool needs its back-end SQL Server", "backEnd");
    d.pools.push({ name: pool.name, kind: pool.kind, site: pool.site, backEnd: first.backEndFqdn });
    if (!d.servers.some((s) => s.fqdn === first.backEndFqdn)) {
      fields[`servers[${d.servers.length}]`] = "backEnd";
      d.servers.push({ fqdn: first.backEndFqdn, site: pool.site, roles: ["back-end-sql"] });
    }
  }
  fields[`servers[${d.servers.length}]`] = "memberFqdn";
  d.servers.push({
    fqdn: first.memberFqdn,
    site: pool.site,
    pool: pool.name,
    roles: [pool.kind === "standard" ? "standard-edition" : "front-end"],
  });
  return { ok: true, fields: { ...entityFields(poolAt, POOL_FIELDS, "kind"), ...fields } };
}

/** Remove a pool; with `withServers`, its member servers (and the databases they hold) go too. */
export function removePool(d: DeploymentFile, name: string, withServers: boolean): Edit {
  const i = d.pools.findIndex((p) => p.name === name);
  if (i < 0) return gone(`Pool "${name}"`);
  const members = d.servers.filter((s) => s.pool === name).map((s) => s.fqdn);
  if (members.length > 0 && !withServers)
    return refuse(
      `Pool "${name}" still has ${plural(members.length, "server")} (${listNames(members)}). Move them to another pool, or confirm again with "Also remove its servers" ticked.`,
    );
  if (d.pools.length === 1) return refuse("A deployment needs at least one pool: add another pool before removing this one.");
  d.pools.splice(i, 1);
  if (members.length > 0) {
    d.servers = d.servers.filter((s) => s.pool !== name);
    if (d.databases) d.databases = d.databases.filter((b) => !members.includes(b.server));
  }
  return { ok: true, fields: {}, note: members.length > 0 ? `Removed pool "${name}" and ${plural(members.length, "server")}.` : undefined };
}

// ---- Servers --------------------------------------------------------------------------------

/** Add (original undefined) or edit a server; a new FQDN follows into pools' back ends and databases. */
export function saveServer(d: DeploymentFile, original: string | undefined, server: ServerIn): Edit {
  if (d.servers.some((s) => s.fqdn === server.fqdn && s.fqdn !== original))
    return refuse(`a server "${server.fqdn}" already exists`, "fqdn");
  const next: ServerIn = { fqdn: server.fqdn, site: server.site, roles: server.roles };
  if (server.pool) next.pool = server.pool;
  if (server.spareHardware) next.spareHardware = true;
  if (server.sqlInstance) next.sqlInstance = server.sqlInstance;
  if (server.os) next.os = server.os;
  if (server.sql) next.sql = server.sql;
  if (original === undefined) {
    d.servers.push(next);
    return { ok: true, fields: entityFields(`servers[${d.servers.length - 1}]`, SERVER_FIELDS) };
  }
  const i = d.servers.findIndex((s) => s.fqdn === original);
  if (i < 0) return gone(`Server "${original}"`);
  if (next.fqdn !== original) {
    d.pools.forEach((p) => {
      if (p.backEnd === original) p.backEnd = next.fqdn;
    });
    d.databases?.forEach((b) => {
      if (b.server === original) b.server = next.fqdn;
    });
    renameCertificateServer(d, original, next.fqdn);
  }
  d.servers[i] = next;
  return { ok: true, fields: entityFields(`servers[${i}]`, SERVER_FIELDS) };
}

export function removeServer(d: DeploymentFile, fqdn: string): Edit {
  const i = d.servers.findIndex((s) => s.fqdn === fqdn);
  if (i < 0) return gone(`Server "${fqdn}"`);
  const backEndOf = d.pools.filter((p) => p.backEnd === fqdn).map((p) => p.name);
  if (backEndOf.length > 0)
    return refuse(`${fqdn} is the back-end SQL Server of pool ${listNames(backEndOf)}: give the pool another back end first.`);
  const holds = (d.databases ?? []).filter((b) => b.server === fqdn).map((b) => b.name);
  if (holds.length > 0) return refuse(`${fqdn} holds the databases ${listNames(holds, 6)}: move or remove them first.`);
  d.servers.splice(i, 1);
  dropCertificatesOf(d, fqdn);
  return { ok: true, fields: {} };
}

// ---- Databases and file shares ----------------------------------------------------------------

export function saveDatabase(d: DeploymentFile, index: number | undefined, database: DatabaseIn): Edit {
  const list = (d.databases ??= []);
  if (index === undefined) {
    list.push(database);
    return { ok: true, fields: entityFields(`databases[${list.length - 1}]`, DATABASE_FIELDS, "name") };
  }
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return gone("This database");
  list[index] = database;
  return { ok: true, fields: entityFields(`databases[${index}]`, DATABASE_FIELDS, "name") };
}

export function removeDatabase(d: DeploymentFile, index: number): Edit {
  const list = d.databases ?? [];
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return gone("This database");
  list.splice(index, 1);
  return { ok: true, fields: {} };
}

export function saveFileShare(d: DeploymentFile, index: number | undefined, share: FileShareIn): Edit {
  const list = (d.fileShares ??= []);
  if (index === undefined) {
    list.push(share);
    return { ok: true, fields: entityFields(`fileShares[${list.length - 1}]`, SHARE_FIELDS, "path") };
  }
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return gone("This file share");
  // The form has no field for D9's normalizationRules (set in the file or the API): an edit keeps it.
  const kept = list[index].normalizationRules;
  list[index] = kept === undefined || share.content !== "address-book" ? share : { ...share, normalizationRules: kept };
  return { ok: true, fields: entityFields(`fileShares[${index}]`, SHARE_FIELDS, "path") };
}

export function removeFileShare(d: DeploymentFile, index: number): Edit {
  const list = d.fileShares ?? [];
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return gone("This file share");
  list.splice(index, 1);
  return { ok: true, fields: {} };
}

// ---- Priorities -----------------------------------------------------------------------------

/** What a button of the priorities form asks for, besides saving the targets typed in. */
export type PriorityIntent = { kind: "save" } | { kind: "up" | "down" | "remove"; workload: string };

/** `up:im-presence`, `down:...`, `remove:...`; anything else saves. */
export function parsePriorityIntent(value: string | undefined): PriorityIntent {
  const m = /^(up|down|remove):(.+)$/.exec(value ?? "");
  return m ? { kind: m[1] as "up" | "down" | "remove", workload: m[2] } : { kind: "save" };
}

/** Ranks 1..n in list order: the order on screen is the restore priority. */
export function renumber<T extends { rank: number }>(list: readonly T[]): T[] {
  return list.map((w, i) => ({ ...w, rank: i + 1 }));
}

/** Apply a move or removal to ranked workloads (in rank order), then renumber. */
export function applyPriorityIntent<T extends { workload: string; rank: number }>(list: readonly T[], intent: PriorityIntent): T[] {
  const out = [...list];
  if (intent.kind !== "save") {
    const i = out.findIndex((w) => w.workload === intent.workload);
    if (i >= 0) {
      if (intent.kind === "remove") out.splice(i, 1);
      else {
        const j = intent.kind === "up" ? i - 1 : i + 1;
        if (j >= 0 && j < out.length) [out[i], out[j]] = [out[j], out[i]];
      }
    }
  }
  return renumber(out);
}

/** The path -> field table of the priorities form, whose targets are named after their workload. */
export function priorityFields(workloads: readonly { workload: string }[], base = "priorities"): Record<string, string> {
  const under = (p: string) => (base ? `${base}.${p}` : p);
  const fields: Record<string, string> = {
    [base]: FORM_FIELD,
    [under("regulated")]: "regulated",
    [under("monthlyBudgetUsd")]: "monthlyBudgetUsd",
    [under("availabilityImpact")]: "availabilityImpact",
  };
  workloads.forEach(({ workload }, i) => {
    const at = under(`workloads[${i}]`);
    fields[at] = `workload:${workload}`;
    fields[`${at}.rtoHours`] = `rtoHours:${workload}`;
    fields[`${at}.rpoHours`] = `rpoHours:${workload}`;
    fields[`${at}.mtdHours`] = `mtdHours:${workload}`;
    fields[`${at}.wrtHours`] = `wrtHours:${workload}`;
  });
  return fields;
}

export function savePriorities(d: DeploymentFile, priorities: PrioritiesIn, intent: PriorityIntent): Edit {
  const workloads = applyPriorityIntent(priorities.workloads, intent);
  d.priorities = { workloads, regulated: priorities.regulated };
  if (priorities.monthlyBudgetUsd !== undefined) d.priorities.monthlyBudgetUsd = priorities.monthlyBudgetUsd;
  if (priorities.availabilityImpact !== undefined) d.priorities.availabilityImpact = priorities.availabilityImpact;
  return { ok: true, fields: priorityFields(workloads) };
}

/** Rank one more workload, after the others. */
export function addWorkload(d: DeploymentFile, w: Omit<WorkloadIn, "rank">): Edit {
  if (d.priorities.workloads.some((x) => x.workload === w.workload)) return refuse(`${w.workload} is already ranked`, "workload");
  d.priorities.workloads = renumber([...d.priorities.workloads, { ...w, rank: 0 }]);
  const at = `priorities.workloads[${d.priorities.workloads.length - 1}]`;
  return { ok: true, fields: entityFields(at, ["workload", "rtoHours", "rpoHours"], "workload") };
}

// ---- Messages -------------------------------------------------------------------------------

/**
 * Adds the name of the entity after each indexed path in a problem's text (`servers[10]` ->
 * `servers[10] (edge01.litware.com)`), so an error about another part of the deployment says which
 * server, pool or site it is about.
 */
export function nameEntities(text: string, d: DeploymentFile): string {
  return text.replace(
    /\b(sites|pools|servers|databases|fileShares|priorities\.workloads)\[(\d+)\]/g,
    (match, list: string, index: string) => {
      const i = Number(index);
      let name: string | undefined;
      if (list === "sites") name = d.sites[i]?.name;
      else if (list === "pools") name = d.pools[i]?.name;
      else if (list === "servers") name = d.servers[i]?.fqdn;
      else if (list === "databases") name = d.databases?.[i] ? `${d.databases[i].name} on ${d.databases[i].server}` : undefined;
      else if (list === "fileShares") name = d.fileShares?.[i]?.path;
      else name = d.priorities.workloads[i]?.workload;
      return name ? `${match} (${name})` : match;
    },
  );
}
