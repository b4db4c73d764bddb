// Extension 2's sites[].domainControllers through the store: stated true, stated false and absent each
// come back as they were (absent stays absent: the default depends on the site's kind), and an edit is saved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { exportDeployment, importDeploymentText } from "./import-export";
import { migrateDeploy } from "./migrate";
import { loadDeployment, replaceDeployment } from "./deployment-store";
import { testDatabases } from "./test-databases";
import { extension2Example } from "../formats/testing/extension-2-example";

describe.each(testDatabases)("sites[].domainControllers in the store on $name", (database) => {
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

  const file = () => {
    const d = extension2Example();
    d.sites = [
      { name: "Redmond", kind: "central", domainControllers: false },
      { name: "Dublin", kind: "standby", domainControllers: true },
      { name: "Paris", kind: "remote" },
    ];
    return JSON.stringify(d, null, 2) + "\n";
  };

  it("exports true, false and absent back byte for byte", async () => {
    const text = file();
    const imported = await importDeploymentText(db, text, "dcs.json");
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect((await loadDeployment(db, imported.id))!.deployment.sites).toEqual([
      { name: "Redmond", kind: "central", domainControllers: false },
      { name: "Dublin", kind: "standby", domainControllers: true },
      { name: "Paris", kind: "remote" },
    ]);
    expect((await exportDeployment(db, imported.id))!.text).toBe(text);
  });

  it("saves a changed value and a value taken away", async () => {
    const imported = await importDeploymentText(db, file(), "dcs.json");
    if (!imported.ok) throw new Error("import failed");
    const stored = (await loadDeployment(db, imported.id))!;
    const sites = [
      { name: "Redmond", kind: "central" as const },
      { ...stored.deployment.sites[1], domainControllers: false },
      stored.deployment.sites[2],
    ];
    await replaceDeployment(db, imported.id, { ...stored.deployment, sites }, stored.version);
    expect((await loadDeployment(db, imported.id))!.deployment.sites).toEqual([
      { name: "Redmond", kind: "central" },
      { name: "Dublin", kind: "standby", domainControllers: false },
      { name: "Paris", kind: "remote" },
    ]);
  });
});
