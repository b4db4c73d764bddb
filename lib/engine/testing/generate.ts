// A large, valid deployment built deterministically from a seed (benchmarks and scale tests).
// Every pool gets the servers its kind requires; every site gets a Director (when it has Enterprise
// pools), an Archiving, Monitoring and Mediation server and an Edge server. Half of the remaining
// budget grows the Enterprise pools, round robin, up to OCS R2's scale of eight servers per role in a
// pool; the rest goes to site roles (Mediation servers, one per gateway, Directors, Edge servers in
// load-balanced arrays, forwarding proxies, more Archiving and Monitoring servers) at the active sites.
// One site in ten is a standby site.
import type { Deployment, Pool, Server } from "../../formats/deployment";
import { DEPLOYMENT_FORMAT } from "../../formats/deployment";
import type { PoolKind, Role } from "../../formats/enums";

export interface GenerateOptions {
  servers: number;
  pools: number;
  seed: number;
}

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXPANDED_MEMBERS: readonly Role[] = [
  "front-end",
  "web-components",
  "web-conferencing",
  "av-conferencing",
  "app-sharing-conferencing",
];

export function generateDeployment({ servers: total, pools: poolCount, seed }: GenerateOptions): Deployment {
  const random = prng(seed);
  const between = (lo: number, hi: number) => Math.round((lo + random() * (hi - lo)) * 10) / 10;
  const domain = "example.com";
  const siteCount = Math.max(1, Math.ceil(poolCount / 10));
  const sites: Deployment["sites"] = Array.from({ length: siteCount }, (_, i) => ({
    name: `site${i}`,
    kind: i === 0 ? "central" : i % 10 === 9 ? "standby" : "remote",
  }));

  const pools: Pool[] = [];
  const servers: Server[] = [];
  const databases: NonNullable<Deployment["databases"]> = [];
  const add = (name: string, site: string, roles: Role[], pool?: string) => {
    const s: Server = { fqdn: `${name}.${domain}`, site, roles, spareHardware: random() < 0.2 };
    if (pool) s.pool = pool;
    servers.push(s);
    return s;
  };

  for (let i = 0; i < poolCount; i++) {
    const kind: PoolKind = i % 10 === 0 ? "standard" : i % 10 < 7 ? "enterprise-consolidated" : "enterprise-expanded";
    const site = sites[i % siteCount].name;
    const name = `pool${i}`;
    if (kind === "standard") {
      pools.push({ name, kind, site });
      const se = add(`se${i}`, site, ["standard-edition"], name);
      databases.push({ name: "RTC", server: se.fqdn, sizeGb: between(1, 10) });
      databases.push({ name: "RTCDyn", server: se.fqdn, sizeGb: between(0.1, 1) });
      continue;
    }
    const be = add(`sql${i}`, site, ["back-end-sql"]);
    pools.push({ name, kind, site, backEnd: be.fqdn });
    databases.push({ name: "RTC", server: be.fqdn, sizeGb: between(5, 60) });
    databases.push({ name: "RTCConfig", server: be.fqdn, sizeGb: between(0.1, 1) });
    databases.push({ name: "RTCDyn", server: be.fqdn, sizeGb: between(0.5, 4) });
    add(`p${i}fe0`, site, ["front-end"], name);
    if (kind === "enterprise-expanded") for (const role of EXPANDED_MEMBERS.slice(1)) add(`p${i}${role}0`, site, [role], name);
  }

  for (const site of sites) {
    const n = site.name;
    if (pools.some((p) => p.site === n && p.kind !== "standard")) add(`dir-${n}`, n, ["director"]);
    const arch = add(`arch-${n}`, n, ["archiving"]);
    databases.push({ name: "LCSLog", server: arch.fqdn, sizeGb: between(10, 200) });
    const mon = add(`mon-${n}`, n, ["monitoring"]);
    databases.push({ name: "RTCCDR", server: mon.fqdn, sizeGb: between(2, 40) });
    databases.push({ name: "QoEMetrics", server: mon.fqdn, sizeGb: between(2, 60) });
    add(`med-${n}`, n, ["mediation"]);
    add(`edge-${n}`, n, ["access-edge", "web-conferencing-edge", "av-edge"]);
  }

  if (servers.length > total) throw new Error(`${poolCount} pools need at least ${servers.length} servers; asked for ${total}`);
  const MAX_PER_ROLE = 8;
  const perPoolRole = new Map<string, number>();
  const growable = pools.filter((p) => p.kind !== "standard");
  const poolBudget = servers.length + Math.floor((total - servers.length) / 2);
  for (let round = 1; round < MAX_PER_ROLE && servers.length < poolBudget; round++)
    for (const p of growable) {
      const roles = p.kind === "enterprise-expanded" ? EXPANDED_MEMBERS : EXPANDED_MEMBERS.slice(0, 1);
      for (const role of roles) {
        if (servers.length >= poolBudget) break;
        const k = (perPoolRole.get(`${p.name}|${role}`) ?? 0) + 1;
        perPoolRole.set(`${p.name}|${role}`, k);
        add(`p${p.name.slice(4)}${role}${k}`, p.site, [role], p.name);
      }
    }
  const SITE_ROLES: readonly Role[][] = [
    ["mediation"],
    ["mediation"],
    ["director"],
    ["access-edge", "web-conferencing-edge", "av-edge"],
    ["forwarding-proxy"],
    ["mediation"],
    ["archiving"],
    ["monitoring"],
  ];
  const activeSites = sites.filter((x) => x.kind !== "standby");
  for (let extra = 0; servers.length < total; extra++) {
    const site = activeSites[extra % activeSites.length].name;
    let roles = SITE_ROLES[Math.floor(extra / activeSites.length) % SITE_ROLES.length];
    if (roles[0] === "director" && !pools.some((p) => p.site === site && p.kind !== "standard")) roles = ["mediation"];
    const s = add(`x${extra}-${roles[0]}`, site, [...roles]);
    if (roles[0] === "archiving") databases.push({ name: "LCSLog", server: s.fqdn, sizeGb: between(10, 200) });
    if (roles[0] === "monitoring") {
      databases.push({ name: "RTCCDR", server: s.fqdn, sizeGb: between(2, 40) });
      databases.push({ name: "QoEMetrics", server: s.fqdn, sizeGb: between(2, 60) });
    }
  }

  return {
    format: DEPLOYMENT_FORMAT,
    name: `Generated (${total} servers, ${poolCount} pools, seed ${seed})`,
    forest: domain,
    sites,
    pools,
    servers,
    edge: { topology: "consolidated" },
    databases,
    fileShares: [
      { content: "meeting-content", path: "\\\\fs01\\ocs\\meetings", sizeGb: between(20, 400) },
      { content: "meeting-metadata", path: "\\\\fs01\\ocs\\metadata", sizeGb: between(1, 10) },
      { content: "compliance-log", path: "\\\\fs01\\ocs\\compliance", sizeGb: between(5, 100) },
      { content: "address-book", path: "\\\\fs01\\ocs\\abs", sizeGb: between(1, 10) },
    ],
    dependencies: {
      activeDirectory: { backedUp: true },
      dns: { backedUp: random() < 0.5 },
      reverseProxy: { fqdn: `rp.${domain}`, backedUp: random() < 0.5 },
      certificates: { backedUp: random() < 0.5 },
    },
    priorities: {
      workloads: [
        { workload: "im-presence", rank: 1, rtoHours: 4, rpoHours: 24 },
        { workload: "enterprise-voice", rank: 2, rtoHours: 4, rpoHours: 24 },
        { workload: "remote-access", rank: 3, rtoHours: 8, rpoHours: 24 },
        { workload: "web-conferencing", rank: 4, rtoHours: 24, rpoHours: 24 },
        { workload: "av-conferencing", rank: 5, rtoHours: 24, rpoHours: 24 },
        { workload: "archiving", rank: 6, rtoHours: 48, rpoHours: 12 },
        { workload: "monitoring", rank: 7, rtoHours: 72, rpoHours: 24 },
      ],
      regulated: true,
    },
    backup: {
      databaseFrequencyHours: 24,
      settingsFrequencyHours: 168,
      fileShareFrequencyHours: 24,
      windowStartHour: 1,
      retentionCopies: 14,
      location: "remote",
      offsiteCopy: true,
      encrypted: true,
      bandwidthMbps: 1000,
      restoreTested: false,
      logsSeparateFromData: true,
    },
    recovery: { vendorHardwareSlaHours: 8, adminsAvailable: 4, staffTrained: true, mediaAvailable: true },
  };
}
