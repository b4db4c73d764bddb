// Every command writes its change and its audit entry in one transaction: when the audit entry
// cannot be written, the change is rolled back too. Each command runs first against a database whose
// audit writes fail (nothing may change), then against the real one (the change and one entry).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { testDatabases } from "../db/test-databases";
import { loadDeployment } from "../db/deployment-store";
import { planDeployment } from "../engine/plan";
import { ASSUMPTION_TABLE } from "../engine/assumptions";
import {
  createDeployment,
  deleteDeployment,
  duplicateDeployment,
  editDeployment,
  importDeployment,
  renameDeployment,
  replaceDeployment,
} from "./deployments";
import { resetChecklist, setTick } from "./checklists";
import { acceptCalibration, saveAssumptions } from "./assumptions";
import { assumptionsRevision } from "../db/assumptions-store";
import { deleteDrill, recordDrill } from "./drills";
import { approveVersion } from "./versions";
import { chooseBranch, completeStep, finishRun, noteStep, skipStep, startRun, startStep } from "./runs";
import { addUser, changeOwnPassword, removeUser, resetPassword, setDisabled, setRole, setUpFirstAdmin } from "./accounts";
import { audited } from "./command";
import { acceptGap, reopenGap } from "./gaps";
import { applyWhatIf, createWhatIfVariant, discardWhatIf } from "./what-if";
import { createEvidenceToken, revokeEvidenceToken, uploadEvidence } from "./evidence";
import { setExerciseInterval } from "./exercises";
import { readContentGeneration } from "../db/content-generation";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8");
const PASSWORD = "a long enough password";
const ACTOR = "Ana Admin <ana@example.com>";

const bound = (t: object, k: string | symbol) => {
  const v: unknown = Reflect.get(t, k, t);
  return typeof v === "function" ? v.bind(t) : v;
};

/** The same database, except that every audit write inside a transaction fails. */
function withFailingAudit(db: Db): Db {
  const failingTx = (tx: object) =>
    new Proxy(tx, {
      get: (t, k) =>
        k === "auditEntry"
          ? {
              create: async () => {
                throw new Error("audit log unavailable");
              },
            }
          : bound(t, k),
    });
  return new Proxy(db, {
    get: (t, k) => {
      if (k === "$transaction")
        return (fn: (tx: object) => Promise<unknown>, options?: object) => t.$transaction((tx) => fn(failingTx(tx)), options);
      return bound(t, k);
    },
  }) as Db;
}

