// "Try it" makes a what-if of its baseline (listed under it, not among the deployments), repeated presses
// reuse it, and it leaves by "Apply to the baseline" (an audited edit, a new baseline version) or "Discard".
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { importDeploymentText } from "../db/import-export";
import { listDeployments, loadDeployment } from "../db/deployment-store";
import { listWhatIfs, whatIfOf } from "../db/what-if-store";
import { planDeployment } from "../engine/plan";
import { applyRecommendationPatch } from "../engine/assessment/recommend";
import { testDatabases } from "../db/test-databases";
import { applyWhatIf, createWhatIfVariant, discardWhatIf } from "./what-if";
import { deleteDeployment, renameDeployment } from "./deployments";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-enterprise-consolidated.json"), "utf8");
const A = "Ana <ana@example.com>";

describe.each(testDatabases)("what-ifs on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  async function tryFirst(id: string, which = 0) {
    const stored = (await loadDeployment(db, id))!;
    const recommendation = planDeployment(stored.deployment, { recommendations: true }).assessment.recommendations![which];
    const result = await createWhatIfVariant(
      db,
      { sourceId: id, source: stored.deployment, sourceVersion: stored.version, recommendation },
      A,
    );
    if (!result.ok) throw new Error(result.message);
    return { ...result, recommendation, stored };
  }

  it("repeated presses reuse one what-if, listed under its baseline and not among the deployments", async () => {
    const r = await importDeploymentText(db, example, "baseline.json");
    if (!r.ok) throw new Error("import failed");
    const first = await tryFirst(r.id);
    const again = await tryFirst(r.id);
    const third = await tryFirst(r.id);
    expect(first.reused).toBe(false);
    expect([again.id, third.id]).toEqual([first.id, first.id]);
    expect((await listWhatIfs(db, r.id)).map((w) => w.id)).toEqual([first.id]);
    const listed = (await listDeployments(db)).map((d) => d.id);
    expect(listed).toContain(r.id);
    expect(listed).not.toContain(first.id);
    expect((await listDeployments(db, { whatIfs: true })).map((d) => d.id)).toContain(first.id);
    expect(await db.auditEntry.count({ where: { action: "what-if" } })).toBe(1);
  });

  it("applies a what-if to its baseline as a new audited version, and the what-if is gone", async () => {
    const r = await importDeploymentText(db, example, "apply.json");
    if (!r.ok) throw new Error("import failed");
    const w = await tryFirst(r.id);
    const applied = await applyWhatIf(db, { whatIfId: w.id }, A);
    expect(applied).toMatchObject({ ok: true, baselineId: r.id, version: 2 });
    const baseline = (await loadDeployment(db, r.id))!;
    expect(baseline.deployment).toEqual({
      ...applyRecommendationPatch(w.stored.deployment, w.recommendation.patch),
      name: w.stored.deployment.name,
    });
    expect(await whatIfOf(db, w.id)).toBeNull();
    expect(await loadDeployment(db, w.id)).toBeNull();
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "what-if:apply" } });
    expect(entry).toMatchObject({ deploymentId: r.id, actor: A });
    expect(await applyWhatIf(db, { whatIfId: w.id }, A)).toMatchObject({ ok: false, notFound: true });
  });

  it("refuses to apply a what-if made of an older baseline version; discard deletes only the what-if", async () => {
    const r = await importDeploymentText(db, example, "stale.json");
    if (!r.ok) throw new Error("import failed");
    const w = await tryFirst(r.id);
    expect(await renameDeployment(db, { id: r.id, name: "Renamed baseline" }, A)).toMatchObject({ ok: true });
    expect(await applyWhatIf(db, { whatIfId: w.id }, A)).toMatchObject({ ok: false, stale: true });
    expect(await discardWhatIf(db, { whatIfId: w.id }, A)).toMatchObject({ ok: true, baselineId: r.id });
    expect(await loadDeployment(db, w.id)).toBeNull();
    expect((await loadDeployment(db, r.id))!.deployment.name).toBe("Renamed baseline");
    expect(await db.auditEntry.count({ where: { action: "what-if:discard", deploymentId: r.id } })).toBe(1);
  });

  it("a press after the baseline changed replaces the old what-if; deleting the baseline deletes its what-ifs", async () => {
    const r = await importDeploymentText(db, example, "replace.json");
    if (!r.ok) throw new Error("import failed");
    const old = await tryFirst(r.id);
    await renameDeployment(db, { id: r.id, name: "Changed" }, A);
    const fresh = await tryFirst(r.id);
    expect(fresh.id).not.toBe(old.id);
    expect(await loadDeployment(db, old.id)).toBeNull();
    expect((await listWhatIfs(db, r.id)).map((w) => w.id)).toEqual([fresh.id]);
    expect(await deleteDeployment(db, { id: r.id }, A)).toMatchObject({ ok: true });
    expect(await loadDeployment(db, fresh.id)).toBeNull();
  });
});
