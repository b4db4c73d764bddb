// Am I protected: the verdict, the score and its breakdown, the worst miss per ranked workload.
import { describe, expect, it } from "vitest";
import { assessmentSchema } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, standard, type Json } from "../testing/fixtures";
import { serverRange } from "./critical-path";
import { assess, COVERAGE_POINTS, RPO_POINTS, RTO_POINTS } from "./score";
import { rankedWorkloads } from "./worst";

/** The Enterprise example with every target within reach and the practice gaps closed. */
const meetsEverything = (d: Json) => {
  for (const w of d.priorities.workloads) {
    w.rtoHours = 48;
    w.rpoHours = 24;
  }
  d.backup.settingsFrequencyHours = 24;
  d.backup.restoreTested = true;
  d.dependencies.reverseProxy.backedUp = true;
  for (const s of d.servers) s.spareHardware = true;
};

describe("verdict", () => {
  it("Enterprise example: not protected, IM and presence 19 h against 4 h leads the reasons (rank-by-rank scheduler, issue 25)", () => {
    const a = planDeployment(enterprise()).assessment;
    expect(assessmentSchema.parse(a)).toBeTruthy();
    expect(a.verdict).toBe("not-protected");
    expect(a.reasons[0]).toBe("IM and presence: worst case 19 h against a 4 h target (loss-of-site:Redmond)");
    expect(a.worst.find((w) => w.workload === "im-presence")).toMatchObject({
      scenario: "loss-of-site:Redmond",
      hours: 19,
      targetHours: 4,
      meets: false,
    });
    // 100 - 30.3 (recovery time: 11.8 IM, 10.4 voice, 7.2 remote access, 0.9 archiving) - 0.9 (data loss) - 12 (six warnings,
    // one of them "no backup destination") = 56.8, rounded; the rank-by-rank scheduler (issue 25) brings IM and voice back sooner.
    expect(a.score).toBe(57);
  });

  it("Standard example: not protected, with local-only backups among the reasons", () => {
    const a = planDeployment(standard()).assessment;
    expect(a.verdict).toBe("not-protected");
    expect(a.reasons.some((r) => /local storage with no offsite copy/.test(r))).toBe(true);
    expect(a.score).toBe(42); // 100 - 36.5 (recovery time) - 22 (one critical, eight warnings, one of them "no backup destination"), rounded
  });

  it("a deployment that meets every target with no critical gap is protected", () => {
    const plan = planDeployment(enterprise(meetsEverything));
    expect(plan.gaps.filter((g) => g.severity === "critical")).toEqual([]);
    expect(plan.assessment.verdict).toBe("protected");
    expect(plan.assessment.worst.every((w) => w.meets && w.rpo?.meets !== false)).toBe(true);
    expect(plan.assessment.breakdown.filter((b) => b.category !== "coverage")).toEqual([]);
  });

  it("rule: exactly one open critical gap makes the plan not protected, whatever else holds", () => {
    // Every target met and no critical gap: protected. Then the backups move to local storage with no
    // off-site copy, which is one critical gap (B3) and changes no recovery time: not protected.
    const local = planDeployment(
      enterprise((d) => {
        meetsEverything(d);
        d.backup.location = "local";
        d.backup.offsiteCopy = false;
      }),
    );
    const critical = local.gaps.filter((g) => g.severity === "critical");
    expect(critical.map((g) => g.id)).toEqual(["backups-local-only"]);
    expect(local.assessment.worst.every((w) => w.meets)).toBe(true);
    expect(local.assessment.verdict).toBe("not-protected");
    expect(local.assessment.reasons).toEqual([critical[0].message]);
  });

  it("rule: an accepted critical gap no longer decides the verdict", () => {
    const d = enterprise((d) => {
      meetsEverything(d);
      d.backup.location = "local";
      d.backup.offsiteCopy = false;
    });
    const plan = planDeployment(d);
    const a = assess({ d, scenarios: plan.scenarios, rpo: plan.rpo, gaps: plan.gaps }, new Set(["backups-local-only"]));
    expect(a.verdict).toBe("protected");
  });

  it("a small miss of a low-ranked workload only puts it at risk", () => {
    const worst = planDeployment(enterprise(meetsEverything)).assessment.worst.find((w) => w.workload === "monitoring")!.hours!;
    const target = Math.ceil(worst / 1.1); // missed by at most a tenth
    const plan = planDeployment(
      enterprise((d) => {
        meetsEverything(d);
        d.priorities.workloads.find((w: Json) => w.workload === "monitoring").rtoHours = target;
      }),
    );
    expect(plan.gaps.find((g) => g.id === "rto-over-target:monitoring")?.severity).toBe("info");
    expect(plan.assessment.verdict).toBe("at-risk");
    expect(plan.assessment.reasons[0]).toBe(
      `Monitoring (CDR and QoE): worst case ${worst} h against a ${target} h target (${plan.assessment.worst.find((w) => w.workload === "monitoring")!.scenario})`,
    );
  });
});

describe("score", () => {
  it("is 100 less the breakdown's points, recoverability weighing more than coverage", () => {
    for (const d of [enterprise(), standard()]) {
      const a = planDeployment(d).assessment;
      const lost = a.breakdown.reduce((s, b) => s - b.points, 0);
      expect(a.score).toBe(Math.round(100 - lost));
      const by = (c: string) => -a.breakdown.filter((b) => b.category === c).reduce((s, b) => s + b.points, 0);
      expect(by("rto")).toBeLessThanOrEqual(RTO_POINTS);
      expect(by("rpo")).toBeLessThanOrEqual(RPO_POINTS);
      expect(by("coverage")).toBeLessThanOrEqual(COVERAGE_POINTS);
      expect(RTO_POINTS + RPO_POINTS).toBeGreaterThan(COVERAGE_POINTS);
    }
  });

  it("weighs workloads by rank: IM and presence at 19 h vs 4 h costs 60 x 7/28 x 15/19 = 11.84", () => {
    const a = planDeployment(enterprise()).assessment;
    expect(a.breakdown.find((b) => b.gapId === "rto-over-target:im-presence")!.points).toBe(-11.8);
    const weights = rankedWorkloads(enterprise()).map((w) => w.weight);
    expect(weights[0]).toBeCloseTo(7 / 28);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1);
  });

  it("an accepted gap leaves the score and the verdict's reasons", () => {
    const base = planDeployment(enterprise()).assessment;
    const accepted = planDeployment(enterprise(), { acceptedGaps: ["rto-over-target:im-presence", "restore-never-tested"] }).assessment;
    expect(accepted.breakdown.some((b) => b.gapId === "rto-over-target:im-presence" || b.gapId === "restore-never-tested")).toBe(false);
    expect(accepted.score).toBe(base.score + 12 + 2); // 11.9 and 2 points, rounded with the rest
    expect(accepted.accepted).toEqual(expect.arrayContaining(["rto-over-target:im-presence", "restore-never-tested"]));
    expect(accepted.reasons.some((r) => r.startsWith("IM and presence"))).toBe(false);
  });
});

describe("server ranges", () => {
  it("collapses numbered names and lists the others", () => {
    expect(serverRange(["fabfe01.x.com", "fabfe02.x.com", "fabfe03.x.com", "fabfe04.x.com"])).toBe("fabfe01–04");
    expect(serverRange(["a.x.com"])).toBe("a");
    expect(serverRange(["a.x.com", "b.x.com", "c.x.com", "d.x.com"])).toBe("a, b, c and 1 more");
  });
});
