// The way out, as steps (rule M1, facts 9.5): what to do before migrating (a full backup with this
// plan's job pack and its evidence, the users homed on each pool, the rollback point), then the
// side-by-side migration to Lync Server 2013 pool by pool, and for Skype for Business Server 2015 the
// in-place upgrade after it. Minutes come from this plan's assumptions; every step says whether a
// source shows it (documented) or it is the planner's reading (inferred).
import type { Deployment, Pool } from "../../formats/deployment";
import { EDGE_ROLES } from "../../formats/enums";
import type { SuccessorStep } from "../../formats/plan-successor";
import type { Assumptions } from "../assumptions";
import type { Plan } from "../plan";
import { SOURCES, type TargetFacts } from "./targets";

type Draft = Omit<SuccessorStep, "order" | "rules">;

const numbered = (drafts: Draft[]): SuccessorStep[] => drafts.map((s, i) => ({ order: i + 1, ...s, rules: ["M1"] }));

/**
 * A pool's name as commands show it: letters, digits, . _ and - only; any other name is replaced by its
 * position ("pool-2"), so no text from the deployment file can change what a command does.
 */
export const commandPoolName = (d: Deployment, pool: string) =>
  /^[A-Za-z0-9._-]+$/.test(pool) ? pool : `pool-${d.pools.findIndex((p) => p.name === pool) + 1}`;

/** The placeholder for the successor pool that takes over an OCS pool's users (its FQDN is chosen in Topology Builder). */
export const successorPoolFqdn = (d: Deployment, pool: string) => `<${commandPoolName(d, pool)}-successor-fqdn>`;

/** The pool's Front End or Standard Edition servers: Lync Server 2013 folds an expanded pool's other roles into its Front Ends. */
const frontEndsOf = (d: Deployment, pool: Pool) =>
  d.servers.filter((s) => s.pool === pool.name && (s.roles.includes("front-end") || s.roles.includes("standard-edition")));
export const edgeServersOf = (d: Deployment) => d.servers.filter((s) => s.roles.some((r) => EDGE_ROLES.includes(r)));

/** The SQL target of a pool's RTC database (its back end, or the Standard Edition server's own instance). */
function rtcDatabaseOf(d: Deployment, pool: Pool) {
  const home = pool.kind === "standard" ? frontEndsOf(d, pool).find((s) => s.roles.includes("standard-edition"))?.fqdn : pool.backEnd;
  return home ? (d.databases ?? []).find((db) => db.name === "RTC" && db.server === home) : undefined;
}

function sqlServerArgument(d: Deployment, pool: Pool): string {
  if (pool.kind === "standard" || !pool.backEnd) return "";
  const instance = d.servers.find((s) => s.fqdn === pool.backEnd)?.sqlInstance;
  return ` /sqlserver:${pool.backEnd}${instance ? `\\${instance}` : ""}`;
}

const round = (n: number) => Math.round(n);

