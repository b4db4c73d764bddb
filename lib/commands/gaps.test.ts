// Accepting a gap: bad input is a value naming the field and writes nothing; the acceptance holds until
// the review date, then the gap counts again; a what-if variant carries the recommendation's change.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { importDeploymentText } from "../db/import-export";
import { listAudit } from "../db/audit-store";
import { loadDeployment } from "../db/deployment-store";
import { activeAcceptedGapIds, listAcceptedGaps } from "../db/accepted-gap-store";
import { testDatabases } from "../db/test-databases";
import { planDeployment } from "../engine/plan";
import { acceptGap, reopenGap } from "./gaps";
import { createWhatIfVariant } from "./what-if";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8");
const now = new Date("2026-11-29T12:00:00Z");
const reason = "Tapes sit in a locked safe on site.";

describe.each(testDatabases)("gap acceptance and what-if variants on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let id: string;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    const r = await importDeploymentText(db, example, "a.json");
    if (!r.ok) throw new Error("import failed");
    id = r.id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("an acceptance holds until the start of its review day, then the gap counts again", async () => {
    const r = await acceptGap(
      db,
      { deploymentId: id, gapId: "backups-unencrypted", reason, reviewOn: "2027-03-01", now },
      "Ana <ana@x.com>",
    );
    expect(r).toEqual({ ok: true, gapId: "backups-unencrypted", reviewOn: new Date("2027-03-01T00:00:00Z") });
    expect(await listAcceptedGaps(db, id)).toMatchObject([{ gapId: "backups-unencrypted", reason, acceptedBy: "Ana <ana@x.com>" }]);
    expect((await listAudit(db, { deploymentId: id })).entries[0]).toMatchObject({
      action: "gap:accept",
      detail: `backups-unencrypted until 2027-03-01: ${reason}`,
    });
    expect(await activeAcceptedGapIds(db, id, new Date("2027-02-28T23:59:59Z"))).toEqual(["backups-unencrypted"]);
    expect(await activeAcceptedGapIds(db, id, new Date("2027-03-01T00:00:00Z"))).toEqual([]);
    // Accepting again replaces the reason and the date.
    await acceptGap(
      db,
      {
        deploymentId: id,
        gapId: "backups-unencrypted",
        reason: "Encryption arrives with the new backup software.",
        reviewOn: "2027-05-01",
        now,
      },
      "Bo",
    );
    expect(await listAcceptedGaps(db, id)).toMatchObject([
      { reason: "Encryption arrives with the new backup software.", acceptedBy: "Bo", reviewOn: new Date("2027-05-01T00:00:00Z") },
    ]);
    expect(await reopenGap(db, { deploymentId: id, gapId: "backups-unencrypted" }, "Bo")).toEqual({
      ok: true,
      gapId: "backups-unencrypted",
    });
  });

  it("refuses bad input with the field named, and writes nothing", async () => {
    const before = (await listAudit(db, { deploymentId: id })).total;
    const base = { deploymentId: id, gapId: "backups-unencrypted", reason, reviewOn: "2027-01-01", now };
    expect(await acceptGap(db, { ...base, reason: "meh" }, "Ana")).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.stringMatching(/say why/)] },
    });
    expect(await acceptGap(db, { ...base, reviewOn: "2026-11-29" }, "Ana")).toMatchObject({
      ok: false,
      fieldErrors: { reviewOn: ["the review date must be after today"] },
    });
    expect(await acceptGap(db, { ...base, reviewOn: "2028-06-01" }, "Ana")).toMatchObject({
      ok: false,
      fieldErrors: { reviewOn: ["review an accepted gap within a year"] },
    });
    expect(await acceptGap(db, { ...base, reviewOn: "soon" }, "Ana")).toMatchObject({
      ok: false,
      fieldErrors: { reviewOn: [expect.stringMatching(/yyyy-mm-dd/)] },
    });
    expect(await acceptGap(db, { ...base, gapId: "no-such-gap", knownGapIds: ["backups-unencrypted"] }, "Ana")).toMatchObject({
      ok: false,
      fieldErrors: { gapId: expect.any(Array) },
    });
    expect(await acceptGap(db, { ...base, deploymentId: "missing" }, "Ana")).toMatchObject({ ok: false, notFound: true });
    expect(await reopenGap(db, { deploymentId: id, gapId: "backups-unencrypted" }, "Ana")).toMatchObject({
      ok: false,
      fieldErrors: { gapId: ["not accepted"] },
    });
    expect((await listAudit(db, { deploymentId: id })).total).toBe(before);
    expect(await listAcceptedGaps(db, id)).toEqual([]);
  });

  it("Try it stores a new deployment with exactly the recommendation's change; the source is untouched", async () => {
    const source = (await loadDeployment(db, id))!;
    const rec = planDeployment(source.deployment, { recommendations: true }).assessment.recommendations![0];
    const r = await createWhatIfVariant(db, { sourceId: id, source: source.deployment, recommendation: rec }, "Ana");
    if (!r.ok) throw new Error(r.message);
    const variant = (await loadDeployment(db, r.id))!.deployment;
    expect(variant.name).toBe(`${source.deployment.name} — what if: ${rec.title}`);
    const after = planDeployment(variant).assessment;
    expect(after.score).toBe(rec.scoreTo);
    expect((await loadDeployment(db, id))!.version).toBe(source.version);
    expect(await createWhatIfVariant(db, { sourceId: id, source: source.deployment, recommendation: undefined }, "Ana")).toMatchObject({
      ok: false,
    });
  });
});
