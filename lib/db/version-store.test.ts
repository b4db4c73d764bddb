import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { migrateDeploy } from "./migrate";
import { importDeploymentText } from "./import-export";
import { deleteDeployment, loadDeployment, replaceDeployment } from "./deployment-store";
import { listVersions, loadVersion } from "./version-store";
import { approveVersion } from "../commands/versions";
import { listAudit } from "./audit-store";
import { planDeployment } from "../engine/plan";
import { testDatabases } from "./test-databases";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8");

describe.each(testDatabases)("plan versions on $name", (database) => {
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

  async function approveCurrent(id: string, approvedBy: string, note: string) {
    const stored = (await loadDeployment(db, id))!;
    const planned = { stored, plan: planDeployment(stored.deployment), assumptionOverrides: {} };
    const result = await approveVersion(db, { deploymentId: id, expectedVersion: stored.version, note, planned }, approvedBy);
    if (!result.ok) throw new Error(result.message);
    return result.number;
  }

  it("refuses to approve a deployment version that is already approved, with a clear message and no second entry", async () => {
    const r = await importDeploymentText(db, example, "twice.json");
    if (!r.ok) throw new Error("import failed");
    expect(await approveCurrent(r.id, "ana", "first review")).toBe(1);
    const stored = (await loadDeployment(db, r.id))!;
    const planned = { stored, plan: planDeployment(stored.deployment), assumptionOverrides: {} };
    const again = await approveVersion(db, { deploymentId: r.id, expectedVersion: stored.version, note: "again", planned }, "bo");
    expect(again).toMatchObject({
      ok: false,
      message: `Deployment version ${stored.version} with assumptions version 0 is already approved as plan version 1. Change the deployment or its assumptions before approving again; the approved version stays as it is.`,
    });
    expect((await listVersions(db, r.id)).map((v) => v.number)).toEqual([1]);
    expect((await listAudit(db, { deploymentId: r.id })).entries.filter((e) => e.action === "approve")).toHaveLength(1);
  });

  it("numbers versions 1, 2, 3 per deployment and keeps what was approved", async () => {
    const r = await importDeploymentText(db, example, "a.json");
    const other = await importDeploymentText(db, example, "b.json");
    if (!r.ok || !other.ok) throw new Error("import failed");
    expect(await approveCurrent(r.id, "ana", "first review")).toBe(1);
    expect(await approveCurrent(other.id, "bo", "other deployment")).toBe(1);

    const changed = { ...r.deployment, backup: { ...r.deployment.backup, restoreTested: !r.deployment.backup.restoreTested } };
    await replaceDeployment(db, r.id, changed);
    expect(await approveCurrent(r.id, "ana", "after the restore test")).toBe(2);

    const versions = await listVersions(db, r.id);
    expect(versions.map((v) => [v.number, v.deploymentVersion, v.approvedBy, v.note])).toEqual([
      [2, 2, "ana", "after the restore test"],
      [1, 1, "ana", "first review"],
    ]);
    expect(versions[0]).not.toHaveProperty("planJson");

    const v1 = await loadVersion(db, r.id, 1);
    expect(v1?.deployment).toEqual(r.deployment);
    expect(v1?.plan).toEqual(JSON.parse(JSON.stringify(planDeployment(r.deployment))));
    expect((await loadVersion(db, r.id, 2))?.deployment.backup.restoreTested).toBe(changed.backup.restoreTested);
    expect(await loadVersion(db, r.id, 3)).toBeNull();
    expect(await loadVersion(db, r.id, 0)).toBeNull();
  });

  it("records the approval in the audit log", async () => {
    const r = await importDeploymentText(db, example, "c.json");
    if (!r.ok) throw new Error("import failed");
    await approveCurrent(r.id, "cy", "looks right");
    const { entries } = await listAudit(db, { deploymentId: r.id });
    expect(entries[0]).toMatchObject({ actor: "cy", action: "approve" });
    expect(entries[0].detail).toContain("version 1");
    expect(entries[0].detail).toContain("looks right");
  });

  it("lets only one of two concurrent approvals of the same deployment version through", async () => {
    const r = await importDeploymentText(db, example, "d.json");
    if (!r.ok) throw new Error("import failed");
    const outcomes = await Promise.allSettled([approveCurrent(r.id, "a", "one"), approveCurrent(r.id, "b", "two")]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((o) => o.status === "fulfilled")).toMatchObject({ value: 1 });
    expect(String((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason)).toMatch(
      /already approved as plan version 1/,
    );
    expect((await listVersions(db, r.id)).map((v) => v.number)).toEqual([1]);
  });

  it("deletes the versions with the deployment", async () => {
    const r = await importDeploymentText(db, example, "e.json");
    if (!r.ok) throw new Error("import failed");
    await approveCurrent(r.id, "a", "n");
    await deleteDeployment(db, r.id);
    expect(await db.planVersion.count({ where: { deploymentId: r.id } })).toBe(0);
    expect(await listVersions(db, r.id)).toEqual([]);
  });
});
