import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAssumptionOverrides } from "./assumptions-store";
import { recordAudit } from "./audit-store";
import { approveVersion } from "../commands/versions";
import { createEvidenceToken, uploadEvidence } from "../commands/evidence";
import { acceptGap } from "../commands/gaps";
import { completeStep, finishRun, skipStep, startFailbackRun, startRun, startStep } from "../commands/runs";
import { setExerciseInterval } from "../commands/exercises";
import { scenarioTitle } from "../print/runbook-document";
import { planDeployment } from "../engine/plan";
import { listTicks, setTick } from "./checklist-store";
import { createPrismaClient, type Db } from "./client";
import { listDeployments, loadDeployment, renameDeployment } from "./deployment-store";
import { listDrills, recordDrill } from "./drill-store";
import { importDeploymentText, serializeDeployment } from "./import-export";
import { migrateDeploy } from "./migrate";
import {
  BACKUP_COVERAGE,
  BACKUP_FORMAT,
  backupPlanner,
  describeBackupProblem,
  PLANNER_DATA_FILE,
  readBackup,
  restorePlanner,
  type PlannerData,
} from "./planner-backup";
import { testDatabases } from "./test-databases";
import { withExtension2People } from "../formats/testing/extension-2-example";
import { createAuth } from "../auth/create-auth";
import { providerOf } from "./url";

const ACCOUNT_PASSWORD = "a long enough password";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const NOW = new Date("2026-05-01T12:30:05.000Z");

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

/** Everything the planner keeps about every deployment, by id, for comparing two databases. */
async function everything(db: Db) {
  const out: Record<string, unknown> = {};
  for (const { id } of await listDeployments(db)) {
    const stored = (await loadDeployment(db, id))!;
    const row = await db.deployment.findUniqueOrThrow({ where: { id }, select: { createdAt: true } });
    const assumptions = await db.estimationAssumptions.findUnique({ where: { deploymentId: id }, select: { values: true } });
    const notes = await db.checklistTick.findMany({
      where: { deploymentId: id },
      select: { itemId: true, note: true },
      orderBy: { itemId: "asc" },
    });
    out[id] = {
      file: serializeDeployment(stored.deployment),
      version: stored.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: stored.updatedAt.toISOString(),
      ticks: await listTicks(db, id),
      notes,
      drills: await listDrills(db, id),
      assumptions: assumptions ? JSON.parse(assumptions.values) : null,
      versions: await db.planVersion.findMany({ where: { deploymentId: id }, orderBy: { number: "asc" }, omit: { id: true } }),
      evidence: (await db.evidenceUpload.findMany({ where: { deploymentId: id }, orderBy: { uploadedAt: "asc" }, omit: { id: true } })).map(
        (u) => ({ ...u, csvGz: Buffer.from(u.csvGz).toString("base64") }),
      ),
      tokens: await db.evidenceToken.findMany({ where: { deploymentId: id }, orderBy: { createdAt: "asc" } }),
      acceptedGaps: await db.acceptedGap.findMany({ where: { deploymentId: id }, orderBy: { gapId: "asc" }, omit: { id: true } }),
      runs: await db.restoreRun.findMany({
        where: { deploymentId: id },
        orderBy: { startedAt: "asc" },
        include: { steps: { orderBy: [{ pathId: "asc" }, { stepOrder: "asc" }], omit: { id: true, runId: true } } },
      }),
      exerciseSetting: await db.exerciseSetting.findUnique({ where: { deploymentId: id } }),
    };
  }
  return out;
}

async function counts(db: Db) {
  return {
    deployments: await db.deployment.count(),
    servers: await db.server.count(),
    ticks: await db.checklistTick.count(),
    drills: await db.drill.count(),
    assumptions: await db.estimationAssumptions.count(),
    versions: await db.planVersion.count(),
    evidence: await db.evidenceUpload.count(),
    tokens: await db.evidenceToken.count(),
    acceptedGaps: await db.acceptedGap.count(),
    runs: await db.restoreRun.count(),
    runSteps: await db.runStep.count(),
    exerciseSettings: await db.exerciseSetting.count(),
    audit: await db.auditEntry.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }], omit: { id: true } }),
  };
}

