// Extension 2's prerequisite and platform fields through the store: import, export key for key, a save
// that changes and clears them, a duplicate.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { exportDeployment, importDeploymentText } from "./import-export";
import { migrateDeploy } from "./migrate";
import { duplicateDeployment, loadDeployment, replaceDeployment } from "./deployment-store";
import { testDatabases } from "./test-databases";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const read = (f: string): Json => JSON.parse(readFileSync(path.join(examplesDir, f), "utf8"));

/** The extension-1 example with the Extension 2 example's certificates, DNS records, os and sql (its key order). */
function exampleText(): string {
  const d = read("extension-1/litware-enterprise-destinations.json");
  const x = read("extension-2/litware-enterprise-organisation.json");
  for (const s of d.servers) {
    const same = x.servers.find((t: Json) => t.fqdn === s.fqdn);
    if (same?.os) s.os = same.os;
    if (same?.sql) s.sql = same.sql;
  }
  d.certificates = x.certificates;
  d.dnsRecords = x.dnsRecords;
  return JSON.stringify(d, null, 2) + "\n";
}

describe.each(testDatabases)("extension 2 prerequisites in the store on $name", (database) => {
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

  it("export(import(file)) writes os, sql, certificates and DNS records back key for key", async () => {
    const text = exampleText();
    const imported = await importDeploymentText(db, text, "x.json");
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    if (!imported.ok) return;
    expect(await db.certificate.count({ where: { deploymentId: imported.id } })).toBe(6);
    expect(await db.dnsRecord.count({ where: { deploymentId: imported.id } })).toBe(4);
    const exported = await exportDeployment(db, imported.id);
    expect(exported!.text).toBe(text);
  });

  it("a save changes, reorders and clears them; a duplicate copies them", async () => {
    const imported = await importDeploymentText(db, exampleText(), "x.json");
    if (!imported.ok) throw new Error("import failed");
    const changed = structuredClone(imported.deployment);
    changed.servers[0].sql = { version: "2008", edition: "enterprise" };
    delete changed.servers[1].os;
    changed.certificates = [changed.certificates![5], { ...changed.certificates![0], san: [], thumbprint: "AB".repeat(20) }];
    changed.dnsRecords = [{ name: "ocspool1.litware.com", type: "A", target: "10.0.0.21" }];
    await replaceDeployment(db, imported.id, changed);
    expect((await loadDeployment(db, imported.id))!.deployment).toEqual(changed);

    const copy = await duplicateDeployment(db, imported.id, "copy");
    expect((await loadDeployment(db, copy!))!.deployment).toEqual({ ...changed, name: "copy" });

    const cleared = structuredClone(changed);
    delete cleared.certificates;
    delete cleared.dnsRecords;
    cleared.servers.forEach((s) => {
      delete s.os;
      delete s.sql;
    });
    await replaceDeployment(db, imported.id, cleared);
    const after = await loadDeployment(db, imported.id);
    expect(after!.deployment).toEqual(cleared);
    expect(JSON.stringify(after!.deployment)).not.toMatch(/"(os|sql|dnsRecords)"|"certificates":\[/);
    // The copy keeps its own rows.
    expect(await db.certificate.count({ where: { deploymentId: copy! } })).toBe(2);
  });

  it("deleting a deployment deletes its certificate and DNS rows", async () => {
    const imported = await importDeploymentText(db, exampleText(), "x.json");
    if (!imported.ok) throw new Error("import failed");
    await db.deployment.delete({ where: { id: imported.id } });
    expect(await db.certificate.count({ where: { deploymentId: imported.id } })).toBe(0);
    expect(await db.dnsRecord.count({ where: { deploymentId: imported.id } })).toBe(0);
  });
});
