// The successor's site resilience (rule M1, facts 5.4 and 4): paired pools with the Backup Service, the
// manual failover and failback runbook, and Microsoft's published pool failover targets beside this
// plan's estimated worst case per workload. The published figures leave out the decision and the users'
// sign-in, so each row also shows them with this plan's decision time added.
import type { Deployment } from "../../formats/deployment";
import type { Workload } from "../../formats/enums";
import { WORKLOADS } from "../../formats/enums";
import type { SuccessorSection, SuccessorStep } from "../../formats/plan-successor";
import type { Assumptions } from "../assumptions";
import type { Plan } from "../plan";
import { edgeServersOf } from "./migration";
import { SOURCES, type TargetFacts } from "./targets";

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Workloads a Front End pool failover brings back; Archiving and Monitoring come back from their SQL backups. */
const NOT_FAILED_OVER: readonly Workload[] = ["archiving", "monitoring"];

function runbook(d: Deployment): SuccessorStep[] {
  const hasEdge = edgeServersOf(d).length > 0;
  const drafts: Omit<SuccessorStep, "order" | "rules" | "basis" | "source">[] = [
    { title: "Find the pool that holds the Central Management Store", command: "Invoke-CsManagementServerFailover -WhatIf" },
    { title: "Find its paired backup pool", command: "Get-CsPoolBackupRelationship -PoolFQDN <CMS pool FQDN>" },
    {
      title: "Check the Central Management Store's replication",
      detail: "ActiveMasterFQDN and ActiveFileTransferAgents should name the CMS pool.",
      command: "Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus",
    },
    {
      title: "If the CMS was on the failed pool: find which back end is principal",
      command: "Get-CsDatabaseMirrorState -DatabaseType Centralmgmt -PoolFqdn <backup pool FQDN>",
    },
    {
      title: "Fail over the Central Management Store first, then check replication again",
      command: "Invoke-CsManagementServerFailover -BackupSQLServerFqdn <backup SQL Server FQDN> -BackupSQLInstanceName <instance>",
    },
    ...(hasEdge
      ? [
          {
            title: "Point the Edge pool at the surviving pool as its next hop",
            command: "Set-CsEdgeServer -Identity EdgeServer:<Edge pool FQDN> -Registrar Registrar:<surviving pool FQDN>",
          },
        ]
      : []),
    { title: "Fail the pool over", command: "Invoke-CsPoolFailover -PoolFQDN <failed pool FQDN> -DisasterMode -Verbose" },
    {
      title: "Fail back once the pool is repaired",
      detail: "If users of both pools were failed over, fail back first, then fail over.",
      command: "Invoke-CsPoolFailback -PoolFQDN <original pool FQDN> -Verbose",
    },
    {
      title: "Bring the conference content back after failback",
      command: "Invoke-CsBackupServiceSync -PoolFqdn <paired pool FQDN> -BackupModule ConfServices.DataConf",
    },
    {
      title: "Wait for the Backup Service to settle",
      detail: 'Repeat until it reports "Steady State".',
      command: "Get-CsBackupServiceStatus -PoolFqdn <paired pool FQDN>",
    },
  ];
  return drafts.map((s, i) => ({ order: i + 1, ...s, basis: "documented", source: SOURCES.failover, rules: ["M1"] }));
}

function prerequisites(d: Deployment): string[] {
  const sites = new Set(d.pools.map((p) => p.site));
  return [
    "Each Front End pool paired with a pool in another site, of the same kind (Enterprise with Enterprise, Standard with Standard), both physical or both virtual, on the same operating system; each sized to carry both pools' users.",
    sites.size < 2
      ? `This deployment's pools are all in one site (${[...sites].join(", ")}): the pairing needs a second site and a pool there.`
      : `This deployment's pools are in ${sites.size} sites; pair each with a pool in another site.`,
    "The Backup Service copies user data and conference content between the pair, every 2 minutes by default (the interval sets the data loss). It does not encrypt: protect the link between the sites.",
    "Failover and failback are manual: an administrator decides and runs them. Users on Survivable Branch Appliances are not covered.",
  ];
}

function compare(
  d: Deployment,
  plan: Plan,
  facts: TargetFacts,
  a: Assumptions,
): Pick<SuccessorSection["resilience"], "compare" | "notCovered"> {
  const worst = new Map<Workload, { hours: number; scenario: string }>();
  // A pool failover answers the loss of a server, pool or site; Active Directory is lost for both pools of a pair alike.
  for (const s of plan.scenarios.filter((x) => x.loss.kind !== "active-directory"))
    for (const w of s.workloads) {
      const seen = worst.get(w.workload);
      if (!seen || w.rtoHours > seen.hours) worst.set(w.workload, { hours: w.rtoHours, scenario: s.id });
    }
  const rank = new Map(d.priorities.workloads.map((p) => [p.workload, p]));
  const order = [...worst.keys()].sort(
    (x, y) => (rank.get(x)?.rank ?? Infinity) - (rank.get(y)?.rank ?? Infinity) || WORKLOADS.indexOf(x) - WORKLOADS.indexOf(y),
  );
  const published = facts.published;
  const hasMediation = d.servers.some((s) => s.roles.includes("mediation"));
  const result: Pick<SuccessorSection["resilience"], "compare" | "notCovered"> = { compare: [], notCovered: [] };
  for (const workload of order) {
    const w = worst.get(workload)!;
    const rpo = plan.rpo.filter((r) => r.workloads?.includes(workload)).map((r) => r.hours);
    const row = {
      workload,
      thisPlanHours: w.hours,
      thisPlanScenario: w.scenario,
      targetHours: rank.get(workload)?.rtoHours ?? null,
      thisPlanRpoHours: rpo.length > 0 ? Math.max(...rpo) : null,
    };
    if (NOT_FAILED_OVER.includes(workload)) {
      result.notCovered.push({
        ...row,
        note: `Not carried by the pool failover: the successor restores ${workload === "archiving" ? "LcsLog" : "LcsCDR and QoEMetrics"} from its SQL backup, for which Microsoft publishes no time.`,
      });
      continue;
    }
    result.compare.push({
      ...row,
      successorHours: hours(published.rtoMinutes),
      successorWithDecisionHours: hours(published.rtoMinutes + a.decisionMinutes),
      successorRpoHours: hours(published.rpoMinutes),
      note:
        workload === "enterprise-voice" && hasMediation
          ? "With a paired pool in another site, and a Mediation Server and PSTN gateway the surviving site can use (the planner's reading)."
          : workload === "remote-access"
            ? "With a paired pool in another site, once the Edge pool's next hop points at the surviving pool."
            : "With a paired pool in another site.",
    });
  }
  return result;
}

export function successorResilience(d: Deployment, plan: Plan, facts: TargetFacts, a: Assumptions): SuccessorSection["resilience"] {
  return {
    published: facts.published,
    ...(facts.cmsFailover ? { cmsFailover: facts.cmsFailover } : {}),
    failback: facts.failback,
    prerequisites: prerequisites(d),
    runbook: runbook(d),
    ...compare(d, plan, facts, a),
  };
}
