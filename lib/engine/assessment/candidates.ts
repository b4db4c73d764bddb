// Candidate changes the recommender tries, each as RFC 6902 operations on the deployment file. Pruned
// to what can matter: spare hardware only for servers whose hardware wait lies on the critical chain
// of a ranked workload's worst case, backup intervals only when a data loss target is missed, and the
// practice switches (off-site copy, encryption, tested restore...) only when they are off today.
import type { Deployment } from "../../formats/deployment";
import type { PatchOperation, RpoEntry, Scenario } from "../../formats/plan";
import { criticalChain, serverRange } from "./critical-path";
import { rankedWorkloads, worstRecovery } from "./worst";

export interface Candidate {
  id: string;
  kind: string;
  title: string;
  detail: string;
  patch: PatchOperation[];
  rules: string[];
  /** True when the cost is the backup storage the assumptions price (P4). */
  storageCosted?: boolean;
}

/** Backup intervals offered, longest first; a target is met by the longest one within it. */
const INTERVALS = [12, 8, 6, 4, 2, 1];
const FASTER_SLA_HOURS = 4;
/** At most this many single-server spare candidates per critical chain (the group is tried as well). */
const SINGLE_SPARES_PER_CHAIN = 2;
/** At most this many spare hardware candidates in all: each costs a full re-plan. */
const MAX_SPARE_CANDIDATES = 6;

