// Activation criteria per loss scenario (rules P6, P9; contingency-plan.md 3.1): the evidence that
// declares the loss, the runbook to use, and the threshold: activate when the outage is expected to
// outlast the tightest recovery time target among the workloads the loss takes down, with the plan's
// estimate for the loss beside it.
import type { Scenario } from "../../formats/plan";
import { tightestTarget } from "./escalation";

export interface ActivationCriterion {
  scenarioId: string;
  loss: Scenario["loss"];
  /** What shows that this loss happened. */
  evidence: string;
  /** Activate when the outage is expected to outlast this many hours; null when no ranked workload is affected. */
  activateAfterHours: number | null;
  /** The plan's estimate of the outage: until the last workload the loss takes down is back (the whole runbook when it takes none). */
  estimatedHours: number;
  /** Activation is certain: the estimate already exceeds the threshold. */
  estimateExceeds: boolean;
}

export function lossEvidence(loss: Scenario["loss"]): string {
  const t = loss.target ?? "";
  switch (loss.kind) {
    case "server":
      return `${t} does not answer and cannot be repaired in place (failed hardware, a damaged system volume): monitoring alerts, its services stopped, the vendor's diagnosis.`;
    case "pool":
      return `No front end of pool ${t} answers: users homed on it cannot sign in, and the load balancer marks every member down.`;
    case "back-end":
      return `The back-end SQL Server of pool ${t} has failed or its databases are damaged: the front ends log database connection errors and users cannot sign in.`;
    case "standard-edition":
      return `The Standard Edition server of pool ${t} is lost with its databases: users homed on it cannot sign in.`;
    case "active-directory":
      return "Active Directory is lost, or the OCS objects and settings in it are damaged: domain controllers fail, or OCS services cannot read their global settings.";
    case "site":
      return `Site ${t} is lost: its servers, network or power are gone for longer than a repair (facilities report, every server of the site unreachable).`;
    default:
      return `The loss of ${loss.kind}${t ? ` ${t}` : ""} is confirmed.`;
  }
}

export function activationCriteria(scenarios: readonly Scenario[]): ActivationCriterion[] {
  return scenarios.map((s) => {
    const target = tightestTarget(s);
    // A loss whose workloads are back long before its server is rebuilt (a Director: users are
    // re-routed in 2 h) is an outage of those 2 h, not of the rebuild.
    const outage = s.workloads.length ? Math.max(...s.workloads.map((w) => w.rtoHours)) : s.rtoHours;
    return {
      scenarioId: s.id,
      loss: s.loss,
      evidence: lossEvidence(s.loss),
      activateAfterHours: target,
      estimatedHours: outage,
      estimateExceeds: target !== null && outage > target,
    };
  });
}
