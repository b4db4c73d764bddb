// The plan file as written (plan format version 1, compact form) and read back. What a runbook already
// holds is not repeated on each of its steps: the texts steps share (phase, detail, verify note,
// waiting, the assumption behind the minutes) live once in the plan's `stepKinds`, a step names the
// workloads it serves by their index in its runbook's `workloads` (absent: all of them), and `finishMinute` (= startMinute + minutes) and
// `critical: false` are left out. Required fields keep their meaning. `expandPlan` restores every
// step's own fields, so readers of both the compact and the full form see the same steps.
import type { RunbookStep, ScenarioWorkload } from "./plan";

/** The fields a step shares with others, stored once per plan. */
export interface StepKind {
  phase?: string;
  detail?: string;
  verify?: boolean;
  verifyWith?: string;
  waiting?: boolean;
  assumption?: string;
}

export interface CompactStep extends Omit<RunbookStep, "workloads" | "finishMinute"> {
  /** Index into the plan's stepKinds. */
  kind?: number;
  /** Indices into the runbook's workloads; absent: it serves all of them. */
  serves?: number[];
}

interface RunbookLike {
  steps: RunbookStep[];
  workloads: ScenarioWorkload[];
}

interface PlanLike {
  scenarios: (RunbookLike & { alternatives?: RunbookLike[]; failback?: RunbookLike })[];
  stepKinds?: StepKind[];
}

const KIND_KEYS = ["phase", "detail", "verify", "verifyWith", "waiting", "assumption"] as const;

/** The plan with compact steps (a new object; the plan given is not changed). */
export function compactPlan<P extends PlanLike>(plan: P): P & { stepKinds: StepKind[] } {
  const kinds: StepKind[] = [];
  const kindIndex = new Map<string, number>();
  const compactRunbook = <R extends RunbookLike>(r: R): R => {
    const all = r.workloads.map((w) => w.workload);
    const position = new Map(all.map((w, i) => [w, i]));
    const steps = r.steps.map((s): CompactStep => {
      const { workloads, finishMinute, critical, phase, detail, verify, verifyWith, waiting, assumption, ...rest } = s;
      void finishMinute;
      const kind: StepKind = {};
      if (phase !== undefined) kind.phase = phase;
      if (detail !== undefined) kind.detail = detail;
      if (verify) kind.verify = true;
      if (verifyWith !== undefined) kind.verifyWith = verifyWith;
      if (waiting) kind.waiting = true;
      if (assumption !== undefined) kind.assumption = assumption;
      const key = JSON.stringify(KIND_KEYS.map((k) => kind[k]));
      let k = kindIndex.get(key);
      if (k === undefined) {
        k = kinds.length;
        kinds.push(kind);
        kindIndex.set(key, k);
      }
      const out: CompactStep = { ...rest, kind: k };
      if (critical) out.critical = true;
      const served = workloads ?? [];
      if (!(served.length === all.length && served.every((w) => position.has(w)))) out.serves = served.map((w) => position.get(w) ?? -1).filter((i) => i >= 0);
      return out;
    });
    return { ...r, steps: steps as unknown as RunbookStep[] };
  };
  const scenarios = plan.scenarios.map((s) => {
    const out = compactRunbook(s);
    if (s.alternatives) out.alternatives = s.alternatives.map(compactRunbook);
    if (s.failback) out.failback = compactRunbook(s.failback);
    return out;
  });
  return { ...plan, scenarios, stepKinds: kinds };
}

/** Every step with its own fields again (a plan already in full form is returned as it is). */
export function expandPlan<P extends PlanLike>(plan: P): P {
  const kinds = plan.stepKinds;
  if (!kinds) return plan;
  const expandRunbook = <R extends RunbookLike>(r: R): R => ({
    ...r,
    steps: (r.steps as unknown as CompactStep[]).map((c): RunbookStep => {
      const { kind, serves, ...rest } = c;
      const shared = kind === undefined ? {} : (kinds[kind] ?? {});
      const step: RunbookStep = { ...rest, ...shared };
      step.workloads = serves === undefined ? r.workloads.map((w) => w.workload) : serves.map((i) => r.workloads[i].workload);
      if (step.startMinute !== undefined) step.finishMinute = step.startMinute + step.minutes;
      step.critical = c.critical === true;
      return step;
    }),
  });
  const scenarios = plan.scenarios.map((s) => {
    const out = expandRunbook(s);
    if (s.alternatives) out.alternatives = s.alternatives.map(expandRunbook);
    if (s.failback) out.failback = expandRunbook(s.failback);
    return out;
  });
  const { stepKinds, ...rest } = plan;
  void stepKinds;
  return { ...rest, scenarios } as P;
}

/** The plan file's text: compact steps, no indentation (the 500-server plan stays under 2 MB). */
export const planJson = (plan: PlanLike): string => JSON.stringify(compactPlan(plan));
