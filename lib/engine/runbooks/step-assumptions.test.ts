// Every step names the assumption its minutes come from (issue 16, calibration per assumption):
// changing one assumption changes the minutes of the steps that name it, and of no step naming another.
import { beforeEach, describe, expect, it } from "vitest";
import { ASSUMPTION_TABLE, DEFAULT_ASSUMPTIONS, type AssumptionKey } from "../assumptions";
import { planDeployment } from "../plan";
import { enterprise } from "../testing/fixtures";
import type { Plan } from "../plan";

/** Every step of every path, keyed by scenario, path, title and occurrence (orders move when minutes change). */
const stepsOf = (plan: Plan) =>
  plan.scenarios.flatMap((s) =>
    [s, ...(s.alternatives ?? []), ...(s.failback ? [s.failback] : [])].flatMap((r) => {
      const seen = new Map<string, number>();
      return r.steps.map((step) => {
        const n = (seen.get(step.title) ?? 0) + 1;
        seen.set(step.title, n);
        return { key: `${s.id}/${r === s ? "main" : (r as { id: string }).id}/${step.title}#${n}`, step };
      });
    }),
  );

// Media not at hand adds the waiting step driven by missingMediaMinutes.
const deployment = enterprise((d) => {
  d.recovery.mediaAvailable = false;
});

// The example has no standby site and trained staff: no standby, courier or reissue step.
const EXPECTED_KEYS = [
  "adPrepMinutes",
  "adRebuildMinutes",
  "adRestoreMinutes",
  "certificateMinutes",
  "decisionMinutes",
  "dnsUpdateMinutes",
  "fileRestoreGbPerHour",
  "missingMediaMinutes",
  "ocsInstallActivateMinutes",
  "osBuildMinutes",
  "settingsImportMinutes",
  "sqlInstallMinutes",
  "sqlRestoreGbPerHour",
  "userDataGbPerHour",
  "userReassignMinutes",
  "validationMinutes",
];

describe("the assumption behind each step's minutes", () => {
  // Planned before each test rather than while the file is collected, so mutation testing links the
  // runbook code to these tests.
  let base: Plan;
  let before: Map<string, ReturnType<typeof stepsOf>[number]["step"]>;
  beforeEach(() => {
    base = planDeployment(deployment);
    before = new Map(stepsOf(base).map((x) => [x.key, x.step]));
  });
  const keys = ASSUMPTION_TABLE.filter((r) => r.unit === "minutes" || r.unit === "GB per hour").map((r) => r.key);

  it.each(keys)("changing %s changes only the steps that name it (or name none)", (key: AssumptionKey) => {
    const factor = ASSUMPTION_TABLE.find((r) => r.key === key)!.unit === "GB per hour" ? 0.25 : 4;
    const changed = planDeployment(deployment, { assumptions: { [key]: DEFAULT_ASSUMPTIONS[key] * factor } });
    let named = 0;
    for (const { key: k, step } of stepsOf(changed)) {
      const old = before.get(k);
      if (!old) continue;
      if (old.assumption === key) {
        named++;
        if (old.minutes > 0) expect(step.minutes, `${k} ${step.title}`).toBeGreaterThan(old.minutes);
      } else if (old.assumption !== undefined) {
        expect(step.minutes, `${k} ${step.title} names ${old.assumption}`).toBe(old.minutes);
      }
    }
    expect(named).toBe(stepsOf(base).filter((x) => x.step.assumption === key).length);
  });

  it("names an assumption on most hands-on steps, and only keys of the assumptions table", () => {
    const all = stepsOf(base).map((x) => x.step);
    const known = new Set<string>(ASSUMPTION_TABLE.map((r) => r.key));
    for (const s of all) if (s.assumption !== undefined) expect(known.has(s.assumption)).toBe(true);
    const named = all.filter((s) => s.assumption !== undefined).length;
    expect(named / all.length).toBeGreaterThan(0.75);
    expect([...new Set(all.map((s) => s.assumption).filter(Boolean))].sort()).toEqual(EXPECTED_KEYS);
  });
});
