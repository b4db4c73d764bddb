// D9: an address-book share's normalizationRules (false: the folder holds no rules file) is stored, loaded back
// and changed like every other field, on SQLite and (with TEST_POSTGRES_URL) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { standard } from "../engine/testing/fixtures";
import { createPrismaClient, type Db } from "./client";
import { createDeployment, loadDeployment, replaceDeployment } from "./deployment-store";
import { migrateDeploy } from "./migrate";
import { testDatabases } from "./test-databases";

describe.each(testDatabases)("the address-book share's normalizationRules on $name", (database) => {
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

  it("loads back false, then nothing once it is removed, and leaves the other shares without the field", async () => {
    const d = standard((j) => (j.fileShares[3].normalizationRules = false));
    const id = await createDeployment(db, d);
    const loaded = (await loadDeployment(db, id))!;
    expect(loaded.deployment.fileShares![3]).toEqual({ ...d.fileShares![3], normalizationRules: false });
    expect(loaded.deployment.fileShares!.filter((s) => "normalizationRules" in s)).toHaveLength(1);

    const without = structuredClone(loaded.deployment);
    delete without.fileShares![3].normalizationRules;
    await replaceDeployment(db, id, without, loaded.version);
    expect((await loadDeployment(db, id))!.deployment.fileShares![3]).not.toHaveProperty("normalizationRules");
  });
});