export function premigrationSteps(d: Deployment, plan: Plan, a: Assumptions): SuccessorStep[] {
  const steps: Draft[] = [
    {
      title: "Take a full backup of the whole deployment with this plan's job pack",
      detail: `Run every job of the pack once, outside its schedule (its README.txt lists them): the databases, the file shares and the LCSCmd exports of every server. One cycle takes about ${plan.backupWindow.totalHours} h in this plan's backup window.`,
      command: "npm run plan -- <deployment file> --format jobs --out <job pack folder>",
      minutes: round(plan.backupWindow.totalHours * 60),
      phase: "before",
      basis: "documented",
      source: `${SOURCES.backupFirst}; the job pack of this planner`,
    },
    {
      title: "Collect the evidence of that backup and check every item",
      detail:
        "The job pack's evidence script writes the evidence file; every item of the plan must show a good backup from the run above before anything moves.",
      command: "npm run plan -- <deployment file> --evidence <evidence.csv>",
      minutes: a.validationMinutes,
      assumption: "validationMinutes",
      phase: "before",
      basis: "documented",
      source: "this planner's evidence check (README.md)",
    },
  ];
  for (const pool of d.pools) {
    const rtc = rtcDatabaseOf(d, pool);
    steps.push({
      title: `Export the user data of ${pool.name} with DBImpExp`,
      detail: `Contact lists, permissions and scheduled conferences of the users homed on ${pool.name}, as XML beside the backup${rtc ? ` (RTC: ${rtc.sizeGb} GB)` : ""}.${pool.kind === "standard" ? " Run it on the Standard Edition server (no /sqlserver)." : ""}`,
      command: `dbimpexp.exe /hrxmlfile:<dir>\\${commandPoolName(d, pool.name)}-users.xml${sqlServerArgument(d, pool)}`,
      pool: pool.name,
      minutes: round(((rtc?.sizeGb ?? 0) / a.userDataGbPerHour) * 60),
      assumption: "userDataGbPerHour",
      phase: "before",
      basis: "inferred",
      source: SOURCES.dbimpexp,
    });
  }
  steps.push(
    {
      title: "Inventory the users homed on each pool",
      detail: `One list of every user's SIP address and home pool (${d.pools.map((p) => p.name).join(", ")}), kept with the backup: it is what a rollback moves back, and what the migration checks off pool by pool.`,
      command:
        "Get-WmiObject -Class MSFT_SIPESUserSetting | Select-Object PrimaryURI, HomeServerDN | Export-Csv <dir>\\ocs-users.csv -NoTypeInformation",
      minutes: a.validationMinutes * d.pools.length,
      assumption: "validationMinutes",
      phase: "before",
      basis: "inferred",
      source: `${SOURCES.backupFirst} (the inventory); the WMI class is the planner's reading`,
    },
    {
      title: "Record the rollback point",
      detail:
        "Write down the time of the backup above, where it and its evidence, the DBImpExp files and the user inventory are kept, and who decides to roll back. Until a pool's users move, OCS 2007 R2 keeps serving them; keep every OCS pool running until its last user has moved and been checked.",
      phase: "before",
      basis: "documented",
      source: SOURCES.backupFirst,
    },
  );
  return numbered(steps);
}

function prerequisiteSteps(d: Deployment, a: Assumptions): Draft[] {
  const steps: Draft[] = [];
  for (const pool of d.pools) {
    const members = frontEndsOf(d, pool).length || 1;
    if (pool.kind !== "standard")
      steps.push({
        title: `Install a new SQL Server for the successor of ${pool.name}`,
        detail: `Lync Server 2013 migrates side by side on its own SQL Servers: ${pool.backEnd ?? "the OCS back end"} stays with OCS 2007 R2 until the end.`,
        pool: pool.name,
        minutes: a.osBuildMinutes + a.sqlInstallMinutes,
        assumption: "sqlInstallMinutes",
        phase: "prerequisites",
        basis: "documented",
        source: SOURCES.paths2013,
      });
    steps.push({
      title: `Build the successor pool for ${pool.name}: ${members} ${pool.kind === "standard" ? "Standard Edition server" : members === 1 ? "Front End server" : "Front End servers"} with new certificates`,
      detail:
        "As many servers as the OCS pool has (the planner's sizing; check it against Microsoft's capacity guidance), new certificates for the new names. Estimated with this plan's times to build a server and install a role.",
      pool: pool.name,
      minutes: members * (a.osBuildMinutes + a.ocsInstallActivateMinutes) + a.certificateReissueMinutes,
      assumption: "ocsInstallActivateMinutes",
      phase: "prerequisites",
      basis: "inferred",
      source: SOURCES.planner,
    });
  }
  const dataServers = d.servers.filter((s) => s.roles.includes("archiving") || s.roles.includes("monitoring"));
  if (dataServers.length > 0)
    steps.push({
      title: "Install SQL Server for the successor's Archiving and Monitoring databases",
      detail: `Replaces ${dataServers.map((s) => s.fqdn).join(", ")} as database hosts: the successor runs on its own SQL Servers.`,
      minutes: a.osBuildMinutes + a.sqlInstallMinutes,
      assumption: "sqlInstallMinutes",
      phase: "prerequisites",
      basis: "documented",
      source: SOURCES.paths2013,
    });
  const edges = edgeServersOf(d);
  if (edges.length > 0)
    steps.push({
      title: `Build the successor's Edge servers (${edges.length}) with new external certificates`,
      detail: `Replace ${edges.map((s) => s.fqdn).join(", ")} for remote users and federation.`,
      minutes: edges.length * (a.osBuildMinutes + a.ocsInstallActivateMinutes) + a.certificateReissueMinutes,
      assumption: "ocsInstallActivateMinutes",
      phase: "prerequisites",
      basis: "inferred",
      source: SOURCES.planner,
    });
  for (const med of d.servers.filter((s) => s.roles.includes("mediation")))
    steps.push({
      title: `Replace or requalify the PSTN gateway behind ${med.fqdn}`,
      detail:
        "OCS 2007 R2 PSTN gateways need replacing for the new Mediation Server. No estimate: it depends on the gateway and its vendor. The source states it for Lync Server 2010; check it for this target.",
      phase: "prerequisites",
      basis: "inferred",
      source: SOURCES.mediation,
    });
  steps.push({
    title: "Install the WMI Backward Compatibility package on the server that runs the migration cmdlets",
    detail: "OCSWMIBC.msi from the Setup folder of the successor's media; the legacy cmdlets read OCS 2007 R2 through it.",
    phase: "prerequisites",
    basis: "documented",
    source: "Microsoft's cmdlet help for Import-CsLegacyConfiguration and Import-CsLegacyConferenceDirectory",
  });
  return steps;
}

