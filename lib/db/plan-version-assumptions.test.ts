// What is approved is the plan: deployment content plus assumptions. A calibration makes a new plan
// version, printed as a DRAFT until that exact combination is approved; approving it is possible, and the
// print then says approved (issue 24).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { migrateDeploy } from "./migrate";
import { importDeploymentText } from "./import-export";
import { loadDeployment } from "./deployment-store";
import { loadVersion, planVersionStatus } from "./version-store";
import { assumptionsRevision, assumptionsVersionOf } from "./assumptions-store";
import { approveVersion } from "../commands/versions";
import { acceptCalibration } from "../commands/assumptions";
import { planDeployment } from "../engine/plan";
import { buildRunbookDocument, draftLabel, printedVersion, withPlanVersion } from "../print/runbook-document";
import { diffVersions } from "../view/version-diff";
import { testDatabases } from "./test-databases";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8");

describe.each(testDatabases)("plan versions with assumptions on $name", (database) => {
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

  /** The current plan as loadPlan gives it, from this database. */
  async function current(id: string) {
    const stored = (await loadDeployment(db, id))!;
    const row = await db.estimationAssumptions.findUnique({ where: { deploymentId: id } });
    const assumptionOverrides = row ? (JSON.parse(row.values) as Record<string, number>) : {};
    const assumptionsVersion = await assumptionsVersionOf(db, id);
    return {
      stored,
      plan: planDeployment(stored.deployment, { assumptions: assumptionOverrides }),
      assumptionOverrides,
      assumptionsVersion,
    };
  }

  async function printOf(id: string) {
    const planned = await current(id);
    const scenario = planned.plan.scenarios[0];
    const doc = buildRunbookDocument(scenario, {
      deploymentName: "Litware",
      deploymentVersion: planned.stored.version,
      producedOn: new Date(),
    });
    return withPlanVersion(doc, await planVersionStatus(db, id, planned.stored.version, planned.assumptionsVersion));
  }

  it("calibrate -> new plan version (a draft) -> approve -> the print says approved", async () => {
    const r = await importDeploymentText(db, example, "calibrated.json");
    if (!r.ok) throw new Error("import failed");
    const first = await current(r.id);
    expect(
      await approveVersion(
        db,
        { deploymentId: r.id, expectedVersion: 1, expectedAssumptionsVersion: 0, note: "first review", planned: first },
        "ana",
      ),
    ).toMatchObject({ ok: true, number: 1 });
    expect(printedVersion(await printOf(r.id))).toBe("Approved plan version 1 (deployment version 1, assumptions version 0)");

    // A calibration is accepted: the deployment did not change, the plan did.
    const calibrated = await acceptCalibration(
      db,
      {
        deploymentId: r.id,
        overrides: {},
        accepted: [{ key: "settingsImportMinutes", from: 15, to: 17, sources: ["Run of 2026-12-01 (incident)"] }],
        expectedRevision: await assumptionsRevision(db, r.id),
      },
      "ana",
    );
    expect(calibrated).toMatchObject({ ok: true });
    const draft = await printOf(r.id);
    expect(draftLabel(draft)).toBe("DRAFT: plan version 2 (deployment version 1, assumptions version 1), not approved");
    expect(printedVersion(draft)).toBe("Plan version 2 (deployment version 1, assumptions version 1) (draft, not approved)");

    // Approving the reviewed combination is possible; one reviewed at the old assumptions version is refused as stale.
    const second = await current(r.id);
    expect(
      await approveVersion(
        db,
        { deploymentId: r.id, expectedVersion: 1, expectedAssumptionsVersion: 0, note: "stale page", planned: second },
        "bo",
      ),
    ).toMatchObject({ ok: false, stale: true });
    expect(
      await approveVersion(
        db,
        { deploymentId: r.id, expectedVersion: 1, expectedAssumptionsVersion: 1, note: "calibrated from the incident", planned: second },
        "bo",
      ),
    ).toMatchObject({ ok: true, number: 2 });
    const approved = await printOf(r.id);
    expect(draftLabel(approved)).toBeNull();
    expect(printedVersion(approved)).toBe("Approved plan version 2 (deployment version 1, assumptions version 1)");
    expect(approved.approval).toEqual({ number: 2, approvedBy: "bo" });

    // The versions page's diff names the assumption that changed between the two plan versions.
    const [v1, v2] = await Promise.all([loadVersion(db, r.id, 1), loadVersion(db, r.id, 2)]);
    expect(v2).toMatchObject({ deploymentVersion: 1, assumptionsVersion: 1, assumptions: { settingsImportMinutes: 17 } });
    expect(diffVersions(v1!, v2!).assumptions).toEqual([expect.objectContaining({ key: "settingsImportMinutes", from: 15, to: 17 })]);

    // The same combination twice is refused.
    expect(
      await approveVersion(
        db,
        { deploymentId: r.id, expectedVersion: 1, expectedAssumptionsVersion: 1, note: "again", planned: second },
        "bo",
      ),
    ).toMatchObject({ ok: false });
  });
});
