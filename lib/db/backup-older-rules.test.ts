// Backup and restore agree: a deployment stored under older consistency rules comes back (with a
// warning, listed), and a deployment restore could not read makes the backup fail, naming it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deploymentSchema, type Deployment } from "../formats/deployment";
import { validateDeployment } from "../formats/parse-deployment";
import { createPrismaClient, type Db } from "./client";
import { insertDeployment, loadDeployment } from "./deployment-store";
import { migrateDeploy } from "./migrate";
import { backupPlanner, PLANNER_DATA_FILE, restorePlanner } from "./planner-backup";
import { readBackedUpDeployment } from "./backup-deployment-check";
import { testDatabases } from "./test-databases";

const example = (): Deployment =>
  deploymentSchema.parse(JSON.parse(readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8")));

/** The Standard example with a second Standard Edition server in its pool: S8 (one per standard pool) refuses it today. */
function storedUnderOlderRules(): Deployment {
  const d = example();
  d.name = "Stored before S8 tightened";
  const se = d.servers.find((s) => s.roles.includes("standard-edition"))!;
  d.servers.push({ ...se, fqdn: "ocsse2.litware.com" });
  return d;
}

describe("readBackedUpDeployment", () => {
  it("reads a deployment that fails only consistency rules, listing them; refuses one off the schema", () => {
    const older = readBackedUpDeployment(JSON.stringify(storedUnderOlderRules()), "a.deployment.json");
    expect(older.ok).toBe(true);
    if (!older.ok) return;
    expect(older.ruleProblems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "pools[0]: a standard pool needs exactly one server with role standard-edition (found 2)",
    ]);
    expect(readBackedUpDeployment(JSON.stringify(example()), "b.deployment.json")).toMatchObject({ ok: true, ruleProblems: [] });
    const offSchema = readBackedUpDeployment(JSON.stringify({ ...example(), name: "x".repeat(201) }), "c.deployment.json");
    expect(offSchema).toMatchObject({ ok: false, errors: [{ path: "name", message: "a deployment name must be at most 200 characters" }] });
    expect(readBackedUpDeployment("{", "d.deployment.json").ok).toBe(false);
  });
});

describe.each(testDatabases)("backup and restore agree on $name", (database) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  const fresh = async () => {
    const created = await database.create();
    await migrateDeploy(created.url);
    const db = createPrismaClient(created.url);
    cleanups.push(async () => {
      await db.$disconnect();
      await created.drop();
    });
    return db;
  };
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "planner-older-rules-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, "backup");
  };
  // Stored directly, as a deployment saved before the rule tightened would be.
  const store = (db: Db, d: Deployment) => db.$transaction((tx) => insertDeployment(tx, d));
  let source: Db;
  let olderId: string;
  let validId: string;

  beforeAll(async () => {
    source = await fresh();
    olderId = await store(source, storedUnderOlderRules());
    validId = await store(source, example());
    expect(validateDeployment((await loadDeployment(source, olderId))!.deployment).ok).toBe(false);
  });
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("restores a deployment stored under older rules, with a warning naming it, and lists it", async () => {
    const dir = folder();
    const backup = await backupPlanner(source, dir);
    expect(backup.counts.deployments).toBe(2);
    expect(backup.warnings).toEqual([
      expect.stringMatching(/^deployment "Stored before S8 tightened" \(.+\) fails today's consistency rules \(restore brings it back/),
    ]);

    const target = await fresh();
    const restored = await restorePlanner(target, dir);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.restored.map((r) => r.name).sort()).toEqual(["Litware branch (Standard Edition)", "Stored before S8 tightened"].sort());
    expect(restored.belowRules).toEqual([
      {
        id: olderId,
        name: "Stored before S8 tightened",
        problems: ["error: pools[0]: a standard pool needs exactly one server with role standard-edition (found 2) (rule S8)"],
      },
    ]);
    expect(restored.warnings.some((w) => w.includes(`"Stored before S8 tightened" fails today's consistency rules`))).toBe(true);
    // Both come back exactly as stored.
    for (const id of [olderId, validId])
      expect((await loadDeployment(target, id))!.deployment).toEqual((await loadDeployment(source, id))!.deployment);
  });

  it("fails loudly, naming the deployment, when one would not restore, and leaves no finished backup", async () => {
    const bad = await fresh();
    await store(bad, example());
    const offSchemaId = await store(bad, { ...example(), name: "y".repeat(201) });
    const dir = folder();
    await expect(backupPlanner(bad, dir)).rejects.toThrow(
      new RegExp(
        `^1 deployment would not restore, so this backup is not finished \\(planner-data.json was not written\\): deployment "y+" \\(${offSchemaId}\\): error: name: a deployment name must be at most 200 characters$`,
      ),
    );
    expect(existsSync(path.join(dir, PLANNER_DATA_FILE))).toBe(false);
    // And restore refuses the unfinished folder rather than restoring part of it.
    const target = await fresh();
    expect(await restorePlanner(target, dir)).toMatchObject({ ok: false, reason: "invalid" });
  });
});
