// The scheduler: correctness on small examples, and its monotonicity on random step graphs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignLanes, hoursOf, longestChainMinutes, scheduleRunbook, toGraph, workSequence, type SchedulableStep } from "./schedule";
import { runs } from "./testing/runs";

const work = (minutes: number, deps: number[], lane: number, rank = 1): SchedulableStep => ({ minutes, deps, lane, rank });
const wait = (minutes: number, deps: number[], lane: number): SchedulableStep => ({ minutes, deps, lane, rank: Infinity, waiting: true });

/** Random runbook-like graphs: steps depend only on earlier ones; a few wait; lanes and ranks vary. */
const graph = fc
  .array(
    fc.record({
      minutes: fc.integer({ min: 0, max: 300 }),
      depPicks: fc.array(fc.nat(), { maxLength: 3 }),
      lane: fc.nat(5),
      rank: fc.constantFrom(1, 2, 3, Infinity),
      waiting: fc.boolean(),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((raw) =>
    raw.map((r, i): SchedulableStep => ({
      minutes: r.minutes,
      deps: i === 0 ? [] : [...new Set(r.depPicks.map((p) => p % i))],
      lane: r.lane,
      rank: r.rank,
      waiting: r.waiting && r.depPicks.length % 2 === 0,
    })),
  );

describe("scheduleRunbook", () => {
  it("starts each step after its dependencies and after its admin's previous step", () => {
    const steps = [work(60, [], 0), wait(480, [0], 1), work(120, [1], 1), work(30, [0], 2), work(15, [2, 3], 0)];
    const s = scheduleRunbook(steps, 1);
    expect([...s.start]).toEqual([0, 60, 540, 60, 660]);
    expect([...s.finish]).toEqual([60, 540, 660, 90, 675]);
    expect([...s.assignee]).toEqual([1, 0, 1, 1, 1]);
    expect(s.makespan).toBe(675);
  });

  it("lets a second admin take a lane while the first waits, and marks the chain that ends last as critical", () => {
    const steps = [work(60, [], 0), work(120, [0], 1), work(120, [0], 2), work(30, [1, 2], 0)];
    const one = scheduleRunbook(steps, 1);
    const two = scheduleRunbook(steps, 2);
    expect(one.makespan).toBe(330);
    expect(two.makespan).toBe(210);
    // Steps 1 and 2 both end at 180; the chain is traced through the first of them.
    expect([...two.critical]).toEqual([1, 1, 0, 1]);
  });

  it("waiting steps occupy no admin (hardware delivery, copying backups)", () => {
    const s = scheduleRunbook([wait(480, [], 1), wait(480, [], 2), work(60, [0], 1), work(60, [1], 2)], 1);
    expect([...s.start]).toEqual([0, 0, 480, 540]);
    expect([...s.assignee]).toEqual([0, 0, 1, 1]);
  });

  it("starts the ready work of the most critical workload first", () => {
    const s = scheduleRunbook([work(60, [], 1, 3), work(60, [], 2, 1)], 1);
    expect(s.start[1]).toBe(0);
    expect(s.start[0]).toBe(60);
  });

  it("does available work instead of idling behind a step that waits on other work", () => {
    // Lane 1's second step waits for lane 2; the single admin fills the gap with lane 3.
    const steps = [work(10, [], 1, 1), work(10, [0, 3], 1, 1), work(100, [], 3, 5), wait(200, [], 2)];
    const s = scheduleRunbook(steps, 1);
    expect(s.start[2]).toBe(10);
    expect(s.start[1]).toBe(200);
  });
});

describe("workSequence", () => {
  it("is a topological order of the steps", () => {
    fc.assert(
      fc.property(graph, (steps) => {
        const { sequence } = workSequence(toGraph(steps));
        const at = new Map([...sequence].map((i, k) => [i, k]));
        expect(at.size).toBe(steps.length);
        steps.forEach((s, i) => s.deps.forEach((d) => expect(at.get(d)!).toBeLessThan(at.get(i)!)));
      }),
    );
  });
});

describe("assignLanes", () => {
  it("gives every lane to one admin when there is one", () => {
    const steps = [work(1, [], 0), work(1, [], 1), work(1, [], 2)];
    expect([...assignLanes(toGraph(steps), 1)]).toEqual([1, 1, 1]);
  });

  it("splits lanes by priority, alternately, so each admin gets critical work", () => {
    const steps = [work(1, [], 0, 1), work(1, [], 1, 1), work(1, [], 2, 2), work(1, [], 3, 2)];
    expect([...assignLanes(toGraph(steps), 2)]).toEqual([1, 2, 1, 2]);
  });

  it("nests: lanes sharing an admin with k+1 admins shared one with k admins", () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 5 }), (steps, k) => {
        const g = toGraph(steps);
        const a = assignLanes(g, k);
        const b = assignLanes(g, k + 1);
        for (let x = 0; x < a.length; x++) for (let y = 0; y < a.length; y++) if (b[x] !== 0 && b[x] === b[y]) expect(a[x]).toBe(a[y]);
      }),
    );
  });

  it("hands a join lane (a check waiting for several servers) to the admin of its latest dependency", () => {
    const steps = [work(10, [], 1), work(500, [], 2), work(5, [0, 1], 3)];
    const admins = assignLanes(toGraph(steps), 2, new Set([3]), [10, 500, 505]);
    expect(admins[3]).toBe(admins[2]);
  });
});

describe("monotonicity on random step graphs", () => {
  it("more admins never finish any step later", () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 4 }), (steps, k) => {
        const a = scheduleRunbook(steps, k);
        const b = scheduleRunbook(steps, k + 1);
        b.finish.forEach((f, i) => expect(f).toBeLessThanOrEqual(a.finish[i]));
      }),
      runs(300),
    );
  });

  it("a longer step never makes any step finish earlier", () => {
    fc.assert(
      fc.property(graph, fc.nat(), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 4 }), (steps, pick, extra, k) => {
        const i = pick % steps.length;
        const longer = steps.map((s, j) =>
          j === i ? { ...s, sequenceMinutes: s.minutes, minutes: s.minutes + extra } : { ...s, sequenceMinutes: s.minutes },
        );
        const base = steps.map((s) => ({ ...s, sequenceMinutes: s.minutes }));
        const a = scheduleRunbook(base, k);
        const b = scheduleRunbook(longer, k);
        b.finish.forEach((f, j) => expect(f).toBeGreaterThanOrEqual(a.finish[j]));
      }),
      runs(300),
    );
  });

  it("never finishes before the longest chain of dependencies", () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 4 }), (steps, k) => {
        expect(scheduleRunbook(steps, k).makespan).toBeGreaterThanOrEqual(longestChainMinutes(steps));
      }),
    );
  });
});

describe("hoursOf", () => {
  it("rounds up to 0.01 h so an estimate never undercuts its minutes", () => {
    expect(hoursOf(570)).toBe(9.5);
    expect(hoursOf(571)).toBe(9.52);
    expect(hoursOf(0)).toBe(0);
    for (let m = 0; m < 2000; m += 7) expect(hoursOf(m) * 60).toBeGreaterThanOrEqual(m - 1e-9);
  });
});