function legacySteps(d: Deployment, a: Assumptions): Draft[] {
  const poolSteps = d.pools.flatMap((pool): Draft[] => [
    {
      title: `Re-import the OCS configuration if anything changed on the OCS side since the last import`,
      detail: "Any policy, voice route, normalization rule or dial-in number changed in OCS 2007 R2 since the last import.",
      command: "Import-CsLegacyConfiguration -ReplaceExisting",
      pool: pool.name,
      minutes: a.settingsImportMinutes,
      assumption: "settingsImportMinutes",
      phase: "pool",
      basis: "documented",
      source: SOURCES.cmdlets,
    },
    {
      title: `Move the users of ${pool.name} to its successor pool`,
      detail: `Once per user the inventory lists on ${pool.name}; start with a few test users, then the rest.`,
      command: `Move-CsLegacyUser -Identity <sip address> -Target ${successorPoolFqdn(d, pool.name)}`,
      pool: pool.name,
      minutes: a.userReassignMinutes,
      assumption: "userReassignMinutes",
      phase: "pool",
      basis: "documented",
      source: SOURCES.cmdlets,
    },
    {
      title: `Check the moved users of ${pool.name}: sign-in, contacts, meetings${d.servers.some((s) => s.roles.includes("mediation")) ? ", calls" : ""}`,
      pool: pool.name,
      minutes: a.validationMinutes,
      assumption: "validationMinutes",
      phase: "pool",
      basis: "inferred",
      source: SOURCES.planner,
    },
  ]);
  return [
    {
      title: "Merge the OCS 2007 R2 topology into the new one, then publish it in Topology Builder",
      command: "Merge-CsLegacyTopology -TopologyXmlFileName <dir>\\legacy-topology.xml",
      minutes: a.settingsImportMinutes,
      assumption: "settingsImportMinutes",
      phase: "legacy",
      basis: "documented",
      source: SOURCES.cmdlets,
    },
    {
      title: "Import the OCS configuration: policies, voice routes, normalization rules, dial-in numbers",
      detail: "Re-run it after any change on the OCS side, with -ReplaceExisting for the changed items.",
      command: "Import-CsLegacyConfiguration",
      minutes: a.settingsImportMinutes,
      assumption: "settingsImportMinutes",
      phase: "legacy",
      basis: "documented",
      source: SOURCES.cmdlets,
    },
    {
      title: "Import the OCS conference directories",
      command: "Import-CsLegacyConferenceDirectory",
      minutes: a.settingsImportMinutes,
      assumption: "settingsImportMinutes",
      phase: "legacy",
      basis: "documented",
      source: SOURCES.cmdlets,
    },
    ...poolSteps,
    {
      title: "Decommission the OCS 2007 R2 pools once every user has moved and been checked",
      detail: "Until then they are the way back; keep the last backup of this plan as the rollback point.",
      phase: "after",
      basis: "inferred",
      source: SOURCES.planner,
    },
  ];
}

