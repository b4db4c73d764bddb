// Test helpers over a runbook's steps.
import type { RunbookStep, Scenario } from "../../formats/plan";
import type { Plan } from "../plan";

/** Orders of every step `order` waits for, directly or through other steps. */
export function ancestors(steps: readonly RunbookStep[], order: number): Set<number> {
  const out = new Set<number>();
  const stack = [...steps[order - 1].dependsOn];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (out.has(o)) continue;
    out.add(o);
    stack.push(...steps[o - 1].dependsOn);
  }
  return out;
}

/** A plan's scenario by id; throws when the plan has none, naming it. */
export const scenario = (plan: Plan, id: string): Scenario => {
  const s = plan.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

/** A step by exact title or pattern; throws when there is none, naming it. */
export const step = (s: { steps: RunbookStep[] }, title: string | RegExp): RunbookStep => {
  const found = s.steps.find((x) => (typeof title === "string" ? x.title === title : title.test(x.title)));
  if (!found) throw new Error(`no step ${title}`);
  return found;
};
