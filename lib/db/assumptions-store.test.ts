import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { migrateDeploy } from "./migrate";
import { createDeployment } from "./deployment-store";
import { assumptionsRevision, assumptionsVersionOf, saveAssumptionOverrides, StaleAssumptionsError } from "./assumptions-store";
import { testDatabases } from "./test-databases";
import { generateDeployment } from "../engine/testing/generate";

describe.each(testDatabases)("assumption overrides on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let id: string;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    id = await createDeployment(db, generateDeployment({ servers: 10, pools: 1, seed: 3 }));
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });
  const values = async () => JSON.parse((await db.estimationAssumptions.findUnique({ where: { deploymentId: id } }))?.values ?? "{}");

  it("of two saves from the same page, the second is refused and the first one's values stay", async () => {
    expect(await assumptionsRevision(db, id)).toBe(0);
    const [a, b] = await Promise.allSettled([
      saveAssumptionOverrides(db, id, { decisionMinutes: 3 }, 0),
      saveAssumptionOverrides(db, id, { decisionMinutes: 5 }, 0),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const refused = [a, b].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(StaleAssumptionsError);
    const kept = (await values()).decisionMinutes;
    expect([3, 5]).toContain(kept);

    const revision = await assumptionsRevision(db, id);
    await saveAssumptionOverrides(db, id, { decisionMinutes: 4 }, revision);
    await expect(saveAssumptionOverrides(db, id, { decisionMinutes: 9 }, revision)).rejects.toBeInstanceOf(StaleAssumptionsError);
    expect((await values()).decisionMinutes).toBe(4);
  });

  it("every revision is new, even for saves within one millisecond", async () => {
    let revision = await assumptionsRevision(db, id);
    for (let i = 0; i < 5; i++) {
      await saveAssumptionOverrides(db, id, { decisionMinutes: 10 + i }, revision);
      const next = await assumptionsRevision(db, id);
      expect(next).toBeGreaterThan(revision);
      revision = next;
    }
  });

  it("going back to every default keeps the row with a new assumptions version, conditionally too", async () => {
    const revision = await assumptionsRevision(db, id);
    const version = await assumptionsVersionOf(db, id);
    await expect(saveAssumptionOverrides(db, id, {}, revision - 1)).rejects.toBeInstanceOf(StaleAssumptionsError);
    await saveAssumptionOverrides(db, id, {}, revision);
    expect(await values()).toEqual({});
    expect(await assumptionsVersionOf(db, id)).toBe(version + 1);
    // The version never goes back, so an old approval of other values cannot pass for this one.
    await expect(saveAssumptionOverrides(db, id, {}, 0)).rejects.toBeInstanceOf(StaleAssumptionsError);
  });

  it("raises the assumptions version at every change, and not for the same values saved again", async () => {
    const other = await createDeployment(db, generateDeployment({ servers: 5, pools: 1, seed: 4 }));
    expect(await assumptionsVersionOf(db, other)).toBe(0);
    await saveAssumptionOverrides(db, other, { decisionMinutes: 30 }, 0);
    expect(await assumptionsVersionOf(db, other)).toBe(1);
    await saveAssumptionOverrides(db, other, { decisionMinutes: 30 }, await assumptionsRevision(db, other));
    expect(await assumptionsVersionOf(db, other)).toBe(1);
    await saveAssumptionOverrides(db, other, { decisionMinutes: 45 }, await assumptionsRevision(db, other));
    await saveAssumptionOverrides(db, other, { decisionMinutes: 50 });
    expect(await assumptionsVersionOf(db, other)).toBe(3);
  });
});