/** SfB 2015's in-place upgrade of the Lync Server 2013 pools: pools first, then Edge, the pool holding the CMS last. */
function inPlaceUpgradeSteps(d: Deployment, a: Assumptions): Draft[] {
  const upgrade = (pool: Pool): Draft[] => {
    const members = frontEndsOf(d, pool).length || 1;
    return [
      {
        title: `Stop the services on every server of the successor of ${pool.name}`,
        command: "Stop-CsWindowsService",
        pool: pool.name,
        phase: "upgrade",
        basis: "documented",
        source: SOURCES.upgrade2015,
      },
      {
        title: `Install the new prerequisites and run the in-place upgrade on each server of the successor of ${pool.name}`,
        pool: pool.name,
        minutes: members * a.ocsInstallActivateMinutes,
        assumption: "ocsInstallActivateMinutes",
        phase: "upgrade",
        basis: "documented",
        source: SOURCES.upgrade2015,
      },
      // Microsoft names Start-CsPool for a Front End pool; for a Standard Edition server the planner reads it as one server.
      pool.kind === "standard"
        ? {
            title: `Start the upgraded Standard Edition server of ${pool.name}`,
            command: "Start-CsWindowsService",
            pool: pool.name,
            minutes: a.validationMinutes,
            assumption: "validationMinutes",
            phase: "upgrade",
            basis: "inferred",
            source: `${SOURCES.upgrade2015}, which names Start-CsPool for Enterprise Front End pools`,
          }
        : {
            title: `Start the upgraded pool of ${pool.name}`,
            command: `Start-CsPool -PoolFqdn ${successorPoolFqdn(d, pool.name)}`,
            pool: pool.name,
            minutes: a.validationMinutes,
            assumption: "validationMinutes",
            phase: "upgrade",
            basis: "documented",
            source: SOURCES.upgrade2015,
          },
    ];
  };
  // The first successor pool built holds the Central Management Store (the planner's assumption): upgraded last.
  const [cmsPool, ...others] = d.pools;
  const edges = edgeServersOf(d).length;
  return [
    {
      title: "Back up every database of the Lync Server 2013 deployment (the successor's backup commands below)",
      detail:
        "The steps above end on Lync Server 2013; these upgrade it in place to Skype for Business Server 2015, pools first, then the Edge servers, the pool holding the Central Management Store last.",
      phase: "upgrade",
      basis: "documented",
      source: SOURCES.upgrade2015,
    },
    {
      title: "Upgrade and publish the topology in Skype for Business Server 2015 Topology Builder",
      minutes: a.settingsImportMinutes,
      assumption: "settingsImportMinutes",
      phase: "upgrade",
      basis: "documented",
      source: SOURCES.upgrade2015,
    },
    ...others.flatMap(upgrade),
    ...(edges > 0
      ? [
          {
            title: `Upgrade the successor's Edge servers (${edges}) in place, then start them`,
            command: "Start-CsWindowsService",
            minutes: edges * a.ocsInstallActivateMinutes,
            assumption: "ocsInstallActivateMinutes",
            phase: "upgrade",
            basis: "documented",
            source: SOURCES.upgrade2015,
          } satisfies Draft,
        ]
      : []),
    ...(cmsPool ? upgrade(cmsPool) : []),
  ];
}

export function migrationSteps(d: Deployment, facts: TargetFacts, a: Assumptions): SuccessorStep[] {
  if (facts.migrationRunbook === null) return [];
  const steps = [...prerequisiteSteps(d, a), ...legacySteps(d, a)];
  if (facts.migrationRunbook === "lync-2013-then-in-place") steps.push(...inPlaceUpgradeSteps(d, a));
  return numbered(steps);
}
