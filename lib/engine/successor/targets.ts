// What Microsoft documents about each successor of OCS 2007 R2 (rule M1; facts 9.5, 4 and 5.4): the
// migration paths from this deployment, the end of support, and the published pool failover targets.
import type { MigrationPath, PublishedTarget, SuccessorTarget } from "../../formats/plan-successor";

export const SOURCES = {
  paths2013: "SfBDocs migration paths: Lync Server 2013 from OCS 2007 R2, side by side only, on its own SQL Servers (facts 9.5)",
  upgrade2015: "SfBDocs Skype/SfbServer/plan-your-deployment/upgrade.md (facts 9.5)",
  migration2019:
    "SfBDocs Skype/SfBServer2019/migration/migration-to-skype-for-business-server-2019.md: migrates from Lync Server 2013 or SfB 2015",
  backupFirst: "SfBDocs back-up-systems-and-data_1.md (facts 9.5)",
  cmdlets: "gg425870 and SfBDocs Import-CsLegacyConfiguration (facts 9.5)",
  mediation: "gg398092 (facts 9.5), stated for the Lync Server 2010 Mediation Server",
  backupCmdlets: "SfBDocs backing-up-core-data-and-settings, tools-and-permissions (facts 5.2)",
  failover: "lync-server-2013-failing-over-a-pool.md, failing-back-a-pool.md, configuring-and-monitoring-the-backup-service.md (facts 5.4)",
  dbimpexp: "public scripts showing DBImpExp.exe from the OCS media's Support folder (facts 3.4, third-party source)",
  lifecycle: "Microsoft lifecycle records (facts 9.5)",
  lifecycle2019: "Microsoft lifecycle record products/skype-for-business-server-2019.yml (extended end 2025-10-14; not in the facts file)",
  planner: "this planner's reading of the sources (inferred)",
} as const;

const PAIRED_POOL_CAVEAT =
  "Engineering targets, measured with 40,000 concurrently active and 200,000 enabled users in one world region; the recovery time leaves out the time to decide to fail over and the users' own sign-in.";

const LYNC_2013_FAILOVER: PublishedTarget = {
  measures: "Front End pool failover to its paired pool (and failback)",
  rtoMinutes: 30,
  rpoMinutes: 30,
  source: "lync-server-2013-recovery-time-for-pool-failover-and-pool-failback.md, 2012-09-10 (facts 4)",
  caveat: PAIRED_POOL_CAVEAT,
};

const SFB_FAILOVER: PublishedTarget = {
  measures: "Front End pool failover to its paired pool (and failback)",
  rtoMinutes: 20,
  rtoMinutesFrom: 15,
  rpoMinutes: 5,
  source: "Skype/SfbServer/plan-your-deployment/high-availability-and-disaster-recovery/disaster-recovery.md (facts 4)",
  caveat: PAIRED_POOL_CAVEAT,
};

const SFB_CMS_FAILOVER: PublishedTarget = {
  measures: "Central Management Store failover",
  rtoMinutes: 5,
  rpoMinutes: 5,
  source: "Skype/SfbServer/plan-your-deployment/high-availability-and-disaster-recovery/disaster-recovery.md (facts 4)",
  caveat: "Engineering targets under the same assumptions as the pool failover; decision time left out.",
};

export interface TargetFacts {
  product: string;
  paths: MigrationPath[];
  reasons: string[];
  pathSource: string;
  supportEndsOn: string;
  supportSource: string;
  /** The runbook: the legacy migration to Lync Server 2013, then (SfB 2015) an in-place upgrade. */
  migrationRunbook: "lync-2013" | "lync-2013-then-in-place" | null;
  published: PublishedTarget;
  cmsFailover?: PublishedTarget;
  failback: string;
}

export const TARGETS: Record<SuccessorTarget, TargetFacts> = {
  "lync-2013": {
    product: "Lync Server 2013",
    paths: ["side-by-side"],
    reasons: [],
    pathSource: SOURCES.paths2013,
    supportEndsOn: "2023-04-11",
    supportSource: SOURCES.lifecycle,
    migrationRunbook: "lync-2013",
    published: LYNC_2013_FAILOVER,
    failback:
      "Invoke-CsPoolFailback brings the users home; Microsoft gives up to 60 minutes for a 20,000-user pool (lync-server-2013-failing-back-a-pool.md, facts 4).",
  },
  "sfb-2015": {
    product: "Skype for Business Server 2015",
    paths: ["new-deployment", "via-lync-2013-then-in-place"],
    reasons: [
      "No in-place upgrade from OCS 2007 R2 to Skype for Business Server 2015: Microsoft offers a new Skype for Business Server 2015 deployment, or a side-by-side migration to Lync Server 2013 followed by an in-place upgrade (the runbook below follows the second).",
    ],
    pathSource: SOURCES.upgrade2015,
    supportEndsOn: "2025-10-14",
    supportSource: SOURCES.lifecycle,
    migrationRunbook: "lync-2013-then-in-place",
    published: SFB_FAILOVER,
    cmsFailover: SFB_CMS_FAILOVER,
    failback: "Invoke-CsPoolFailback brings the users home; no failback duration is published for Skype for Business Server.",
  },
  "sfb-2019": {
    product: "Skype for Business Server 2019",
    paths: [],
    reasons: [
      "Skype for Business Server 2019 has no in-place upgrade: side by side only.",
      "Its side-by-side migration starts from Lync Server 2013 or Skype for Business Server 2015, not from OCS 2007 R2: migrate to Lync Server 2013 first (--successor lync-2013), then side by side to 2019.",
    ],
    pathSource: `${SOURCES.upgrade2015}; ${SOURCES.migration2019}`,
    supportEndsOn: "2025-10-14",
    supportSource: SOURCES.lifecycle2019,
    migrationRunbook: null,
    published: SFB_FAILOVER,
    cmsFailover: SFB_CMS_FAILOVER,
    failback: "Invoke-CsPoolFailback brings the users home; no failback duration is published for Skype for Business Server.",
  },
};

export function parseSuccessorTarget(value: string): { ok: true; target: SuccessorTarget } | { ok: false; message: string } {
  const known = Object.keys(TARGETS) as SuccessorTarget[];
  const target = known.find((t) => t === value);
  return target ? { ok: true, target } : { ok: false, message: `must be one of ${known.join(", ")}, not "${value}"` };
}
