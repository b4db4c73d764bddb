// The plan file as written (plan format version 1, compact form) and read back. Every step keeps the
// fields the format requires (order, title, server, command, minutes, dependsOn, rules), written out;
// only extension fields are stored more densely, and `expandPlan` restores them:
// - the texts steps share (phase, detail, verify note, waiting, the assumption behind the minutes) live once in the plan's `stepKinds`;
// - a step names the workloads it serves by their index in its runbook's `workloads` (`serves`;
//   absent: all of them, in the runbook's order), or keeps its own `workloads` when it serves one its
//   runbook does not list;
// - each runbook's schedule is one set of columns (`schedule`: start minute, administrator (0 for a
//   waiting step), step kind, and the orders of the steps on the critical chain) instead of four keys
//   on every step; `finishMinute` (= startMinute + minutes) is left out;
// - scenario notes repeated across runbooks live once in the plan's `noteTexts`; a scenario names
//   them by index (`noteRefs`);
// - a backup checklist item whose command is a backup item's command names that item instead
//   (`commandOf`: "settingsExports/3", "databaseBackups/0", "fileShareBackups/1").
// Readers of both the compact and the full form see the same plan after `expandPlan`.
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

/** A runbook's schedule as columns, one entry per step in step order. */
export interface ScheduleColumns {
  start: number[];
  /** The administrator (1-based); 0 where the step has none (a waiting step). */
  admin: number[];
  /** Index into the plan's stepKinds. */
  kind: number[];
  /** Orders of the steps on the critical chain. */
  critical: number[];
}

export interface CompactStep extends Omit<RunbookStep, "finishMinute" | "startMinute" | "assignee" | "critical"> {
  /** Indices into the runbook's workloads; absent: it serves all of them. */
  serves?: number[];
}

interface RunbookLike {
  steps: RunbookStep[];
  workloads: ScenarioWorkload[];
  schedule?: ScheduleColumns;
}

interface ScenarioLike extends RunbookLike {
  notes?: string[];
  noteRefs?: number[];
  alternatives?: RunbookLike[];
  failback?: RunbookLike;
}

interface ChecklistItemLike {
  command?: string;
  commandOf?: string;
}

/** The plan lists whose items carry a command a checklist item may repeat. */
const COMMAND_LISTS = ["settingsExports", "databaseBackups", "fileShareBackups"] as const;
type CommandLists = { [K in (typeof COMMAND_LISTS)[number]]?: { command?: string }[] };

interface PlanLike extends CommandLists {
  scenarios: ScenarioLike[];
  stepKinds?: StepKind[];
  noteTexts?: string[];
  checklists?: { backup: ChecklistItemLike[] };
}

const KIND_KEYS = ["phase", "detail", "verify", "verifyWith", "waiting", "assumption"] as const;

/** Interns values in a list, giving each distinct value (by key) one index. */
function interner<T>(keyOf: (value: T) => string) {
  const list: T[] = [];
  const index = new Map<string, number>();
  return {
    list,
    of(value: T): number {
      const key = keyOf(value);
      let i = index.get(key);
      if (i === undefined) {
        i = list.length;
        list.push(value);
        index.set(key, i);
      }
      return i;
    },
  };
}

