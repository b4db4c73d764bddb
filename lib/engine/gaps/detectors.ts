// Every kind of coverage gap as a row: its severity, the rules behind it and a detector that reads the
// deployment's current practice and the computed plan. Gap ids are stable: `<kind>` or `<kind>:<subject>`.
import { WORKLOAD_LABELS, type Workload } from "../../formats/enums";
import type { BestPracticeCheck } from "../../formats/plan";
import { hoursOf } from "../schedule";
import { hasPeerFor, workloadsUsingDatabase } from "../topology";
import { ENVIRONMENT_ROWS } from "../rules/environment";
import { EXPECTED_SHARES } from "../rules/file-shares";
import type { GapContext, GapDraft, GapRule } from "./context";
import { rpoGaps, rtoGaps } from "./recovery";
import { PEOPLE_GAP_RULES } from "./people";

export type { GapContext, GapDraft, GapRule } from "./context";

const one = (cond: boolean, draft: GapDraft): GapDraft[] => (cond ? [draft] : []);
const failed = (ctx: GapContext, id: BestPracticeCheck["id"]) => ctx.bestPractices.find((b) => b.id === id)?.status === "fail";
const whyOf = (ctx: GapContext, id: BestPracticeCheck["id"]) => ctx.bestPractices.find((b) => b.id === id)?.why ?? "";

