import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { migrateDeploy } from "./migrate";
import { importDeploymentText } from "./import-export";
import { deleteDeployment } from "./deployment-store";
import { listAudit, recordAudit } from "./audit-store";
import { testDatabases } from "./test-databases";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8");

describe.each(testDatabases)("audit log on $name", (database) => {
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

  it("records an import in the same transaction, and nothing when the import fails", async () => {
    const r = await importDeploymentText(db, example, "contoso.json", { actor: "ana" });
    if (!r.ok) throw new Error("import failed");
    const { entries } = await listAudit(db, { deploymentId: r.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ deploymentId: r.id, deploymentName: r.deployment.name, actor: "ana", action: "import" });
    expect(entries[0].detail).toMatch(/^contoso\.json: \d+ sites?, \d+ pools?, \d+ servers?$/);

    const before = await db.auditEntry.count();
    const bad = await importDeploymentText(db, "{}", "bad.json", { actor: "ana" });
    expect(bad.ok).toBe(false);
    expect(await db.auditEntry.count()).toBe(before);
  });

  it("lists newest first, paginates and filters by deployment", async () => {
    const r = await importDeploymentText(db, example, "", { actor: "bo" });
    if (!r.ok) throw new Error("import failed");
    for (let i = 0; i < 5; i++) {
      await recordAudit(db, { deploymentId: r.id, deploymentName: "x", actor: "bo", action: `edit:step${i}` });
      await new Promise((res) => setTimeout(res, 5));
    }
    const first = await listAudit(db, { deploymentId: r.id, take: 2 });
    expect(first.total).toBe(6);
    expect(first.entries.map((e) => e.action)).toEqual(["edit:step4", "edit:step3"]);
    const second = await listAudit(db, { deploymentId: r.id, take: 2, skip: 2 });
    expect(second.entries.map((e) => e.action)).toEqual(["edit:step2", "edit:step1"]);
    const all = await listAudit(db, { take: 500 });
    expect(all.total).toBeGreaterThan(6);
    expect(all.entries.every((e, i, xs) => i === 0 || xs[i - 1].at >= e.at)).toBe(true);
  });

  it("keeps the entries after the deployment is deleted", async () => {
    const r = await importDeploymentText(db, example, "", { actor: "cy" });
    if (!r.ok) throw new Error("import failed");
    await deleteDeployment(db, r.id);
    await recordAudit(db, { deploymentId: r.id, deploymentName: r.deployment.name, actor: "cy", action: "delete" });
    const { entries } = await listAudit(db, { deploymentId: r.id });
    expect(entries.map((e) => e.action)).toEqual(["delete", "import"]);
  });

  it("clips long values and defaults an empty actor to anonymous", async () => {
    await recordAudit(db, { deploymentId: null, deploymentName: "n".repeat(500), actor: "", action: "edit", detail: "d".repeat(5000) });
    const [e] = (await listAudit(db, { take: 1 })).entries;
    expect(e.actor).toBe("anonymous");
    expect(e.deploymentName.length).toBe(200);
    expect(e.detail.length).toBe(1000);
  });
});
