// fast-check arbitrary of VALID deployments (they pass validateDeployment): Standard Edition,
// consolidated and expanded pools at central, remote and standby sites, Directors, Archiving,
// Monitoring, Mediation and forwarding proxy servers, every edge topology, databases and shares of
// random sizes, random priorities, backup practice and recovery resources.
import fc from "fast-check";
import { DEPLOYMENT_FORMAT, type Deployment, type Server } from "../../formats/deployment";
import { EDGE_TOPOLOGIES, POOL_KINDS, WORKLOADS, type EdgeTopology, type PoolKind, type Role } from "../../formats/enums";

const size = fc.integer({ min: 0, max: 3000 }).map((x) => x / 10);
const hours = (max: number) => fc.integer({ min: 0, max });

const poolSpec = fc.record({
  kind: fc.constantFrom<PoolKind>(...POOL_KINDS),
  site: fc.nat(),
  frontEnds: fc.integer({ min: 1, max: 3 }),
  expanded: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
  collocated: fc.subarray<Role>(["archiving", "monitoring"]),
  listDatabases: fc.boolean(),
  rtcGb: size,
});

const roleSpec = fc.record({ site: fc.nat(), count: fc.nat(2) });

const spec = fc.record({
  extraSites: fc.array(fc.constantFrom("remote", "standby") as fc.Arbitrary<"remote" | "standby">, { maxLength: 2 }),
  pools: fc.array(poolSpec, { minLength: 1, maxLength: 4 }),
  directors: roleSpec,
  archiving: roleSpec,
  monitoring: fc.record({ site: fc.nat(), count: fc.nat(1) }),
  mediation: roleSpec,
  forwardingProxy: fc.record({ site: fc.nat(), count: fc.nat(1) }),
  edge: fc.option(fc.record({ topology: fc.constantFrom<EdgeTopology>(...EDGE_TOPOLOGIES), count: fc.integer({ min: 1, max: 2 }) }), {
    nil: undefined,
  }),
  dataGb: fc.array(size, { minLength: 3, maxLength: 3 }),
  listDataDatabases: fc.boolean(),
  shares: fc.subarray(["meeting-content", "meeting-metadata", "compliance-log", "address-book"] as const),
  shareGb: size,
  shareOnFrontEnd: fc.boolean(),
  spares: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  dependencies: fc.record({
    activeDirectory: fc.boolean(),
    dns: fc.boolean(),
    reverseProxy: fc.option(fc.boolean(), { nil: undefined }),
    certificates: fc.option(fc.boolean(), { nil: undefined }),
  }),
  workloads: fc.shuffledSubarray([...WORKLOADS]),
  targets: fc.array(fc.tuple(hours(72), hours(48)), { minLength: 8, maxLength: 8 }),
  regulated: fc.boolean(),
  backup: fc.record({
    databaseFrequencyHours: fc.constantFrom(0, 4, 12, 24, 48, 168),
    settingsFrequencyHours: fc.constantFrom(0, 24, 168),
    fileShareFrequencyHours: fc.constantFrom(0, 24, 48),
    windowStartHour: fc.integer({ min: 0, max: 23 }),
    retentionCopies: fc.integer({ min: 0, max: 14 }),
    location: fc.constantFrom("local", "remote") as fc.Arbitrary<"local" | "remote">,
    offsiteCopy: fc.boolean(),
    encrypted: fc.boolean(),
    bandwidthMbps: fc.constantFrom(0, 10, 100, 1000),
    restoreTested: fc.boolean(),
    logsSeparateFromData: fc.boolean(),
  }),
  recovery: fc.record({
    vendorHardwareSlaHours: hours(48),
    adminsAvailable: fc.integer({ min: 1, max: 4 }),
    staffTrained: fc.boolean(),
    mediaAvailable: fc.boolean(),
  }),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

const EXPANDED_ROLES: readonly Role[] = ["web-components", "web-conferencing", "av-conferencing", "app-sharing-conferencing"];

function build(p: Spec): Deployment {
  const domain = "litware.com";
  const sites: Deployment["sites"] = [{ name: "hq", kind: "central" }, ...p.extraSites.map((kind, i) => ({ name: `${kind}${i}`, kind }))];
  const siteAt = (i: number) => sites[i % sites.length].name;
  const servers: Server[] = [];
  const databases: NonNullable<Deployment["databases"]> = [];
  const add = (name: string, site: string, roles: Role[], pool?: string): Server => {
    const s: Server = { fqdn: `${name}.${domain}`, site, roles, spareHardware: p.spares[servers.length % p.spares.length] };
    if (pool) s.pool = pool;
    servers.push(s);
    return s;
  };

  const pools: Deployment["pools"] = p.pools.map((ps, i) => {
    const name = `pool${i}`;
    const site = siteAt(ps.site);
    if (ps.kind === "standard") {
      const se = add(`se${i}`, site, ["standard-edition", ...ps.collocated], name);
      if (ps.listDatabases) {
        databases.push({ name: "RTC", server: se.fqdn, sizeGb: ps.rtcGb });
        databases.push({ name: "RTCDyn", server: se.fqdn, sizeGb: 0.5 });
      }
      return { name, kind: ps.kind, site };
    }
    const be = add(`sql${i}`, site, ["back-end-sql"]);
    for (let f = 0; f < ps.frontEnds; f++) add(`fe${i}-${f}`, site, ["front-end"], name);
    if (ps.kind === "enterprise-expanded")
      EXPANDED_ROLES.forEach((role, r) => {
        for (let k = 0; k < ps.expanded[r]; k++) add(`${role}${i}-${k}`, site, [role], name);
      });
    if (ps.listDatabases) {
      databases.push({ name: "RTC", server: be.fqdn, sizeGb: ps.rtcGb });
      databases.push({ name: "RTCConfig", server: be.fqdn, sizeGb: 0.2 });
    }
    return { name, kind: ps.kind, site, backEnd: be.fqdn };
  });

  const many = (prefix: string, roles: Role[], r: { site: number; count: number }) => {
    const out: Server[] = [];
    for (let k = 0; k < r.count; k++) out.push(add(`${prefix}${k}`, siteAt(r.site + k), roles));
    return out;
  };
  many("dir", ["director"], p.directors);
  many("med", ["mediation"], p.mediation);
  many("fwd", ["forwarding-proxy"], p.forwardingProxy);
  for (const a of many("arch", ["archiving"], p.archiving))
    if (p.listDataDatabases) databases.push({ name: "LCSLog", server: a.fqdn, sizeGb: p.dataGb[0] });
  for (const m of many("mon", ["monitoring"], p.monitoring))
    if (p.listDataDatabases) {
      databases.push({ name: "RTCCDR", server: m.fqdn, sizeGb: p.dataGb[1] });
      databases.push({ name: "QoEMetrics", server: m.fqdn, sizeGb: p.dataGb[2] });
    }

  if (p.edge) {
    const remote = sites.find((s) => s.kind === "remote");
    for (let k = 0; k < p.edge.count; k++) {
      switch (p.edge.topology) {
        case "consolidated":
          add(`edge${k}`, "hq", ["access-edge", "web-conferencing-edge", "av-edge"]);
          break;
        case "single-site":
        case "scaled-single-site":
          add(`edge${k}`, "hq", ["access-edge", "web-conferencing-edge"]);
          add(`avedge${k}`, "hq", ["av-edge"]);
          break;
        case "remote-site":
          add(`edge${k}`, "hq", ["access-edge", "web-conferencing-edge", "av-edge"]);
          if (remote) add(`redge${k}`, remote.name, ["web-conferencing-edge", "av-edge"]);
          break;
      }
    }
  }

  const frontEnd = servers.find((s) => s.roles.includes("front-end"));
  const shareHost = p.shareOnFrontEnd && frontEnd ? frontEnd.fqdn.split(".")[0] : "fs01";
  const fileShares = p.shares.map((content) => ({ content, path: `\\\\${shareHost}\\ocs\\${content}`, sizeGb: p.shareGb }));

  return {
    format: DEPLOYMENT_FORMAT,
    name: "Generated for property tests",
    forest: domain,
    sites,
    pools,
    servers,
    ...(p.edge ? { edge: { topology: p.edge.topology } } : {}),
    databases,
    fileShares,
    dependencies: {
      activeDirectory: { backedUp: p.dependencies.activeDirectory },
      dns: { backedUp: p.dependencies.dns },
      ...(p.dependencies.reverseProxy === undefined
        ? {}
        : { reverseProxy: { fqdn: `rp.${domain}`, backedUp: p.dependencies.reverseProxy } }),
      ...(p.dependencies.certificates === undefined ? {} : { certificates: { backedUp: p.dependencies.certificates } }),
    },
    priorities: {
      workloads: p.workloads.map((workload, i) => ({ workload, rank: i + 1, rtoHours: p.targets[i][0], rpoHours: p.targets[i][1] })),
      regulated: p.regulated,
    },
    backup: p.backup,
    recovery: p.recovery,
  };
}

/** Valid deployments of up to a few dozen servers. */
export const deploymentArbitrary: fc.Arbitrary<Deployment> = spec.map(build);