export const GAP_RULES: readonly GapRule[] = [
  {
    // Extension 1: without a destination the commands keep the <dir> placeholder and the job pack cannot run.
    kind: "no-backup-destination",
    severity: "warning",
    rules: ["P5", "S5"],
    detect: (ctx) => [
      ...one(!ctx.d.backup.destination, {
        id: "no-backup-destination",
        subject: "backup.destination",
        message:
          "The model does not say where backups go: every backup command keeps the <dir> placeholder, and the job pack's scripts stop without writing anything until it is set.",
        fix: "Set the backup destination under Backup practice: a UNC path on a computer outside every pool (\\\\backup01\\ocs) or a drive path (E:\\ocs-backup). The jobs write settings\\, databases\\<server>\\ and shares\\<content>\\ under it.",
      }),
      ...one(ctx.d.backup.offsiteCopy && !ctx.d.backup.offsiteDestination, {
        id: "no-offsite-destination",
        subject: "backup.offsiteDestination",
        severity: "info",
        message: "An off-site copy is kept, but the model does not say where: the job pack has no off-site copy job.",
        fix: "Set the off-site destination under Backup practice (a UNC or drive path at another site) so the job pack copies every backup there.",
      }),
    ],
  },
  {
    kind: "no-machine-export",
    severity: "critical",
    rules: ["S3", "S5"],
    detect: (ctx) =>
      ctx.d.backup.settingsFrequencyHours > 0
        ? []
        : ctx.settingsExports
            .filter((e) => e.levels.includes("machine"))
            .map((e) => ({
              id: `no-machine-export:${e.server}`,
              subject: e.server,
              message: `No machine-level settings export of ${e.server} is taken today: if it is lost, its settings must be rebuilt by hand.`,
              fix: `Schedule the export and copy the file to separate storage: ${e.command}`,
            })),
  },
  {
    kind: "no-pool-export",
    severity: "critical",
    rules: ["S2", "S5"],
    detect: (ctx) =>
      ctx.d.backup.settingsFrequencyHours > 0
        ? []
        : ctx.settingsExports
            .filter((e) => e.levels.includes("pool"))
            .map((e) => ({
              id: `no-pool-export:${e.pool}`,
              subject: e.pool ?? e.server,
              message: `No global and pool settings export of ${e.pool} is taken today: losing the pool or Active Directory loses its configuration.`,
              fix: `Schedule the export on ${e.server}: ${e.command}`,
            })),
  },
  {
    kind: "database-not-backed-up",
    severity: "critical",
    rules: ["D1", "D4", "D5", "B1"],
    detect: (ctx) =>
      ctx.d.backup.databaseFrequencyHours > 0
        ? []
        : ctx.databaseBackups
            .filter((b) => b.backUp)
            .map((b) => ({
              id: `database-not-backed-up:${b.database}@${b.server}`,
              subject: `${b.database} on ${b.server}`,
              message: `${b.database} on ${b.server} is not backed up today: a loss takes all of its data.`,
              fix: `Take a full backup of ${b.database} at least every ${b.frequencyHours} h with ${b.tool}.`,
            })),
  },
  {
    kind: "share-not-backed-up",
    severity: "warning",
    rules: ["D6"],
    detect: (ctx) =>
      ctx.d.backup.fileShareFrequencyHours > 0
        ? []
        : ctx.fileShareBackups
            .filter((b) => b.backUp)
            .map((b) => ({
              id: `share-not-backed-up:${b.content}@${b.path}`,
              subject: b.path,
              message: `The ${b.content} share at ${b.path} is not backed up today.`,
              fix: `Back it up at least every ${b.frequencyHours} h with ${b.tool}.`,
              severity: b.content === "compliance-log" && ctx.d.priorities.regulated ? "critical" : undefined,
            })),
  },
  {
    kind: "missing-database",
    severity: "warning",
    rules: ["D1", "D4"],
    detect: (ctx) =>
      ctx.ix.missingDatabases.map((m) => ({
        id: `missing-database:${m.name}@${m.host.fqdn}`,
        subject: m.host.fqdn,
        message: `The ${m.because} ${m.host.fqdn} implies a ${m.name} database, but the deployment file lists none: the plan cannot schedule or size its backup.`,
        fix: `Add ${m.name} (with its host and size) to the deployment's databases so it is backed up and its restore time estimated.`,
        severity: m.name === "LCSLog" && ctx.d.priorities.regulated ? "critical" : undefined,
      })),
  },
  {
    kind: "missing-share",
    severity: "warning",
    rules: ["D6"],
    detect: (ctx) => {
      const listed = new Set((ctx.d.fileShares ?? []).map((s) => s.content));
      const out: GapDraft[] = [];
      if (ctx.ix.servedWorkloads.includes("web-conferencing"))
        for (const content of EXPECTED_SHARES)
          if (!listed.has(content))
            out.push({
              id: `missing-share:${content}`,
              subject: content,
              message: `No ${content} share is listed, although the pools host web conferencing: meeting content would be lost with its server.`,
              fix: `Add the ${content} share (path and size) to the deployment so the plan backs it up.`,
            });
      if (ctx.d.priorities.regulated && !listed.has("compliance-log"))
        out.push({
          id: "missing-share:compliance-log",
          subject: "compliance-log",
          message: "The organisation is regulated but no meeting compliance log share is listed.",
          fix: "Add the compliance log share to the deployment so the plan backs it up.",
        });
      return out;
    },
  },
  {
    kind: "environment",
    severity: "warning",
    rules: ["S6"],
    detect: (ctx) => {
      const out: GapDraft[] = [];
      for (const row of ENVIRONMENT_ROWS) {
        const e = ctx.environment.find((x) => x.id === row.id);
        if (!e || e.backedUp === true) continue;
        out.push(
          e.backedUp === false
            ? {
                id: row.gapId,
                subject: e.subject,
                message: `No backup of ${row.dependency} (${e.subject}) is taken today, and OCS cannot be restored without it.`,
                fix: row.action,
                severity: row.severityWhenMissing,
              }
            : {
                id: `${row.gapId.replace(/-not-backed-up$/, "")}-backup-unknown`,
                subject: e.subject,
                message: `The deployment file does not record whether ${row.dependency} (${e.subject}) are backed up.`,
                fix: row.action,
                severity: "info",
              },
        );
      }
      const edge = ctx.ix.servers.some((s) => s.perimeter);
      if (edge && !ctx.d.dependencies.reverseProxy)
        out.push({
          id: "reverse-proxy-unknown",
          subject: "reverse proxy",
          message:
            "Edge servers are deployed but no reverse proxy is listed; external users normally reach meeting content and address book files through one.",
          fix: "If a reverse proxy publishes the Web Components, add it to the dependencies and back up its settings.",
          severity: "info",
        });
      return out;
    },
  },
  {
    kind: "regulated-without-archiving",
    severity: "critical",
    rules: ["P3"],
    detect: (ctx) =>
      one(ctx.d.priorities.regulated && !ctx.ix.servers.some((s) => s.server.roles.includes("archiving")), {
        id: "regulated-without-archiving",
        subject: ctx.d.name,
        message: "The organisation is regulated but has no Archiving Server: there is no record of communications to keep current.",
        fix: "Deploy an Archiving Server and back up its LCSLog database as often as the regulation requires.",
      }),
  },
  {
    kind: "archiving-rpo-over-target",
    severity: "critical",
    rules: ["P3", "P2", "D4"],
    detect: (ctx) =>
      !ctx.d.priorities.regulated
        ? []
        : ctx.rpo
            .filter((r) => r.data === "LCSLog" && r.meets === false)
            .map((r) => ({
              id: `archiving-rpo-over-target:${r.subject}`,
              subject: `LCSLog on ${r.subject}`,
              message: `A loss on ${r.subject} can cost up to ${r.hours} h of archived communications (backup interval plus the backup's own run), but the regulated target allows ${r.targetHours} h.`,
              fix: `Back up LCSLog more often: the interval plus the time the backup takes must stay within ${r.targetHours} h.`,
            })),
  },
  {
    kind: "backups-local-only",
    severity: "critical",
    rules: ["P5", "S5"],
    detect: (ctx) =>
      one(ctx.d.backup.location === "local" && !ctx.d.backup.offsiteCopy, {
        id: "backups-local-only",
        subject: "backup location",
        message:
          "Backups stay on local storage with no offsite copy: the failure or disaster that takes the servers can take the backups too.",
        fix: "Copy every backup and settings export to secure storage at another location.",
      }),
  },
  {
    kind: "no-offsite-copy",
    severity: "warning",
    rules: ["P5"],
    detect: (ctx) =>
      one(ctx.d.backup.location === "remote" && !ctx.d.backup.offsiteCopy, {
        id: "no-offsite-copy",
        subject: "backup location",
        message: "Backups go to a remote location but no offsite copy is kept: a site-wide disaster there loses them.",
        fix: "Keep a further copy offsite (another site or rotated media).",
      }),
  },
  {
    kind: "no-bandwidth-to-backups",
    severity: "critical",
    rules: ["P5"],
    detect: (ctx) =>
      one(ctx.d.backup.location === "remote" && ctx.d.backup.bandwidthMbps <= 0, {
        id: "no-bandwidth-to-backups",
        subject: "backup location",
        message: "Backups are remote but there is no bandwidth to bring them back: every restore waits for media by courier.",
        fix: "Provide a network path to the backup location, or keep a local copy of the latest backups.",
      }),
  },
  {
    kind: "slow-restore-transfer",
    severity: "warning",
    rules: ["P5"],
    detect: (ctx) => {
      if (ctx.d.backup.location !== "remote" || ctx.d.backup.bandwidthMbps <= 0) return [];
      const out: GapDraft[] = [];
      for (const db of ctx.databaseBackups) {
        if (!db.backUp) continue;
        const minutes = ctx.dur.transfer(db.sizeGb ?? 0) ?? 0;
        const target = minRto(ctx, workloadsUsingDatabase(db.database));
        if (target !== null && minutes > target * 60)
          out.push({
            id: `slow-restore-transfer:${db.database}@${db.server}`,
            subject: `${db.database} on ${db.server}`,
            message: `Copying the ${db.sizeGb} GB backup of ${db.database} back over ${ctx.d.backup.bandwidthMbps} Mbit/s takes about ${hoursOf(minutes)} h, longer than the ${target} h recovery target.`,
            fix: "Raise the bandwidth to the backup location or keep a local copy of the latest backup.",
          });
      }
      return out;
    },
  },
  {
    kind: "backups-unencrypted",
    severity: "warning",
    rules: ["P5"],
    detect: (ctx) =>
      one(!ctx.d.backup.encrypted, {
        id: "backups-unencrypted",
        subject: "backup storage",
        message: "Backups are not encrypted: they hold users' contacts, archived messages and server settings.",
        fix: "Encrypt the backups and the settings exports, and restrict who can read them.",
      }),
  },
  {
    kind: "retention-too-short",
    severity: "warning",
    rules: ["P2"],
    detect: (ctx) =>
      one(ctx.d.backup.retentionCopies < 2, {
        id: "retention-too-short",
        subject: "retention",
        message: `Only ${ctx.d.backup.retentionCopies} backup cop${ctx.d.backup.retentionCopies === 1 ? "y is" : "ies are"} kept: a damaged latest backup leaves nothing to fall back on.`,
        fix: "Keep at least two full copies, more where data is regulated.",
      }),
  },
  {
    kind: "restore-never-tested",
    severity: "warning",
    rules: ["B6"],
    detect: (ctx) =>
      one(failed(ctx, "B6"), {
        id: "restore-never-tested",
        subject: "restore test",
        message: whyOf(ctx, "B6"),
        fix: "Restore a full set (settings exports, RTC database, file shares) onto test servers and time it against this plan.",
      }),
  },
  {
    kind: "staff-not-trained",
    severity: "warning",
    rules: ["B7"],
    detect: (ctx) =>
      one(failed(ctx, "B7"), {
        id: "staff-not-trained",
        subject: "recovery staff",
        message: `${whyOf(ctx, "B7").replace(/\.$/, "")} (a factor of ${ctx.dur.a.untrainedFactor} is applied to hands-on steps).`,
        fix: "Train the administrators on these runbooks and run a disaster-recovery drill.",
      }),
  },
  {
    kind: "logs-with-data",
    severity: "warning",
    rules: ["B9"],
    detect: (ctx) =>
      one(failed(ctx, "B9"), {
        id: "logs-with-data",
        subject: "SQL Server volumes",
        message: whyOf(ctx, "B9"),
        fix: "Move the transaction logs (.ldf) to a different volume from the database files (.mdf).",
      }),
  },
  {
    kind: "media-not-available",
    severity: "warning",
    rules: ["B3"],
    detect: (ctx) =>
      one(failed(ctx, "B3"), {
        id: "media-not-available",
        subject: "software media",
        message: `${whyOf(ctx, "B3")} Each runbook allows ${hoursOf(ctx.dur.a.missingMediaMinutes)} h for them.`,
        fix: "Keep the Windows, SQL Server and OCS media with current updates where the recovery team can reach them.",
      }),
  },
  {
    kind: "backup-window-busy",
    severity: "info",
    rules: ["B2"],
    detect: (ctx) =>
      one(failed(ctx, "B2"), {
        id: "backup-window-busy",
        subject: "backup window",
        message: whyOf(ctx, "B2"),
        fix: "Start the backups in the low-usage hours.",
      }),
  },
  {
    kind: "backup-window-overrun",
    severity: "info",
    rules: ["B2"],
    detect: (ctx) =>
      failed(ctx, "B2") || ctx.backupWindow.fitsLowUsage
        ? []
        : [
            {
              id: "backup-window-overrun",
              subject: "backup window",
              message: `The backups start in the low-usage hours but take ${ctx.backupWindow.totalHours} h, or repeat during the day, so they run into busy hours.`,
              fix: "Start earlier, back up less often during the day, or speed the backups up (faster storage, separate backup network).",
            },
          ],
  },
  {
    kind: "storage-over-budget",
    severity: "warning",
    rules: ["P4"],
    detect: (ctx) =>
      ctx.storage.withinBudget !== false
        ? []
        : [
            {
              id: "storage-over-budget",
              subject: "backup storage",
              message: `Keeping ${ctx.storage.retentionCopies} full copies${ctx.storage.offsiteGb > 0 ? " plus the off-site set" : ""} (${ctx.storage.totalGb} GB) costs about $${ctx.storage.monthlyCostUsd} a month, over the $${ctx.storage.budgetUsd} budget.`,
              fix: "Keep fewer copies, compress the backups, move older copies to cheaper storage, or raise the budget.",
            },
          ],
  },
  {
    kind: "hardware-sla-over-target",
    severity: "warning",
    rules: ["B8"],
    detect: (ctx) => {
      const sla = ctx.d.recovery.vendorHardwareSlaHours;
      const tight = ctx.d.priorities.workloads.filter((w) => w.rtoHours < sla).map((w) => w.workload);
      if (tight.length === 0) return [];
      // Servers whose loss is an outage of such a workload: no spare, and no peer serving it meanwhile.
      const exposed = ctx.ix.servers.filter((s) => !s.spare && s.workloads.some((w) => tight.includes(w) && !hasPeerFor(s, w)));
      if (exposed.length === 0) return [];
      return [
        {
          id: "hardware-sla-over-target",
          subject: `${exposed.length} server${exposed.length === 1 ? "" : "s"} without spare hardware`,
          message: `${exposed.length === 1 ? `1 server serving ${tight.map((w) => WORKLOAD_LABELS[w]).join(", ")} has` : `${exposed.length} servers serving ${tight.map((w) => WORKLOAD_LABELS[w]).join(", ")} have`} no spare hardware, and the ${sla} h vendor hardware SLA alone exceeds those workloads' recovery targets.`,
          fix: "Keep spare hardware for those servers, negotiate a shorter SLA, or prepare a standby site.",
        },
      ];
    },
  },
  {
    kind: "rto-over-target",
    severity: "warning",
    rules: ["P1", "P5"],
    detect: rtoGaps,
  },
  {
    kind: "rpo-over-target",
    severity: "warning",
    rules: ["P2", "D5"],
    detect: rpoGaps,
  },
  {
    kind: "settings-drift",
    severity: "warning",
    rules: ["S2", "S3", "P2"],
    detect: (ctx) => {
      const { settingsFrequencyHours: s, databaseFrequencyHours: db } = ctx.d.backup;
      return one(s > 0 && db > 0 && s > db, {
        id: "settings-drift",
        subject: "settings exports",
        message: `Settings are exported every ${s} h but data is backed up every ${db} h: a restore can pair fresh data with stale settings.`,
        fix: `Export the settings at least every ${db} h and after every configuration change.`,
      });
    },
  },
  {
    kind: "single-front-end",
    severity: "info",
    rules: ["P1", "B8"],
    detect: (ctx) =>
      ctx.d.pools
        .filter(
          (p) =>
            p.kind !== "standard" &&
            (ctx.ix.membersByPool.get(p.name) ?? []).filter((m) => m.server.roles.includes("front-end")).length === 1,
        )
        .map((p) => ({
          id: `single-front-end:${p.name}`,
          subject: p.name,
          message: `Enterprise pool ${p.name} has a single front end: losing it takes the whole pool down.`,
          fix: "Add a second front end behind the load balancer.",
        })),
  },
  {
    kind: "no-standby-site",
    severity: "warning",
    rules: ["P5", "B8"],
    detect: (ctx) =>
      ctx.scenarios
        .filter((s) => s.loss.kind === "site" && !s.path && s.workloads.some((w) => w.meets === false))
        .map((s) => ({
          id: `no-standby-site:${s.loss.target}`,
          subject: s.loss.target ?? "",
          message: `Rebuilding site ${s.loss.target} takes about ${s.rtoHours} h and misses recovery targets; no standby site can take over.`,
          fix: "Prepare a standby site with standby servers and a pool to move users to, and keep the backups reachable from it.",
        })),
  },
  {
    kind: "standby-without-pool",
    severity: "warning",
    rules: ["P5"],
    detect: (ctx) => {
      const standby = ctx.ix.standbySite;
      if (!standby || ctx.d.pools.some((p) => p.site === standby.name)) return [];
      return [
        {
          id: `standby-without-pool:${standby.name}`,
          subject: standby.name,
          message: `The standby site ${standby.name} has servers but no pool, so users cannot be moved there.`,
          fix: "Deploy a standby pool at the standby site.",
        },
      ];
    },
  },
  ...PEOPLE_GAP_RULES,
];

function minRto(ctx: GapContext, workloads: readonly Workload[]): number | null {
  let best: number | null = null;
  for (const w of workloads) {
    const p = ctx.ix.priority.get(w);
    if (p && (best === null || p.rtoHours < best)) best = p.rtoHours;
  }
  return best;
}