export function candidatesFor(d: Deployment, scenarios: readonly Scenario[], rpo: readonly RpoEntry[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (c: Candidate) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push(c);
  };
  const serverIndex = new Map(d.servers.map((s, i) => [s.fqdn, i]));
  const spareCandidate = (fqdns: string[]): Candidate => {
    const sorted = [...fqdns].sort((a, b) => serverIndex.get(a)! - serverIndex.get(b)!);
    return {
      id: `spare:${sorted.join(",")}`,
      kind: "spare-hardware",
      title: `Keep spare hardware for ${serverRange(sorted)}`,
      detail: `Spare servers on hand skip the ${d.recovery.vendorHardwareSlaHours} h wait for the vendor's replacement hardware (B8).`,
      patch: sorted.map((f) => ({ op: "add", path: `/servers/${serverIndex.get(f)}/spareHardware`, value: true })),
      rules: ["B8"],
    };
  };

  const missed = rankedWorkloads(d)
    .map((w) => ({ w, worst: worstRecovery(scenarios, w.workload) }))
    .filter((x) => x.worst && x.worst.hours > x.w.rtoHours);
  const allWaiting = new Set<string>();
  const groups: string[][] = [];
  const singles: string[] = [];
  for (const { w, worst } of missed) {
    const chain = criticalChain(worst!.scenario, w.workload);
    if (!chain) continue;
    const noSpare = (f: string) => serverIndex.has(f) && d.servers[serverIndex.get(f)!].spareHardware !== true;
    const waiting = [...new Set(chain.steps.filter((s) => s.waiting && s.server && s.minutes > 0).map((s) => s.server!))].filter(noSpare);
    if (chain.dominant?.waiting) {
      const group = chain.dominantServers.filter(noSpare);
      if (group.length > 0) groups.push(group);
    }
    singles.push(...waiting.slice(0, SINGLE_SPARES_PER_CHAIN));
    for (const f of waiting) allWaiting.add(f);
  }
  // Most promising first: the servers of each dominating wait, all waiting servers together, then single servers.
  const spares = [...groups, ...(allWaiting.size > 1 ? [[...allWaiting]] : []), ...singles.map((f) => [f])].map(spareCandidate);
  const spareIds = new Set<string>();
  for (const c of spares)
    if (spareIds.size < MAX_SPARE_CANDIDATES && !spareIds.has(c.id) && !seen.has(c.id)) {
      spareIds.add(c.id);
      push(c);
    }

  if (missed.length > 0) {
    const n = d.recovery.adminsAvailable;
    push({
      id: "admins:+1",
      kind: "administrator",
      title: `Have one more administrator on call (${n + 1} instead of ${n})`,
      detail: "Hands-on steps of different servers run in parallel when more people can take them.",
      patch: [{ op: "replace", path: "/recovery/adminsAvailable", value: n + 1 }],
      rules: ["P5", "B7"],
    });
    if (d.recovery.vendorHardwareSlaHours > FASTER_SLA_HOURS && d.servers.some((s) => s.spareHardware !== true))
      push({
        id: `sla:${FASTER_SLA_HOURS}`,
        kind: "vendor-sla",
        title: `Negotiate a ${FASTER_SLA_HOURS} h hardware replacement SLA (today ${d.recovery.vendorHardwareSlaHours} h)`,
        detail: "A vendor SLA of a few hours shortens every wait for replacement hardware (B8).",
        patch: [{ op: "replace", path: "/recovery/vendorHardwareSlaHours", value: FASTER_SLA_HOURS }],
        rules: ["B8"],
      });
    const standby = standbyCandidate(d);
    if (standby) push(standby);
    if (!d.recovery.staffTrained)
      push({
        id: "train-staff",
        kind: "training",
        title: "Train the administrators on these runbooks",
        detail: "Untrained staff take longer over every hands-on step (B7).",
        patch: [{ op: "replace", path: "/recovery/staffTrained", value: true }],
        rules: ["B7"],
      });
    if (!d.recovery.mediaAvailable)
      push({
        id: "media",
        kind: "media",
        title: "Keep the software media and updates at hand",
        detail: "Every rebuild waits for the media otherwise (B3).",
        patch: [{ op: "replace", path: "/recovery/mediaAvailable", value: true }],
        rules: ["B3"],
      });
    if (!d.dependencies.activeDirectory.backedUp)
      push({
        id: "back-up-ad",
        kind: "environment",
        title: "Back up Active Directory (system state of a domain controller)",
        detail: "Restoring Active Directory is far quicker than rebuilding it (S6).",
        patch: [{ op: "replace", path: "/dependencies/activeDirectory/backedUp", value: true }],
        rules: ["S6"],
      });
  }

  const interval = (
    kind: RpoEntry["kind"],
    field: "databaseFrequencyHours" | "fileShareFrequencyHours",
    what: string,
  ): Candidate | undefined => {
    const current = d.backup[field];
    const misses = rpo.filter((r) => r.kind === kind && r.meets === false && r.targetHours !== null);
    if (misses.length === 0) return undefined;
    const target = Math.min(...misses.map((r) => r.targetHours!));
    const next = INTERVALS.find((h) => h <= target) ?? INTERVALS[INTERVALS.length - 1];
    if (current > 0 && next >= current) return undefined;
    const items = [...new Set(misses.map((r) => r.data))].join(", ");
    const c: Candidate = {
      id: `${field}:${next}`,
      kind: "backup-interval",
      title: `Back up the ${what} every ${next} h${current > 0 ? ` instead of every ${current} h` : ""}`,
      detail: `${items} miss${misses.length === 1 ? "es" : ""} a ${target} h data loss target; the interval between full backups bounds the loss (P2). The deployment file sets one interval for all ${what}.`,
      patch: [{ op: "replace", path: `/backup/${field}`, value: next }],
      rules: ["P2", "D5"],
      storageCosted: true,
    };
    push(c);
    return c;
  };
  const databases = interval("database", "databaseFrequencyHours", "databases");
  const shares = interval("file-share", "fileShareFrequencyHours", "file shares");
  // A workload's data often spans both (archiving: LCSLog and the compliance log share).
  if (databases && shares)
    push({
      id: `${databases.id}+${shares.id}`,
      kind: "backup-interval",
      title: `${databases.title}, and the file shares every ${shares.patch[0].value as number} h`,
      detail: `${databases.detail} ${shares.detail}`,
      patch: [...databases.patch, ...shares.patch],
      rules: ["P2", "D5"],
      storageCosted: true,
    });

  const b = d.backup;
  if (!b.offsiteCopy)
    push({
      id: "offsite-copy",
      kind: "offsite-copy",
      title: "Keep an off-site copy of the backups",
      detail: "A disaster that takes the servers must not take their backups too (P5, S5).",
      patch: [{ op: "replace", path: "/backup/offsiteCopy", value: true }],
      rules: ["P5", "S5"],
      storageCosted: true,
    });
  if (!b.encrypted)
    push({
      id: "encrypt",
      kind: "encryption",
      title: "Encrypt the backups and settings exports",
      detail: "They hold contacts, archived messages and server settings (P5).",
      patch: [{ op: "replace", path: "/backup/encrypted", value: true }],
      rules: ["P5"],
    });
  if (!b.restoreTested)
    push({
      id: "test-restore",
      kind: "restore-test",
      title: "Test a restore end to end and time it",
      detail: "Only a tested restore shows the backups work and the estimates hold (B6).",
      patch: [{ op: "replace", path: "/backup/restoreTested", value: true }],
      rules: ["B6"],
    });
  if (b.settingsFrequencyHours === 0 || (b.databaseFrequencyHours > 0 && b.settingsFrequencyHours > b.databaseFrequencyHours)) {
    const next = b.databaseFrequencyHours > 0 ? b.databaseFrequencyHours : 24;
    push({
      id: `settingsFrequencyHours:${next}`,
      kind: "backup-interval",
      title: `Export the LCSCmd settings every ${next} h`,
      detail: "Settings as fresh as the data they are restored with (S2, S3).",
      patch: [{ op: "replace", path: "/backup/settingsFrequencyHours", value: next }],
      rules: ["S2", "S3"],
    });
  }
  return out;
}

