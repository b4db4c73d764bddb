// Test helpers over a runbook's steps.
import type { RunbookStep } from "../../formats/plan";

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
