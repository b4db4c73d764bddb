// Accepting a gap: the row and its audit entry commit together, bad input is a value naming the field,
// and the acceptance holds until the review date, then the gap counts again.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { importDeploymentText } from "../db/import-export";
import { listAudit } from "../db/audit-store";
import { activeAcceptedGapIds, listAcceptedGaps } from "../db/accepted-gap-store";
import { testDatabases } from "../db/test-databases";
import { acceptGap, reopenGap } from "./accept-gap";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8");
const now = new Date("2026-11-29T12:00:00Z");

describe.each(testDatabases)("accepting a gap on $name", (database) => {
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

  it("records the acceptance and its audit entry, and the gap comes back on the review date", async () => {
    const r = await acceptGap(db, { deploymentId: id, gapId: "backups-unencrypted", reason: "Tapes sit in a locked safe on site.", reviewOn: "2027-03-01" }, "Ana <ana@x.com>", { now });
    expect(r).toEqual({ ok: true, value: { gapId: "backups-unencrypted", reviewOn: new Date("2027-03-01T00:00:00Z") } });
    expect(await listAcceptedGaps(db, id)).toMatchObject([{ gapId: "backups-unencrypted", reason: "Tapes sit in a locked safe on site.", acceptedBy: "Ana <ana@x.com>" }]);
    const audit = await listAudit(db, { deploymentId: id });
    expect(audit.entries[0]).toMatchObject({ action: "gap:accept", actor: "Ana <ana@x.com>", detail: "backups-unencrypted until 2027-03-01: Tapes sit in a locked safe on site." });
    expect(await activeAcceptedGapIds(db, id, now)).toEqual(["backups-unencrypted"]);
    expect(await activeAcceptedGapIds(db, id, new Date("2027-02-28T23:59:59Z"))).toEqual(["backups-unencrypted"]);
    expect(await activeAcceptedGapIds(db, id, new Date("2027-03-01T00:00:00Z"))).toEqual([]);
  });

  it("refuses bad input with the field named, and writes nothing", async () => {
    const before = (await listAudit(db, { deploymentId: id })).total;
    const short = await acceptGap(db, { deploymentId: id, gapId: "x", reason: "meh", reviewOn: "2027-01-01" }, "Ana", { now });
    expect(short).toMatchObject({ ok: false, errors: [{ path: "reason" }] });
    const past = await acceptGap(db, { deploymentId: id, gapId: "x", reason: "A good enough reason.", reviewOn: "2026-11-29" }, "Ana", { now });
    expect(past).toMatchObject({ ok: false, errors: [{ path: "reviewOn", message: "the review date must be after today" }] });
    const far = await acceptGap(db, { deploymentId: id, gapId: "x", reason: "A good enough reason.", reviewOn: "2028-06-01" }, "Ana", { now });
    expect(far).toMatchObject({ ok: false, errors: [{ path: "reviewOn" }] });
    const unknown = await acceptGap(db, { deploymentId: id, gapId: "no-such-gap", reason: "A good enough reason.", reviewOn: "2027-01-01" }, "Ana", { now, knownGapIds: ["backups-unencrypted"] });
    expect(unknown).toMatchObject({ ok: false, errors: [{ path: "gapId" }] });
    const gone = await acceptGap(db, { deploymentId: "missing", gapId: "x", reason: "A good enough reason.", reviewOn: "2027-01-01" }, "Ana", { now });
    expect(gone).toMatchObject({ ok: false, errors: [{ path: "deploymentId" }] });
    const notDate = await acceptGap(db, { deploymentId: id, gapId: "x", reason: "A good enough reason.", reviewOn: "soon" }, "Ana", { now });
    expect(notDate).toMatchObject({ ok: false, errors: [{ path: "reviewOn" }] });
    expect((await listAudit(db, { deploymentId: id })).total).toBe(before);
  });

  it("reopens an accepted gap, audited, and refuses to reopen one that is not accepted", async () => {
    expect(await reopenGap(db, { deploymentId: id, gapId: "backups-unencrypted" }, "Bo")).toEqual({ ok: true, value: { gapId: "backups-unencrypted" } });
    expect(await listAcceptedGaps(db, id)).toEqual([]);
    expect((await listAudit(db, { deploymentId: id })).entries[0]).toMatchObject({ action: "gap:reopen", actor: "Bo", detail: "backups-unencrypted" });
    expect(await reopenGap(db, { deploymentId: id, gapId: "backups-unencrypted" }, "Bo")).toMatchObject({ ok: false, errors: [{ path: "gapId" }] });
  });
});
