// The deployments list and the overview judge a deployment alike: with stale backup evidence, the
// list shows the overview's verdict and score (evidence counted, B10), not the plan's alone. On each
// test database (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { uploadEvidence } from "../commands/evidence";
import { createPrismaClient, type Db } from "../db/client";
import { importDeploymentText } from "../db/import-export";
import { migrateDeploy } from "../db/migrate";
import { testDatabases } from "../db/test-databases";
import { EVIDENCE_HEADER } from "../formats/evidence";

const example = JSON.parse(readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-enterprise-consolidated.json"), "utf8"));
// Every target within reach (as in the assessment tests), so that without evidence it is protected.
for (const w of example.priorities.workloads) {
  w.rtoHours = 48;
  w.rpoHours = 24;
}
example.backup.settingsFrequencyHours = 24;
example.backup.restoreTested = true;
example.dependencies.reverseProxy.backedUp = true;
for (const s of example.servers) s.spareHardware = true;

const HOUR = 3_600_000;
const NOW = Date.now();
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
// RTC backed up last night; RTCCDR's last good backup is four days old.
const stale = [
  EVIDENCE_HEADER,
  `database,sql01.litware.com,RTC,${iso(NOW - 3 * HOUR)},,ok`,
  `database,mon1.litware.com,RTCCDR,${iso(NOW - 96 * HOUR)},,ok`,
].join("\r\n");

describe.each(testDatabases)("the deployments list's verdict on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let mod: typeof import("./load-evidence");
  let id: string;

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    // load-plan and load-evidence read the app's one client: this database's, for this suite.
    (globalThis as { prisma?: Db }).prisma = db;
    vi.resetModules();
    mod = await import("./load-evidence");
    const imported = await importDeploymentText(db, JSON.stringify(example), "e.json");
    if (!imported.ok) throw new Error(imported.errors[0].message);
    id = imported.id;
  });
  afterAll(async () => {
    (globalThis as { prisma?: Db }).prisma = undefined;
    await db?.$disconnect();
    await drop?.();
  });

  it("without evidence shows the plan's verdict", async () => {
    const list = await mod.loadListAssessment(id, NOW);
    expect(list?.verdict).toBe("protected");
    const overview = (await mod.loadPlanWithEvidence(id, NOW))!;
    expect(overview.withEvidence).toBe(false);
    expect([list?.verdict, list?.score]).toEqual([overview.plan.assessment.verdict, overview.plan.assessment.score]);
  });

  it("with stale evidence shows the same verdict and score as the overview, evidence counted", async () => {
    const before = await mod.loadListAssessment(id, NOW);
    const r = await uploadEvidence(db, { deploymentId: id, text: stale, now: new Date(NOW - HOUR) }, "pat");
    expect(r.ok).toBe(true);
    const list = (await mod.loadListAssessment(id, NOW))!;
    const overview = (await mod.loadPlanWithEvidence(id, NOW))!;
    expect(overview.withEvidence).toBe(true);
    expect(overview.plan.gaps.some((g) => g.id.startsWith("evidence-stale:") && g.subject.includes("RTCCDR"))).toBe(true);
    expect(list.verdict).toBe("not-protected");
    expect({ verdict: list.verdict, score: list.score, breakdown: list.breakdown }).toEqual({
      verdict: overview.plan.assessment.verdict,
      score: overview.plan.assessment.score,
      breakdown: overview.plan.assessment.breakdown,
    });
    expect(list.score).toBeLessThan(before!.score);
  });

  it("plots the upload and now in the history with the overview's verdict, and keeps the upload's point", async () => {
    const view = (await mod.loadEvidenceView(id, NOW))!;
    const points = view.history!.points;
    expect(points.map((p) => [p.source, p.atMs])).toEqual([
      ["upload", NOW - HOUR],
      ["now", NOW],
    ]);
    const overview = (await mod.loadPlanWithEvidence(id, NOW))!.plan.assessment;
    expect([points[1].verdict, points[1].score]).toEqual([overview.verdict, overview.score]);
    expect(points[0].verdict).toBe("not-protected");
    const rtccdr = view.history!.items.findIndex((i) => i.item === "RTCCDR");
    // Four days and a scheduled run: far past the 24 h target at both points.
    expect(points[0].actualRpoHours[rtccdr]).toBeGreaterThan(96);
    expect(points[1].actualRpoHours[rtccdr]).toBeGreaterThan(points[0].actualRpoHours[rtccdr]! - 0.01);
    // The upload's point is computed once per plan version: a later view reuses it.
    const again = (await mod.loadEvidenceView(id, NOW + 60_000))!;
    expect(again.history!.points[0]).toBe(points[0]);
  });

  it("agrees with the overview again once the full plan is cached", async () => {
    const { loadPlan } = await import("./load-plan");
    await loadPlan(id);
    const list = (await mod.loadListAssessment(id, NOW))!;
    const overview = (await mod.loadPlanWithEvidence(id, NOW))!.plan.assessment;
    expect([list.verdict, list.score]).toEqual([overview.verdict, overview.score]);
  });
});
