// The scheduler: correctness on small examples, and its monotonicity on random step graphs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hoursOf, longestChainMinutes, scheduleRunbook, type SchedulableStep } from "./schedule";
import { runs } from "./testing/runs";

const work = (minutes: number, deps: number[], lane: number, rank = 1): SchedulableStep => ({ minutes, deps, lane, rank });
const wait = (minutes: number, deps: number[], lane: number): SchedulableStep => ({ minutes, deps, lane, rank: Infinity, waiting: true });

/** Each step's scheduling rank: its own, or the best rank of a step that needs it. */
function effectiveRanks(steps: readonly SchedulableStep[]): number[] {
  const ranks = steps.map((s) => s.rank);
  for (let i = steps.length - 1; i >= 0; i--) for (const d of steps[i].deps) ranks[d] = Math.min(ranks[d], ranks[i]);
  return ranks;
}

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
    // Step 2 (rank 1) waits for the 200-minute wait (step 1); the single admin fills the gap from 10 with
    // the rank-5 step 3, which fits (10 + 100 <= 200), so step 2 still starts at 200.
    const steps = [work(10, [], 1, 1), wait(200, [], 2), work(10, [0, 1], 1, 1), work(100, [], 3, 5)];
    const s = scheduleRunbook(steps, 1);
    expect(s.start[3]).toBe(10);
    expect(s.start[2]).toBe(200);
  });

  it("never lets a lower-ranked step that does not fit a gap push a higher-ranked one back", () => {
    // Same as above but the rank-5 step takes 250 minutes: it no longer fits before 200, so it waits until
    // the rank-1 step is done (200 + 10) instead of delaying it.
    const steps = [work(10, [], 1, 1), wait(200, [], 2), work(10, [0, 1], 1, 1), work(250, [], 3, 5)];
    const s = scheduleRunbook(steps, 1);
    expect([...s.start]).toEqual([0, 0, 200, 210]);
  });

  it("gives a step to whichever admin is free when it is ready, not to a lane's admin", () => {
    // Lanes 1 and 2 each hold two 60-minute steps; admin 1 takes lane 1's first step, admin 2 lane 2's;
    // lane 1's second step waits for a 300-minute wait, so admin 1 takes lane 2's second step at 60.
    const steps = [work(60, [], 1), wait(300, [0], 1), work(60, [1], 1), work(60, [], 2), work(60, [3], 2), work(60, [], 2)];
    const s = scheduleRunbook(steps, 2);
    expect([...s.start]).toEqual([0, 60, 360, 0, 60, 60]);
    expect(s.assignee[4]).not.toBe(s.assignee[5]);
  });

  it("treats a step that a higher-ranked step needs as work of that rank", () => {
    // Step 1 serves rank 9 but the rank-1 step 2 needs it, so it goes before the rank-5 step 0.
    const s = scheduleRunbook([work(60, [], 1, 5), work(60, [], 2, 9), work(10, [1], 2, 1)], 1);
    expect([...s.start]).toEqual([70, 0, 60]);
  });
});

describe("monotonicity on random step graphs", () => {
  it("more admins (any number more) never finish any step later", () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 4 }), (steps, k) => {
        const a = scheduleRunbook(steps, k);
        const b = scheduleRunbook(steps, k + 1);
        b.finish.forEach((f, i) => expect(f).toBeLessThanOrEqual(a.finish[i]));
      }),
      runs(300),
    );
  });

  it("one more admin never makes any step finish later", () => {
    fc.assert(
      fc.property(graph, (steps) => {
        let before = scheduleRunbook(steps, 1);
        for (let k = 2; k <= 5; k++) {
          const after = scheduleRunbook(steps, k);
          after.finish.forEach((f, i) => expect(f).toBeLessThanOrEqual(before.finish[i]));
          before = after;
        }
      }),
      runs(200),
    );
  });

  it("a step added for a worse rank never moves a step of a better rank", () => {
    fc.assert(
      fc.property(
        graph,
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 4 }),
        (steps, picks, minutes, k) => {
          const worst = Math.max(...steps.map((s) => s.rank));
          fc.pre(worst > 1);
          // The new step serves rank `worst` (or no ranked workload), so only steps ranked better are compared.
          const added = [...steps, { minutes, deps: [...new Set(picks.map((p) => p % steps.length))], lane: 9, rank: worst }];
          const a = scheduleRunbook(steps, k);
          const b = scheduleRunbook(added, k);
          const better = effectiveRanks(steps).map((r) => r < worst);
          steps.forEach((_, i) => {
            if (!better[i]) return;
            expect([b.start[i], b.assignee[i]]).toEqual([a.start[i], a.assignee[i]]);
          });
        },
      ),
      runs(300),
    );
  });

  it("a longer step never moves a step of a better rank than its own", () => {
    fc.assert(
      fc.property(graph, fc.nat(), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 4 }), (steps, pick, extra, k) => {
        const i = pick % steps.length;
        const longer = steps.map((s, j) => (j === i ? { ...s, minutes: s.minutes + extra } : s));
        const ranks = effectiveRanks(steps);
        const a = scheduleRunbook(steps, k);
        const b = scheduleRunbook(longer, k);
        steps.forEach((_, j) => {
          if (ranks[j] < ranks[i]) expect([b.start[j], b.assignee[j]]).toEqual([a.start[j], a.assignee[j]]);
        });
      }),
      runs(300),
    );
  });

  it("never finishes a step later than its rank's longest chain plus all the admin work of its rank and better (the bound)", () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 1, max: 4 }), (steps, k) => {
        const s = scheduleRunbook(steps, k);
        const ranks = effectiveRanks(steps);
        steps.forEach((_, i) => {
          const upTo = steps.map((_, j) => ranks[j] <= ranks[i]);
          const chain = longestChainMinutes(steps.map((x, j) => ({ minutes: upTo[j] ? x.minutes : 0, deps: x.deps })));
          const work = steps.reduce((sum, x, j) => sum + (upTo[j] && !x.waiting ? x.minutes : 0), 0);
          expect(s.finish[i]).toBeLessThanOrEqual(chain + work);
        });
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