/** Everything a command may write, in a comparable form. */
async function snapshot(db: Db) {
  const [
    deployments,
    servers,
    ticks,
    drills,
    assumptions,
    versions,
    users,
    accounts,
    sessions,
    settings,
    audit,
    acceptedGaps,
    evidence,
    tokens,
    runs,
    runSteps,
    exerciseSettings,
    generation,
  ] = await Promise.all([
    db.deployment.findMany({ select: { id: true, name: true, version: true }, orderBy: { id: "asc" } }),
    db.server.count(),
    db.checklistTick.findMany({ select: { deploymentId: true, itemId: true }, orderBy: { itemId: "asc" } }),
    db.drill.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.estimationAssumptions.findMany({ select: { deploymentId: true, values: true } }),
    db.planVersion.findMany({ select: { deploymentId: true, number: true } }),
    db.user.findMany({ select: { id: true, email: true, role: true, banned: true }, orderBy: { id: "asc" } }),
    db.account.findMany({ select: { userId: true, password: true }, orderBy: { id: "asc" } }),
    db.session.count(),
    db.appSetting.findMany({ where: { key: "first-admin" } }),
    db.auditEntry.count(),
    db.acceptedGap.findMany({ select: { deploymentId: true, gapId: true, reason: true }, orderBy: { gapId: "asc" } }),
    db.evidenceUpload.findMany({ select: { id: true, rows: true }, orderBy: { id: "asc" } }),
    db.evidenceToken.findMany({ select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db.restoreRun.findMany({ select: { id: true, pathId: true, version: true, finishedAt: true }, orderBy: { id: "asc" } }),
    db.runStep.findMany({ select: { id: true, state: true, note: true, skipReason: true }, orderBy: { id: "asc" } }),
    db.exerciseSetting.findMany({ select: { deploymentId: true, intervalDays: true } }),
    readContentGeneration(db),
  ]);
  return {
    deployments,
    servers,
    ticks,
    drills,
    assumptions,
    versions,
    users,
    accounts,
    sessions,
    settings,
    audit,
    acceptedGaps,
    evidence,
    tokens,
    runs,
    runSteps,
    exerciseSettings,
    generation,
  };
}

describe.each(testDatabases)("commands on $name", (database) => {
  let db: Db;
  let failing: Db;
  let drop: () => Promise<void>;
  const w = {
    deploymentId: "",
    copyId: "",
    drillId: "",
    userId: "",
    adminId: "",
    tokenId: "",
    runId: "",
    stepIds: [] as string[],
    altPath: "",
    whatIfId: "",
  };
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    failing = withFailingAudit(db);
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  const version = async (id: string) => (await loadDeployment(db, id))!.version;
  const planned = async (id: string) => {
    const stored = (await loadDeployment(db, id))!;
    return { stored, plan: planDeployment(stored.deployment), assumptionOverrides: {} };
  };
  const firstScenario = async (id: string) => (await planned(id)).plan.scenarios[0];
  const admin = () => ({ name: ACTOR, id: w.adminId, email: "ana@example.com" });

  // In order: later commands act on what earlier ones created.
  type Outcome = { ok: boolean; id?: unknown; userId?: unknown };
  const cases: { name: string; action: string; run: (d: Db) => Promise<Outcome>; after?: (r: Outcome) => void }[] = [
    {
      name: "first-run set-up",
      action: "user:first-admin",
      run: (d) => setUpFirstAdmin(d, { name: "Ana Admin", email: "ana@example.com", password: PASSWORD, confirm: PASSWORD }),
      after: (r) => (w.adminId = r.userId as string),
    },
    {
      name: "import",
      action: "import",
      run: (d) => importDeployment(d, { text: example, fileName: "litware.json" }, ACTOR),
      after: (r) => (w.deploymentId = r.id as string),
    },
    {
      name: "create",
      action: "create",
      run: async (d) => createDeployment(d, { file: { ...JSON.parse(example), name: "Created by hand" } }, ACTOR),
    },
    {
      name: "edit",
      action: "edit:general",
      run: async (d) =>
        editDeployment(
          d,
          { id: w.deploymentId, expectedVersion: await version(w.deploymentId), mutate: (f) => void (f.name = "Edited") },
          ACTOR,
        ),
    },
    {
      name: "replace (API PUT)",
      action: "api:put",
      run: async (d) =>
        replaceDeployment(
          d,
          {
            id: w.deploymentId,
            deployment: { ...(await loadDeployment(db, w.deploymentId))!.deployment, name: "Replaced" },
            expectedVersion: await version(w.deploymentId),
          },
          ACTOR,
        ),
    },
    { name: "rename", action: "rename", run: (d) => renameDeployment(d, { id: w.deploymentId, name: "Renamed" }, ACTOR) },
    {
      name: "duplicate",
      action: "duplicate",
      run: (d) => duplicateDeployment(d, { id: w.deploymentId, name: "What-if copy" }, ACTOR),
      after: (r) => (w.copyId = r.id as string),
    },
    {
      name: "tick",
      action: "checklist:tick",
      run: (d) => setTick(d, { deploymentId: w.deploymentId, itemId: "item-1", ticked: true }, ACTOR),
    },
    { name: "checklist reset", action: "checklist:reset", run: (d) => resetChecklist(d, { deploymentId: w.deploymentId }, ACTOR) },
    {
      name: "assumptions",
      action: "assumptions",
      run: (d) =>
        saveAssumptions(
          d,
          { deploymentId: w.deploymentId, values: { [ASSUMPTION_TABLE[0].key]: String(ASSUMPTION_TABLE[0].value * 2) } },
          ACTOR,
        ),
    },
    {
      name: "calibration",
      action: "assumptions:calibrate",
      run: async (d) => {
        const accepted = [
          {
            key: ASSUMPTION_TABLE[1].key,
            from: ASSUMPTION_TABLE[1].value,
            to: ASSUMPTION_TABLE[1].value * 3,
            sources: ["Drill of 2026-11-01"],
          },
        ];
        return acceptCalibration(
          d,
          { deploymentId: w.deploymentId, overrides: {}, accepted, expectedRevision: await assumptionsRevision(db, w.deploymentId) },
          ACTOR,
        );
      },
    },
    {
      name: "record drill",
      action: "drill:record",
      run: async (d) => {
        const scenario = await firstScenario(w.deploymentId);
        return recordDrill(
          d,
          {
            deploymentId: w.deploymentId,
            scenario,
            performedOn: "2026-11-01",
            notes: "",
            stepValues: { [`step-${scenario.steps[0].order}`]: "12" },
          },
          ACTOR,
        );
      },
      after: (r) => (w.drillId = r.id as string),
    },
    {
      name: "start run",
      action: "run:start",
      run: async (d) => {
        const scenario = (await planned(w.deploymentId)).plan.scenarios.find((s) => s.alternatives?.length)!;
        w.altPath = scenario.alternatives![0].id;
        return startRun(
          d,
          { deploymentId: w.deploymentId, scenario, scenarioTitle: "t", kind: "exercise", exerciseType: "tabletop" },
          ACTOR,
        );
      },
      after: async (r) => {
        w.runId = r.id as string;
      },
    },
    {
      name: "start step",
      action: "run:step-start",
      run: async (d) => {
        w.stepIds = (
          await db.runStep.findMany({ where: { runId: w.runId, pathId: "main" }, orderBy: { stepOrder: "asc" }, select: { id: true } })
        ).map((s) => s.id);
        return startStep(d, { deploymentId: w.deploymentId, runId: w.runId, stepId: w.stepIds[0] }, ACTOR);
      },
    },
    {
      name: "complete step",
      action: "run:step-done",
      run: (d) => completeStep(d, { deploymentId: w.deploymentId, runId: w.runId, stepId: w.stepIds[0] }, ACTOR),
    },
    {
      name: "skip step",
      action: "run:step-skip",
      run: (d) => skipStep(d, { deploymentId: w.deploymentId, runId: w.runId, stepId: w.stepIds[1], reason: "not needed" }, ACTOR),
    },
    {
      name: "note step",
      action: "run:step-note",
      run: (d) => noteStep(d, { deploymentId: w.deploymentId, runId: w.runId, stepId: w.stepIds[1], note: "checked" }, ACTOR),
    },
    {
      name: "choose branch",
      action: "run:branch",
      run: (d) => chooseBranch(d, { deploymentId: w.deploymentId, runId: w.runId, pathId: w.altPath }, ACTOR),
    },
    { name: "finish run", action: "run:finish", run: (d) => finishRun(d, { deploymentId: w.deploymentId, runId: w.runId }, ACTOR) },
    { name: "delete drill", action: "drill:delete", run: (d) => deleteDrill(d, { deploymentId: w.deploymentId, id: w.drillId }, ACTOR) },
    {
      name: "accept gap",
      action: "gap:accept",
      run: (d) =>
        acceptGap(
          d,
          {
            deploymentId: w.deploymentId,
            gapId: "backups-unencrypted",
            reason: "Tapes sit in a locked safe.",
            reviewOn: "2099-01-01",
            now: new Date("2098-06-01T00:00:00Z"),
          },
          ACTOR,
        ),
    },
    {
      name: "reopen gap",
      action: "gap:reopen",
      run: (d) => reopenGap(d, { deploymentId: w.deploymentId, gapId: "backups-unencrypted" }, ACTOR),
    },
    {
      name: "try a recommendation (what-if variant)",
      action: "what-if",
      run: async (d) => {
        const stored = (await loadDeployment(db, w.deploymentId))!;
        const recommendation = planDeployment(stored.deployment, { recommendations: true }).assessment.recommendations![0];
        return createWhatIfVariant(d, { sourceId: w.deploymentId, source: stored.deployment, recommendation }, ACTOR);
      },
      after: (r) => {
        w.whatIfId = r.id as string;
      },
    },
    { name: "apply a what-if to its baseline", action: "what-if:apply", run: (d) => applyWhatIf(d, { whatIfId: w.whatIfId }, ACTOR) },
    {
      name: "try a recommendation again (what-if of the new version)",
      action: "what-if",
      run: async (d) => {
        const stored = (await loadDeployment(db, w.deploymentId))!;
        const recommendation = planDeployment(stored.deployment, { recommendations: true }).assessment.recommendations![0];
        return createWhatIfVariant(d, { sourceId: w.deploymentId, source: stored.deployment, recommendation }, ACTOR);
      },
      after: (r) => {
        w.whatIfId = r.id as string;
      },
    },
    { name: "discard a what-if", action: "what-if:discard", run: (d) => discardWhatIf(d, { whatIfId: w.whatIfId }, ACTOR) },
    {
      name: "approve",
      action: "approve",
      run: async (d) =>
        approveVersion(
          d,
          {
            deploymentId: w.deploymentId,
            expectedVersion: String(await version(w.deploymentId)),
            note: "reviewed",
            planned: await planned(w.deploymentId),
          },
          ACTOR,
        ),
    },
    {
      name: "upload evidence",
      action: "evidence:upload",
      run: (d) =>
        uploadEvidence(
          d,
          {
            deploymentId: w.deploymentId,
            text: "kind,server,item,finishedAt,sizeBytes,result\nshare,,meeting-content,2026-11-28T02:31:00Z,,ok\n",
          },
          ACTOR,
        ),
    },
    {
      name: "exercise interval",
      action: "exercises:interval",
      run: (d) => setExerciseInterval(d, { deploymentId: w.deploymentId, intervalDays: "90" }, ACTOR),
    },
    {
      name: "create upload token",
      action: "evidence:token-create",
      run: (d) => createEvidenceToken(d, { deploymentId: w.deploymentId, name: "nightly" }, ACTOR),
      after: (r) => (w.tokenId = r.id as string),
    },
    {
      name: "revoke upload token",
      action: "evidence:token-revoke",
      run: (d) => revokeEvidenceToken(d, { deploymentId: w.deploymentId, tokenId: w.tokenId }, ACTOR),
    },
    { name: "delete", action: "delete", run: (d) => deleteDeployment(d, { id: w.copyId }, ACTOR) },
    {
      name: "add user",
      action: "user:add",
      run: async (d) => addUser(d, { name: "Bo", email: "bo@example.com", password: PASSWORD, role: "viewer" }, ACTOR),
    },
    {
      name: "set role",
      action: "user:role",
      run: async (d) => {
        w.userId = (await db.user.findUniqueOrThrow({ where: { email: "bo@example.com" } })).id;
        return setRole(d, { userId: w.userId, role: "planner" }, ACTOR);
      },
    },
    { name: "disable", action: "user:disable", run: (d) => setDisabled(d, { userId: w.userId, disabled: "true" }, admin()) },
    { name: "enable", action: "user:enable", run: (d) => setDisabled(d, { userId: w.userId, disabled: "false" }, admin()) },
    {
      name: "reset password",
      action: "user:reset-password",
      run: (d) => resetPassword(d, { userId: w.userId, password: `${PASSWORD}!` }, ACTOR),
    },
    {
      name: "change own password",
      action: "user:password",
      run: (d) => changeOwnPassword(d, { currentPassword: PASSWORD, newPassword: `${PASSWORD}?`, confirm: `${PASSWORD}?` }, admin()),
    },
    { name: "remove user", action: "user:remove", run: (d) => removeUser(d, { userId: w.userId }, admin()) },
  ];

  it.each(cases)(
    "$name: a failed audit write rolls the change back; otherwise both commit",
    async ({ action, run, after }) => {
      const before = await snapshot(db);
      await expect(run(failing)).rejects.toThrow("audit log unavailable");
      expect(await snapshot(db)).toEqual(before);

      const result = await run(db);
      expect(result).toMatchObject({ ok: true });
      after?.(result);
      const changed = await snapshot(db);
      expect(changed.audit).toBe(before.audit + 1);
      // The write raised the content generation, so no page cached before it is served again (lib/http/page-cache.ts).
      expect(Number(changed.generation)).toBe(Number(before.generation) + 1);
      expect({ ...changed, audit: 0, generation: "" }).not.toEqual({ ...before, audit: 0, generation: "" });
      const last = await db.auditEntry.findFirstOrThrow({ orderBy: [{ at: "desc" }, { id: "desc" }] });
      expect(last).toMatchObject({ action, actor: expect.stringMatching(/^Ana Admin <ana@example\.com>$/) });
    },
    30_000,
  );

  it("refusals are values and write nothing", async () => {
    const before = await snapshot(db);
    expect(await renameDeployment(db, { id: w.deploymentId, name: " " }, ACTOR)).toMatchObject({
      ok: false,
      fieldErrors: { name: ["a name is needed"] },
    });
    expect(await deleteDeployment(db, { id: "no-such-id" }, ACTOR)).toMatchObject({ ok: false, notFound: true });
    expect(await editDeployment(db, { id: w.deploymentId, expectedVersion: 1, mutate: () => undefined }, ACTOR)).toMatchObject({
      ok: false,
      stale: true,
    });
    expect(await saveAssumptions(db, { deploymentId: w.deploymentId, values: { [ASSUMPTION_TABLE[0].key]: "many" } }, ACTOR)).toMatchObject(
      { ok: false, fieldErrors: { [ASSUMPTION_TABLE[0].key]: [expect.stringMatching(/expected a number/)] } },
    );
    expect(await setDisabled(db, { userId: w.adminId, disabled: "true" }, admin())).toMatchObject({
      ok: false,
      message: "You cannot disable your own account.",
    });
    expect(await setExerciseInterval(db, { deploymentId: w.deploymentId, intervalDays: "3" }, ACTOR)).toMatchObject({
      ok: false,
      fieldErrors: { intervalDays: ["at least 7 days"] },
    });
    expect(await setExerciseInterval(db, { deploymentId: w.deploymentId, intervalDays: "ninety" }, ACTOR)).toMatchObject({
      ok: false,
      fieldErrors: { intervalDays: [expect.any(String)] },
    });
    expect(
      await changeOwnPassword(db, { currentPassword: "wrong", newPassword: `${PASSWORD}#`, confirm: `${PASSWORD}#` }, admin()),
    ).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["The current password is wrong"] } });
    expect(await snapshot(db)).toEqual(before);
  });

  it("audited() commits the work and its entries together, or neither", async () => {
    const before = await db.auditEntry.count();
    await expect(
      audited(db, ACTOR, async (tx, audit) => {
        await audit({ deploymentId: null, deploymentName: "", action: "test:first", detail: "" });
        await tx.appSetting.create({ data: { key: "test-key", value: "x" } });
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await db.auditEntry.count()).toBe(before);
    expect(await db.appSetting.findUnique({ where: { key: "test-key" } })).toBeNull();
  });
});