describe("what a backup carries", () => {
  it("names every model of the schema: carried, or left out with the reason", () => {
    const schema = readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]).sort();
    expect(models.length).toBeGreaterThan(20);
    expect(Object.keys(BACKUP_COVERAGE).sort()).toEqual(models);
  });
});

describe.each(testDatabases)("backup and restore of the planner's data on $name", (database) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let source: Db;
  let sourceUrl: string;
  let folder: string;

  async function freshDatabase(): Promise<{ db: Db; url: string }> {
    const created = await database.create();
    await migrateDeploy(created.url);
    const db = createPrismaClient(created.url);
    cleanups.push(async () => {
      await db.$disconnect();
      await created.drop();
    });
    return { db, url: created.url };
  }

  beforeAll(async () => {
    ({ db: source, url: sourceUrl } = await freshDatabase());
    const ids: string[] = [];
    for (const f of examples) {
      const text = readFileSync(path.join(examplesDir, f), "utf8");
      const r = await importDeploymentText(source, ids.length === 0 ? withExtension2People(text) : text, f);
      if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.errors)}`);
      ids.push(r.id);
    }
    const [a, b] = ids;
    // Extension 2's certificate and DNS record rows (written straight to their tables: no version bump).
    await source.certificate.create({
      data: {
        deploymentId: b,
        position: 0,
        server: "edge1.litware.com",
        use: "edge-internal",
        subject: "edge1.litware.com",
        issuer: "enterprise",
        expires: "2028-01-31",
      },
    });
    await source.dnsRecord.create({
      data: { deploymentId: b, position: 0, name: "sip.litware.com", type: "A", target: "203.0.113.10", external: true },
    });
    await renameDeployment(source, a, "Litware (renamed, so version 2)");
    await setTick(source, a, "B6", true, "alice");
    await setTick(source, a, "export:global", true, "bob");
    await source.checklistTick.updateMany({ where: { deploymentId: a, itemId: "B6" }, data: { note: "tape 42 offsite" } });
    await setTick(source, b, "B1", true, "carol");
    await recordDrill(source, a, {
      scenarioId: "loss-of-active-directory",
      performedOn: new Date("2026-03-01T09:00:00Z"),
      stepMinutes: { "1": 12, "2": 30.5 },
      notes: "went well",
      recordedBy: "alice",
    });
    await recordDrill(source, a, {
      scenarioId: "loss-of-site:Redmond",
      performedOn: new Date("2026-04-01T09:00:00Z"),
      stepMinutes: {},
      notes: "",
      recordedBy: "",
    });
    await saveAssumptionOverrides(source, b, { settingsExportMinutes: 5, userDataGbPerHour: 20 });
    const stored = (await loadDeployment(source, a))!;
    const approved = await approveVersion(
      source,
      {
        deploymentId: a,
        expectedVersion: stored.version,
        note: "first sign-off",
        planned: { stored, plan: planDeployment(stored.deployment), assumptionOverrides: {} },
      },
      "dana",
    );
    expect(approved.ok).toBe(true);
    const evidence = "kind,server,item,finishedAt,sizeBytes,result\r\nshare,,meeting-content,2026-04-30T02:31:00Z,,ok\r\n";
    const token = await createEvidenceToken(source, { deploymentId: a, name: "nightly" }, "dana");
    if (!token.ok) throw new Error(token.message);
    const uploaded = await uploadEvidence(
      source,
      {
        deploymentId: a,
        text: evidence,
        fileName: "e.csv",
        now: new Date("2026-04-30T03:00:00Z"),
        token: { id: token.id, name: "nightly", prefix: token.prefix },
      },
      "token",
    );
    expect(uploaded.ok).toBe(true);
    const plan = planDeployment(stored.deployment);
    const accepted = await acceptGap(
      source,
      {
        deploymentId: a,
        gapId: plan.gaps[0].id,
        reason: "Accepted by the board until the standby site exists.",
        reviewOn: "2026-06-01",
        now: NOW,
      },
      "dana",
    );
    expect(accepted.ok, JSON.stringify(accepted)).toBe(true);
    const scenario = plan.scenarios[0];
    const run = await startRun(
      source,
      {
        deploymentId: a,
        scenario,
        scenarioTitle: scenarioTitle(scenario),
        kind: "exercise",
        exerciseType: "full",
        assumptions: plan.assumptions,
      },
      "dana",
    );
    if (!run.ok) throw new Error(run.message);
    const stepIds = await source.runStep.findMany({
      where: { runId: run.id, pathId: "main" },
      orderBy: { stepOrder: "asc" },
      select: { id: true },
    });
    const step = { deploymentId: a, runId: run.id, stepId: stepIds[0].id };
    expect((await startStep(source, step, "dana")).ok).toBe(true);
    expect((await completeStep(source, step, "erin")).ok).toBe(true);
    expect((await skipStep(source, { ...step, stepId: stepIds[1].id, reason: "not on test servers" }, "dana")).ok).toBe(true);
    expect((await finishRun(source, { deploymentId: a, runId: run.id }, "dana")).ok).toBe(true);
    expect((await setExerciseInterval(source, { deploymentId: b, intervalDays: "90" }, "dana")).ok).toBe(true);
    // A switch-over run and the failback run linked to it.
    const withFailback = {
      ...scenario,
      failback: {
        id: "failback",
        title: "Failback: home again",
        when: "after the rebuild",
        steps: scenario.steps.slice(0, 2),
        rtoHours: 1,
        workloads: [],
      },
    };
    const switchOver = await startRun(
      source,
      { deploymentId: a, scenario: withFailback, scenarioTitle: "switch-over", kind: "incident" },
      "dana",
    );
    if (!switchOver.ok) throw new Error(switchOver.message);
    expect((await finishRun(source, { deploymentId: a, runId: switchOver.id }, "dana")).ok).toBe(true);
    expect((await startFailbackRun(source, { deploymentId: a, runId: switchOver.id }, "dana")).ok).toBe(true);
    await recordAudit(source, {
      deploymentId: null,
      deploymentName: "Removed deployment",
      actor: "erin",
      action: "delete",
      detail: "gone",
    });
    const auth = createAuth({ db: source, provider: providerOf(sourceUrl), secret: "s".repeat(32) });
    await auth.api.createUser({ body: { email: "ana@example.com", password: ACCOUNT_PASSWORD, name: "Ana Admin", role: "admin" } });
    const { user } = await auth.api.createUser({
      body: { email: "vic@example.com", password: ACCOUNT_PASSWORD, name: "Vic Viewer", role: "viewer" },
    });
    await source.user.update({ where: { id: user.id }, data: { banned: true } });
    folder = temp("planner-backup-");
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  });

  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it("backs up every deployment as a deployment file plus planner-data.json", async () => {
    const result = await backupPlanner(source, folder, NOW);
    expect(result.warnings).toEqual([]);
    expect(result.counts).toEqual({
      deployments: 2,
      checklistTicks: 3,
      drills: 2,
      assumptionOverrides: 1,
      planVersions: 1,
      auditEntries: 14,
      accounts: 2,
      evidenceUploads: 1,
      evidenceTokens: 1,
      acceptedGaps: 1,
      restoreRuns: 3,
      runSteps: await source.runStep.count(),
      exerciseSettings: 1,
    });
    expect(result.counts.runSteps).toBeGreaterThan(2);
    const files = readdirSync(folder).sort();
    expect(files).toEqual([...result.files].sort());
    expect(files.filter((f) => f.endsWith(".deployment.json"))).toHaveLength(2);
    const data: PlannerData = readJson(path.join(folder, PLANNER_DATA_FILE));
    expect(Object.values(data.deployments).flatMap((e) => e.restoreRuns.filter((r) => r.linkedFromRunId))).toHaveLength(1);
    expect(data.manifest).toEqual({ format: BACKUP_FORMAT, createdAt: NOW.toISOString(), counts: result.counts });
    // Accounts with their password hashes, never the passwords; only the owner may read the files.
    expect(data.accounts.map((a) => [a.email, a.role, a.disabled])).toEqual([
      ["ana@example.com", "admin", false],
      ["vic@example.com", "viewer", true],
    ]);
    expect(data.accounts[0].passwordHash).toMatch(/^scrypt\$/);
    expect(readFileSync(path.join(folder, PLANNER_DATA_FILE), "utf8")).not.toContain(ACCOUNT_PASSWORD);
    expect(statSync(path.join(folder, PLANNER_DATA_FILE)).mode & 0o077).toBe(0);
    for (const [id, entry] of Object.entries(data.deployments)) {
      expect(entry.file).toMatch(new RegExp(`-${id}\\.deployment\\.json$`));
      const stored = (await loadDeployment(source, id))!;
      // The deployment file is exactly what export writes, so it can also be imported on its own.
      expect(readFileSync(path.join(folder, entry.file), "utf8")).toBe(serializeDeployment(stored.deployment));
      expect(entry.name).toBe(stored.deployment.name);
      expect(entry.version).toBe(stored.version);
    }
    expect(
      Object.values(data.deployments)
        .map((e) => e.version)
        .sort(),
    ).toEqual([1, 2]);
    await expect(backupPlanner(source, folder, NOW)).rejects.toThrow(/not empty/);
  });

  it("restores into an empty database: the same deployments, ids, versions, ticks, drills and assumptions", async () => {
    const { db: target, url: targetUrl } = await freshDatabase();
    const result = await restorePlanner(target, folder);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.restored.every((r) => r.id === r.backupId)).toBe(true);
    expect(await counts(target)).toEqual(await counts(source));
    expect(await everything(target)).toEqual(await everything(source));
    // Every model the backup says it carries has rows in the source and as many in the restored database.
    for (const [model, coverage] of Object.entries(BACKUP_COVERAGE)) {
      if (!coverage.carried) continue;
      const delegate = (db: Db) =>
        (db as unknown as Record<string, { count: () => Promise<number> }>)[model[0].toLowerCase() + model.slice(1)];
      const n = await delegate(source).count();
      expect(n, `${model}: the test data holds none, so its round trip is not tested`).toBeGreaterThan(0);
      expect(await delegate(target).count(), model).toBe(n);
    }
    // People sign in to the restored planner with their old passwords; a disabled account stays disabled.
    const auth = createAuth({ db: target, provider: providerOf(targetUrl), secret: "t".repeat(32) });
    const signIn = (email: string) =>
      auth.api
        .signInEmail({ body: { email, password: ACCOUNT_PASSWORD }, asResponse: true })
        .catch((e: { statusCode?: number }) => ({ status: e.statusCode }));
    expect((await signIn("ana@example.com")).status).toBe(200);
    expect((await signIn("vic@example.com")).status).toBe(403);

    // A backup of the restored database is the same backup, file for file.
    const again = temp("planner-backup-again-");
    cleanups.push(() => rmSync(again, { recursive: true, force: true }));
    await backupPlanner(target, again, NOW);
    expect(readdirSync(again).sort()).toEqual(readdirSync(folder).sort());
    for (const f of readdirSync(folder))
      expect(readFileSync(path.join(again, f), "utf8"), f).toBe(readFileSync(path.join(folder, f), "utf8"));
  });

  it("refuses a database that already holds deployments, and appends only when asked", async () => {
    const before = await counts(source);
    const refused = await restorePlanner(source, folder);
    expect(refused).toMatchObject({ ok: false, reason: "not-empty" });
    expect(!refused.ok && refused.reason === "not-empty" && refused.message).toMatch(/already holds 2 deployments/);
    expect(await counts(source)).toEqual(before);

    const { db: other } = await freshDatabase();
    await importDeploymentText(other, readFileSync(path.join(examplesDir, examples[0]), "utf8"), examples[0]);
    const appended = await restorePlanner(other, folder, { forceAppend: true });
    expect(appended.ok).toBe(true);
    expect(await other.deployment.count()).toBe(3);
    expect(await other.drill.count()).toBe(2);

    // Appending the same backup where its ids are taken gives new ids, and copies the data along.
    const twice = await restorePlanner(other, folder, { forceAppend: true });
    expect(twice.ok).toBe(true);
    if (!twice.ok) return;
    expect(twice.restored.every((r) => r.id !== r.backupId)).toBe(true);
    expect(await other.deployment.count()).toBe(5);
    expect(await other.checklistTick.count()).toBe(6);
    expect(await other.drill.count()).toBe(4);
    expect(await other.estimationAssumptions.count()).toBe(2);
    // Evidence uploads are copied along; a token (its hash is unique) only once.
    expect(await other.evidenceUpload.count()).toBe(2);
    expect(await other.evidenceToken.count()).toBe(1);
  });

  it("refuses an evidence upload that no longer parses, and writes nothing", async () => {
    const broken = temp("planner-backup-evidence-");
    cleanups.push(() => rmSync(broken, { recursive: true, force: true }));
    cpSync(folder, broken, { recursive: true });
    const dataFile = path.join(broken, PLANNER_DATA_FILE);
    const data = readJson(dataFile);
    const [id, entry] = Object.entries(data.deployments as Record<string, { evidenceUploads: { csvGzBase64: string }[] }>).find(
      ([, e]) => e.evidenceUploads.length > 0,
    )!;
    entry.evidenceUploads[0].csvGzBase64 = Buffer.from("not gzip").toString("base64");
    writeFileSync(dataFile, JSON.stringify(data));
    const { db: target } = await freshDatabase();
    const result = await restorePlanner(target, broken);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(!result.ok && result.reason === "invalid" && result.errors.map(describeBackupProblem)).toEqual([
      `${dataFile}: deployments.${id}.evidenceUploads[0].csvGzBase64: not a gzip-compressed evidence file that parses`,
    ]);
    expect(await target.deployment.count()).toBe(0);
  });

  it("reports a corrupted deployment file with its path and writes nothing", async () => {
    const broken = temp("planner-backup-broken-");
    cleanups.push(() => rmSync(broken, { recursive: true, force: true }));
    cpSync(folder, broken, { recursive: true });
    const data: PlannerData = readJson(path.join(broken, PLANNER_DATA_FILE));
    const [first, second] = Object.values(data.deployments).map((e) => path.join(broken, e.file));
    const d = readJson(first);
    d.servers[1].fqdn = "not a name";
    writeFileSync(first, JSON.stringify(d, null, 2));
    writeFileSync(second, readFileSync(second, "utf8").slice(0, 200)); // truncated

    const { db: target } = await freshDatabase();
    const result = await restorePlanner(target, broken);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") throw new Error(`expected an invalid backup, got ${JSON.stringify(result)}`);
    const lines = result.errors.map(describeBackupProblem);
    expect(lines.some((l) => l.startsWith(`${first}: servers[1].fqdn: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${second}: (file): malformed JSON`))).toBe(true);
    expect(await counts(target)).toEqual({
      deployments: 0,
      servers: 0,
      ticks: 0,
      drills: 0,
      assumptions: 0,
      versions: 0,
      evidence: 0,
      tokens: 0,
      acceptedGaps: 0,
      runs: 0,
      runSteps: 0,
      exerciseSettings: 0,
      audit: [],
    });
  });

  it("checks planner-data.json itself: its format, shape, counts and the files it lists", async () => {
    const broken = temp("planner-backup-data-");
    cleanups.push(() => rmSync(broken, { recursive: true, force: true }));
    cpSync(folder, broken, { recursive: true });
    const dataFile = path.join(broken, PLANNER_DATA_FILE);
    const data: PlannerData = readJson(dataFile);
    const [id] = Object.keys(data.deployments);
    data.deployments[id].drills.push({ ...data.deployments[id].drills[0], stepMinutes: { "1": -5 } });
    writeFileSync(dataFile, JSON.stringify(data));
    writeFileSync(path.join(broken, "stray-x.deployment.json"), "{}");
    const r = readBackup(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.errors.map(describeBackupProblem);
    expect(lines).toContain(
      `${dataFile}: deployments.${id}.drills[${data.deployments[id].drills.length - 1}].stepMinutes.1: Too small: expected number to be >=0`,
    );

    writeFileSync(dataFile, JSON.stringify({ ...readJson(path.join(folder, PLANNER_DATA_FILE)) }));
    const stray = readBackup(broken);
    expect(!stray.ok && stray.errors.map(describeBackupProblem)).toEqual([
      `${path.join(broken, "stray-x.deployment.json")}: (file): not listed in planner-data.json: a backup folder holds only its own files`,
    ]);
    rmSync(path.join(broken, "stray-x.deployment.json"));

    const wrongCounts = readJson(dataFile);
    wrongCounts.manifest.counts.drills = 7;
    writeFileSync(dataFile, JSON.stringify(wrongCounts));
    expect(readBackup(broken)).toMatchObject({
      ok: false,
      errors: [{ file: dataFile, path: "manifest.counts.drills", message: "says 7, the backup holds 2" }],
    });

    writeFileSync(dataFile, JSON.stringify({ manifest: { format: "something-else" } }));
    expect(readBackup(broken)).toMatchObject({ ok: false, errors: [{ path: "manifest.format" }] });
    rmSync(dataFile);
    expect(readBackup(broken)).toMatchObject({ ok: false, errors: [{ file: dataFile, message: expect.stringMatching(/^missing/) }] });
  });

  it("npm run backup / restore: exit codes and messages", async () => {
    const run = promisify(execFile);
    const tsx = path.resolve(__dirname, "../../node_modules/tsx/dist/cli.mjs");
    const cwd = path.resolve(__dirname, "../..");
    const cli = (script: string, args: string[], url: string) =>
      run(process.execPath, [tsx, `scripts/${script}.ts`, ...args], { cwd, env: { ...process.env, DATABASE_URL: url } }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    const out = path.join(temp("planner-backup-cli-"), "b");
    cleanups.push(() => rmSync(path.dirname(out), { recursive: true, force: true }));
    const backup = await cli("backup", [out], sourceUrl);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backed up 2 deployments .* to /);

    const refused = await cli("restore", [out], sourceUrl);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Restore refused: The database already holds 2 deployments; restore needs an empty database/);

    // A database file that does not exist yet: restore migrates it first.
    const fresh = `file:${path.join(path.dirname(out), "new.db")}`;
    const restored = await cli("restore", [out], fresh);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored 2 deployments \(3 checklist ticks, 2 drills, 1 with their own assumptions\)/);

    // An invalid backup is refused before the database is touched (the file is not even created).
    writeFileSync(path.join(out, PLANNER_DATA_FILE), "{");
    const untouched = `file:${path.join(path.dirname(out), "untouched.db")}`;
    const invalid = await cli("restore", [out], untouched);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`error: ${path.join(out, PLANNER_DATA_FILE)}: (file): malformed JSON`);
    expect(existsSync(path.join(path.dirname(out), "untouched.db"))).toBe(false);

    const usage = await cli("restore", [], fresh);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run restore/);
  });
});