/** A standby Standard Edition pool, at the standby site or a new one, that can take the users of a lost site (P5, B8). */
function standbyCandidate(d: Deployment): Candidate | null {
  const standby = d.sites.find((s) => s.kind === "standby");
  if (standby && d.pools.some((p) => p.site === standby.name)) return null;
  if (d.sites.length < 1) return null;
  const siteName = standby?.name ?? uniqueName("Standby", new Set(d.sites.map((s) => s.name)));
  const poolName = uniqueName("standbyse", new Set(d.pools.map((p) => p.name)));
  const fqdn = `${poolName}.${d.forest}`;
  if (d.servers.some((s) => s.fqdn === fqdn)) return null;
  const rtc = Math.max(1, ...(d.databases ?? []).filter((x) => x.name === "RTC").map((x) => x.sizeGb));
  const patch: PatchOperation[] = [];
  if (!standby) patch.push({ op: "add", path: "/sites/-", value: { name: siteName, kind: "standby" } });
  patch.push({ op: "add", path: "/pools/-", value: { name: poolName, kind: "standard", site: siteName } });
  patch.push({
    op: "add",
    path: "/servers/-",
    value: { fqdn, site: siteName, pool: poolName, roles: ["standard-edition"], spareHardware: true },
  });
  const dbs = [
    { name: "RTC", server: fqdn, sizeGb: rtc },
    { name: "RTCConfig", server: fqdn, sizeGb: 0.2 },
    { name: "RTCDyn", server: fqdn, sizeGb: 0.5 },
  ];
  if (d.databases) for (const db of dbs) patch.push({ op: "add", path: "/databases/-", value: db });
  else patch.push({ op: "add", path: "/databases", value: dbs });
  return {
    id: `standby:${siteName}`,
    kind: "standby",
    title: standby ? `Deploy a standby pool at ${siteName}` : `Prepare a standby site with a standby pool (${siteName})`,
    detail: "When a site is lost, its users move to the standby pool instead of waiting for the site to be rebuilt (P5, B8).",
    patch,
    rules: ["P5", "B8"],
  };
}

function uniqueName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}
