// The Successor page (rule M1): the three targets side by side, then the chosen one's section, with its
// recovery comparison in the what-if comparison's shape (baseline = this plan, variant = the successor).
import type { Deployment } from "../formats/deployment";
import { WORKLOAD_LABELS } from "../formats/enums";
import { SUCCESSOR_TARGETS, type SuccessorSection, type SuccessorStep, type SuccessorTarget } from "../formats/plan-successor";
import type { Plan } from "../engine/plan";
import { successorFor } from "../engine/successor";
import type { Change } from "./compare-plans";

export const PATH_LABELS: Record<SuccessorSection["paths"][number], string> = {
  "side-by-side": "Side by side: new pools beside OCS, users moved pool by pool",
  "new-deployment": "A new deployment",
  "via-lync-2013-then-in-place": "Lync Server 2013 side by side first, then an in-place upgrade",
};

const PHASE_LABELS: Record<string, string> = {
  prerequisites: "Prerequisites",
  legacy: "Once for the deployment",
  pool: "Pool by pool",
  after: "After the last pool",
  upgrade: "In-place upgrade",
};

export interface TargetSummary {
  target: SuccessorTarget;
  product: string;
  supported: boolean;
  paths: string[];
  supportEndsOn: string | null;
  supportEnded: boolean | undefined;
  hours: number;
}

export interface CompareRow {
  key: string;
  name: string;
  change: Change;
  note: string;
}

export interface SuccessorPage {
  targets: TargetSummary[];
  chosen: SuccessorSection | null;
  /** The target asked for in the address when it is not one of the three (shown as a message). */
  unknownTarget: string | null;
  migrationPhases: { phase: string; label: string; steps: SuccessorStep[] }[];
  compare: CompareRow[];
}

const change = (a: number, b: number | null): Change => ({ a, b, delta: b === null ? null : Math.round((b - a) * 100) / 100 });

export function parseTargetParam(value: string | string[] | undefined): { target: SuccessorTarget | null; unknown: string | null } {
  const v = typeof value === "string" ? value : undefined;
  if (!v) return { target: null, unknown: null };
  const target = SUCCESSOR_TARGETS.find((t) => t === v) ?? null;
  return { target, unknown: target ? null : v };
}

export function successorPage(d: Deployment, plan: Plan, param: string | string[] | undefined, today: string): SuccessorPage {
  const { target, unknown } = parseTargetParam(param);
  const sections = SUCCESSOR_TARGETS.map((t) => successorFor(d, plan, t, { asOfDay: today }));
  const chosen = target ? sections[SUCCESSOR_TARGETS.indexOf(target)] : null;
  const migrationPhases: SuccessorPage["migrationPhases"] = [];
  for (const step of chosen?.migration ?? []) {
    const phase = step.phase ?? "other";
    const last = migrationPhases.at(-1);
    if (last && last.phase === phase) last.steps.push(step);
    else migrationPhases.push({ phase, label: PHASE_LABELS[phase] ?? phase, steps: [step] });
  }
  return {
    targets: sections.map((s) => ({
      target: s.target,
      product: s.product,
      supported: s.supported,
      paths: s.paths.map((p) => PATH_LABELS[p]),
      supportEndsOn: s.supportEndsOn,
      supportEnded: s.supportEnded,
      hours: Math.round((s.estimate.premigrationHours + s.estimate.migrationHours) * 10) / 10,
    })),
    chosen,
    unknownTarget: unknown,
    migrationPhases,
    compare: [
      ...(chosen?.resilience.compare ?? []).map((c) => ({
        key: c.workload,
        name: WORKLOAD_LABELS[c.workload],
        change: change(c.thisPlanHours, c.successorWithDecisionHours),
        note: c.note,
      })),
      ...(chosen?.resilience.notCovered ?? []).map((c) => ({
        key: c.workload,
        name: WORKLOAD_LABELS[c.workload],
        change: change(c.thisPlanHours, null),
        note: c.note,
      })),
    ],
  };
}
