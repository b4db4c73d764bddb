// Extension 2's people and business-impact fields through the store: import, export (key for key),
// an edit through the editDeployment command (audited), and clearing them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { exportDeployment, importDeploymentText } from "./import-export";
import { migrateDeploy } from "./migrate";
import { loadDeployment, replaceDeployment } from "./deployment-store";
import { testDatabases } from "./test-databases";
import { editDeployment } from "../commands/deployments";
import { listAudit } from "./audit-store";
import { extension2Example } from "../formats/testing/extension-2-example";
import type { Contact } from "../formats/extension-2-people";

describe.each(testDatabases)("Extension 2 people in the store on $name", (database) => {
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

  it("export(import(the extension-2 example)) writes the file back key for key", async () => {
    const text = JSON.stringify(extension2Example(), null, 2) + "\n";
    const imported = await importDeploymentText(db, text, "organisation.json");
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const exported = await exportDeployment(db, imported.id);
    expect(exported!.text).toBe(text);
  });

  it("an edit through editDeployment stores the change and writes an audit entry", async () => {
    const imported = await importDeploymentText(db, JSON.stringify(extension2Example()), "organisation.json");
    if (!imported.ok) throw new Error("import failed");
    const stored = (await loadDeployment(db, imported.id))!;
    const added: Contact = { name: "Zoe Park", roles: ["administrator"], mobile: "+1 425 555 0199" };
    const result = await editDeployment(
      db,
      {
        id: imported.id,
        expectedVersion: stored.version,
        mutate: (d) => {
          d.contacts = [...(d.contacts ?? []), added];
          d.contacts[1].calls = ["Ravi Patel", "Zoe Park"];
          d.vendors = [];
          d.priorities.availabilityImpact = "high";
          d.priorities.workloads[0].mtdHours = 12;
          delete d.priorities.workloads[1].wrtHours;
        },
      },
      "Ana <ana@example.com>",
    );
    expect(result.ok).toBe(true);
    const after = (await loadDeployment(db, imported.id))!.deployment;
    expect(after.contacts?.at(-1)).toEqual(added);
    expect(after.contacts?.[1].calls).toEqual(["Ravi Patel", "Zoe Park"]);
    expect(after.vendors).toBeUndefined();
    expect(after.priorities.availabilityImpact).toBe("high");
    expect(after.priorities.workloads[0].mtdHours).toBe(12);
    expect(after.priorities.workloads[1]).toEqual({ workload: "enterprise-voice", rank: 2, rtoHours: 4, rpoHours: 24, mtdHours: 8 });
    const audit = await listAudit(db, { deploymentId: imported.id });
    expect(audit.total).toBe(1);
    expect(audit.entries.map((e) => [e.actor, e.action, e.detail])).toEqual([
      [
        "Ana <ana@example.com>",
        "edit:priorities+contacts+vendors",
        "priorities: workloads, availabilityImpact; contacts: 1 added (Zoe Park), 1 changed (Tom Becker); vendors: 2 removed (Contoso Hardware Services, Litware Public CA) (version 2)",
      ],
    ]);
  });

  it("a save without the fields removes them", async () => {
    const imported = await importDeploymentText(db, JSON.stringify(extension2Example()), "organisation.json");
    if (!imported.ok) throw new Error("import failed");
    const cleared = structuredClone(imported.deployment);
    delete cleared.contacts;
    delete cleared.vendors;
    delete cleared.priorities.availabilityImpact;
    cleared.priorities.workloads.forEach((w) => {
      delete w.mtdHours;
      delete w.wrtHours;
    });
    await replaceDeployment(db, imported.id, cleared);
    const after = (await loadDeployment(db, imported.id))!.deployment;
    expect(after).toEqual(cleared);
    expect(JSON.stringify(after)).not.toMatch(/"(contacts|vendors|availabilityImpact|mtdHours|wrtHours)"/);
    expect(await db.contact.count({ where: { deploymentId: imported.id } })).toBe(0);
  });
});
