// Escalation thresholds of a runbook's steps (rule P9; contingency-plan.md 4.3): a step is escalated
// once it has run for its estimate times the escalation factor (default 1.5), and at the latest once
// it has run for half the tightest recovery time target among the workloads the loss takes down, so
// one overrunning step cannot eat the target unnoticed. Whom to tell comes from the contacts: the
// recovery coordinator(s), then the activation authority. The document and live restore runs read
// the same numbers.
import type { Deployment } from "../../formats/deployment";
import type { Contact, ContactRole } from "../../formats/extension-2-people";
import type { RunbookStep, Scenario } from "../../formats/plan";

export const ESCALATION_FACTOR = 1.5;
/** A step estimated at (almost) nothing still gets a few minutes before it counts as late. */
export const MIN_ESCALATION_MINUTES = 5;

export interface StepEscalation {
  order: number;
  minutes: number;
  /** Minutes after the step's start when it is escalated. */
  afterMinutes: number;
  /** Which bound set it: the estimate times the factor, or half the tightest target. */
  bound: "factor" | "half-target";
}

/** The tightest recovery time target (hours) among the scenario's workloads, or null when none is ranked. */
export function tightestTarget(scenario: { workloads: readonly { targetHours: number | null }[] }): number | null {
  let best: number | null = null;
  for (const w of scenario.workloads) if (w.targetHours !== null && (best === null || w.targetHours < best)) best = w.targetHours;
  return best;
}

export function escalationOf(
  step: Pick<RunbookStep, "order" | "minutes">,
  targetHours: number | null,
  factor = ESCALATION_FACTOR,
): StepEscalation {
  const byFactor = Math.max(MIN_ESCALATION_MINUTES, Math.round(step.minutes * factor));
  const cap = targetHours === null ? Infinity : Math.max(MIN_ESCALATION_MINUTES, Math.round((targetHours * 60) / 2));
  return byFactor <= cap
    ? { order: step.order, minutes: step.minutes, afterMinutes: byFactor, bound: "factor" }
    : { order: step.order, minutes: step.minutes, afterMinutes: cap, bound: "half-target" };
}

export function stepEscalations(
  scenario: Pick<Scenario, "workloads">,
  steps: readonly Pick<RunbookStep, "order" | "minutes">[],
  factor = ESCALATION_FACTOR,
): StepEscalation[] {
  const target = tightestTarget(scenario);
  return steps.map((s) => escalationOf(s, target, factor));
}

const ESCALATE_TO: readonly ContactRole[] = ["recovery-coordinator", "iscp-coordinator", "iscp-director"];

/** Whom an escalation is told to: the first holder of each of the recovery coordinator, ISCP coordinator and director roles. */
export function escalationContacts(d: Pick<Deployment, "contacts">): Contact[] {
  const out: Contact[] = [];
  for (const role of ESCALATE_TO) {
    const c = (d.contacts ?? []).find((x) => x.roles.includes(role));
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}