/** The plan with compact steps (a new object; the plan given is not changed). */
export function compactPlan<P extends PlanLike>(plan: P): P & { stepKinds: StepKind[]; noteTexts: string[] } {
  const kinds = interner<StepKind>((k) => JSON.stringify(KIND_KEYS.map((key) => k[key])));
  const notes = interner<string>((n) => n);
  const compactRunbook = <R extends RunbookLike>(r: R): R => {
    // A plan without a schedule on every step keeps its steps as they are.
    if (r.steps.some((s) => s.startMinute === undefined)) return r;
    const all = r.workloads.map((w) => w.workload);
    const position = new Map(all.map((w, i) => [w, i]));
    const schedule: ScheduleColumns = { start: [], admin: [], kind: [], critical: [] };
    const steps = r.steps.map((s): CompactStep => {
      const { workloads, finishMinute, startMinute, assignee, critical, phase, detail, verify, verifyWith, waiting, assumption, ...rest } =
        s;
      void finishMinute;
      const kind: StepKind = {};
      if (phase !== undefined) kind.phase = phase;
      if (detail !== undefined) kind.detail = detail;
      if (verify) kind.verify = true;
      if (verifyWith !== undefined) kind.verifyWith = verifyWith;
      if (waiting) kind.waiting = true;
      if (assumption !== undefined) kind.assumption = assumption;
      schedule.start.push(startMinute!);
      schedule.admin.push(assignee ?? 0);
      schedule.kind.push(kinds.of(kind));
      if (critical) schedule.critical.push(s.order);
      const out: CompactStep = { ...rest };
      const served = workloads ?? [];
      // A step may serve a workload its runbook does not list (e.g. the Archiving Server's data at another
      // site): then the step keeps its own list.
      if (!served.every((w) => position.has(w))) out.workloads = served;
      else if (!(served.length === all.length && served.every((w, i) => w === all[i]))) out.serves = served.map((w) => position.get(w)!);
      return out;
    });
    return { ...r, steps: steps as unknown as RunbookStep[], schedule };
  };
  const scenarios = plan.scenarios.map((s) => {
    const out: ScenarioLike = { ...compactRunbook(s) };
    if (s.notes) {
      delete out.notes;
      out.noteRefs = s.notes.map((n) => notes.of(n));
    }
    if (s.alternatives) out.alternatives = s.alternatives.map(compactRunbook);
    if (s.failback) out.failback = compactRunbook(s.failback);
    return out;
  });
  const out = { ...plan, scenarios, stepKinds: kinds.list, noteTexts: notes.list };
  if (plan.checklists) {
    const source = new Map<string, string>();
    for (const list of COMMAND_LISTS)
      plan[list]?.forEach((item, i) => item.command !== undefined && !source.has(item.command) && source.set(item.command, `${list}/${i}`));
    out.checklists = {
      ...plan.checklists,
      backup: plan.checklists.backup.map((item) => {
        const ref = item.command === undefined ? undefined : source.get(item.command);
        if (ref === undefined) return item;
        const { command, ...rest } = item;
        void command;
        return { ...rest, commandOf: ref };
      }),
    };
  }
  return out;
}

/** Every step with its own fields again (a plan already in full form is returned as it is). */
export function expandPlan<P extends PlanLike>(plan: P): P {
  const kinds = plan.stepKinds;
  if (!kinds) return plan;
  const noteTexts = plan.noteTexts ?? [];
  const expandRunbook = <R extends RunbookLike>(r: R): R => {
    const { schedule, ...runbook } = r;
    if (!schedule) return r;
    const steps = (r.steps as unknown as CompactStep[]).map((c, i): RunbookStep => {
      const { serves, ...rest } = c;
      const step: RunbookStep = { ...rest, ...(kinds[schedule.kind[i]] ?? {}) };
      if (step.workloads === undefined)
        step.workloads = serves === undefined ? r.workloads.map((w) => w.workload) : serves.map((k) => r.workloads[k].workload);
      step.startMinute = schedule.start[i];
      step.finishMinute = schedule.start[i] + step.minutes;
      if (schedule.admin[i] > 0) step.assignee = schedule.admin[i];
      step.critical = false;
      return step;
    });
    for (const order of schedule.critical) if (steps[order - 1]) steps[order - 1].critical = true;
    return { ...runbook, steps } as unknown as R;
  };
  const scenarios = plan.scenarios.map((s) => {
    const out: ScenarioLike = { ...expandRunbook(s) };
    if (s.noteRefs) {
      delete out.noteRefs;
      out.notes = s.noteRefs.map((i) => noteTexts[i]);
    }
    if (s.alternatives) out.alternatives = s.alternatives.map(expandRunbook);
    if (s.failback) out.failback = expandRunbook(s.failback);
    return out;
  });
  const { stepKinds, noteTexts: texts, ...rest } = plan;
  void stepKinds;
  void texts;
  const out = { ...rest, scenarios } as P;
  if (plan.checklists)
    out.checklists = {
      ...plan.checklists,
      backup: plan.checklists.backup.map((item) => {
        if (item.commandOf === undefined) return item;
        const { commandOf, ...own } = item;
        const [list, index] = commandOf.split("/");
        const command = plan[list as (typeof COMMAND_LISTS)[number]]?.[Number(index)]?.command;
        return command === undefined ? own : { ...own, command };
      }),
    };
  return out;
}

/** The plan file's text: compact steps, no indentation. */
export const planJson = (plan: PlanLike): string => JSON.stringify(compactPlan(plan));
