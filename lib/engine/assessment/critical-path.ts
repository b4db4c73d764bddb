// What dominates a workload's recovery: the chain of steps that ends when the workload is back, read
// from a scenario's public schedule (each step's start, finish, dependencies and workloads), never from
// the scheduler's internals. Walking back from the last step of the workload, each step's binding
// predecessor is the dependency that finished last; time between that finish and the step's start was
// spent waiting for a free administrator.
import { nameList } from "../name-list";
import type { Workload } from "../../formats/enums";
import type { RunbookStep, Scenario } from "../../formats/plan";
import { hoursOf } from "../schedule";

export interface CriticalChain {
  steps: RunbookStep[];
  /** Minutes the chain's steps waited for an administrator. */
  queueMinutes: number;
  /** The longest step of the chain and the parallel steps just like it on other servers. */
  dominant: RunbookStep | null;
  dominantServers: string[];
  /** e.g. `the 8 h wait "Get replacement hardware for fabfe01–04"`. */
  description: string;
}

const finish = (s: RunbookStep) => s.finishMinute ?? 0;
const start = (s: RunbookStep) => s.startMinute ?? 0;

export function criticalChain(scenario: Scenario, workload: Workload): CriticalChain | null {
  const byOrder = new Map(scenario.steps.map((s) => [s.order, s]));
  let last: RunbookStep | null = null;
  for (const s of scenario.steps) if (s.workloads?.includes(workload) && (last === null || finish(s) > finish(last))) last = s;
  if (!last) return null;

  const chain: RunbookStep[] = [];
  let queueMinutes = 0;
  for (let step: RunbookStep | undefined = last; step;) {
    chain.push(step);
    let binding: RunbookStep | undefined;
    for (const dep of step.dependsOn) {
      const d = byOrder.get(dep);
      if (d && (!binding || finish(d) > finish(binding))) binding = d;
    }
    queueMinutes += Math.max(0, start(step) - (binding ? finish(binding) : 0));
    step = binding;
  }
  chain.reverse();

  let dominant: RunbookStep | null = null;
  for (const s of chain) if (!dominant || s.minutes > dominant.minutes) dominant = s;
  const dominantServers = dominant ? parallelServers(scenario, dominant) : [];
  return {
    steps: chain,
    queueMinutes,
    dominant,
    dominantServers,
    description: describe(dominant, dominantServers, queueMinutes, scenario),
  };
}

/** The servers of the steps that do the same thing as `step` (same title but for the server, same length). */
function parallelServers(scenario: Scenario, step: RunbookStep): string[] {
  if (!step.server) return [];
  const pattern = step.title.replaceAll(step.server, "\u0000");
  const servers = scenario.steps
    .filter(
      (s) => s.server && s.minutes === step.minutes && s.waiting === step.waiting && s.title.replaceAll(s.server, "\u0000") === pattern,
    )
    .map((s) => s.server!);
  return [...new Set(servers)];
}

function describe(dominant: RunbookStep | null, servers: string[], queueMinutes: number, scenario: Scenario): string {
  if (!dominant) return "";
  const admins = Math.max(1, new Set(scenario.steps.map((s) => s.assignee).filter((a) => a !== undefined)).size);
  if (queueMinutes > dominant.minutes)
    return `${hoursOf(queueMinutes)} h of steps waiting for one of ${admins} administrator${admins === 1 ? "" : "s"}`;
  const title = dominant.server && servers.length > 1 ? dominant.title.replaceAll(dominant.server, serverRange(servers)) : dominant.title;
  return `the ${hoursOf(dominant.minutes)} h ${dominant.waiting ? "wait" : "step"} "${title}"`;
}

/** Short names of servers, runs of numbered names collapsed: fabfe01, fabfe02, fabfe03 -> "fabfe01–03". */
export function serverRange(fqdns: readonly string[]): string {
  const names = fqdns.map((f) => f.split(".")[0]);
  if (names.length === 1) return names[0];
  const parts = names.map((n) => /^(.*?)(\d+)$/.exec(n));
  if (parts.every((p) => p !== null) && parts.every((p) => p![1] === parts[0]![1] && p![2].length === parts[0]![2].length)) {
    const nums = parts.map((p) => Number(p![2])).sort((a, b) => a - b);
    const contiguous = nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
    if (contiguous) {
      const width = parts[0]![2].length;
      return `${parts[0]![1]}${String(nums[0]).padStart(width, "0")}–${String(nums[nums.length - 1]).padStart(width, "0")}`;
    }
  }
  return nameList(names, 3);
}
