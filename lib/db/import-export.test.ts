import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { exportDeployment, importDeploymentText } from "./import-export";
import { migrateDeploy } from "./migrate";
import { replaceDeployment, StaleVersionError, loadDeployment } from "./deployment-store";
import { testDatabases } from "./test-databases";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".json"));
// Extension 1 (backup destinations, SQL instances) is kept in its own folder of the shared examples.
const extensionExamples = readdirSync(path.join(examplesDir, "extension-1"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => `extension-1/${f}`);
describe.each(testDatabases)("import and export on $name", (database) => {
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

  it.each(extensionExamples)("export(import(%s)) writes the extension 1 fields back, key for key", async (f) => {
    const text = readFileSync(path.join(examplesDir, f), "utf8");
    const imported = await importDeploymentText(db, text, f);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.deployment.backup.destination).toBe("\\\\backup01\\ocs");
    expect(imported.deployment.servers.find((s) => s.sqlInstance)?.sqlInstance).toBe("OCSBE");
    const exported = await exportDeployment(db, imported.id);
    expect(exported!.text).toBe(JSON.stringify(JSON.parse(text), null, 2) + "\n");
    // Clearing the fields in a save removes them from the export (the diffing save updates the column).
    const cleared = structuredClone(imported.deployment);
    delete cleared.backup.destination;
    delete cleared.backup.offsiteDestination;
    cleared.servers.forEach((s) => delete s.sqlInstance);
    await replaceDeployment(db, imported.id, cleared);
    const after = await loadDeployment(db, imported.id);
    expect(after!.deployment).toEqual(cleared);
    expect(JSON.stringify(after!.deployment)).not.toMatch(/"(destination|offsiteDestination|sqlInstance)"/);
  });

  it.each(examples)("export(import(%s)) reproduces the file", async (f) => {
    const text = readFileSync(path.join(examplesDir, f), "utf8");
    const imported = await importDeploymentText(db, text, f);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const exported = await exportDeployment(db, imported.id);
    expect(JSON.parse(exported!.text)).toEqual(JSON.parse(text));
    const again = await importDeploymentText(db, exported!.text, "again.json");
    expect(again.ok && again.deployment).toEqual(imported.deployment);
  });

  it("writes nothing when a file has an error", async () => {
    const before = await db.deployment.count();
    const d = JSON.parse(readFileSync(path.join(examplesDir, examples[0]), "utf8"));
    d.servers[0].fqdn = "not a name";
    const r = await importDeploymentText(db, JSON.stringify(d), "bad.json");
    expect(r.ok).toBe(false);
    expect(await db.deployment.count()).toBe(before);
  });

  it("round-trips YAML", async () => {
    const text = readFileSync(path.join(examplesDir, examples[0]), "utf8");
    const first = await importDeploymentText(db, text, "a.json");
    if (!first.ok) throw new Error("import failed");
    const yaml = await exportDeployment(db, first.id, "yaml");
    expect(yaml!.fileName).toMatch(/\.yaml$/);
    const second = await importDeploymentText(db, yaml!.text, yaml!.fileName);
    expect(second.ok && second.deployment).toEqual(first.deployment);
  });

  it("refuses a write based on a stale version and keeps the newer data", async () => {
    const text = readFileSync(path.join(examplesDir, examples[0]), "utf8");
    const r = await importDeploymentText(db, text, "a.json");
    if (!r.ok) throw new Error("import failed");
    const v2 = await replaceDeployment(db, r.id, { ...r.deployment, name: "first edit" }, 1);
    expect(v2).toBe(2);
    await expect(replaceDeployment(db, r.id, { ...r.deployment, name: "stale edit" }, 1)).rejects.toBeInstanceOf(StaleVersionError);
    expect((await loadDeployment(db, r.id))!.deployment.name).toBe("first edit");
  });
});
