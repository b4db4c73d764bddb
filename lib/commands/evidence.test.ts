// Evidence uploads and upload tokens on each test database (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "../auth/create-auth";
import { resolveAuthSecret } from "../auth/secret";
import { listAudit } from "../db/audit-store";
import { createPrismaClient, type Db } from "../db/client";
import { deleteDeployment } from "../db/deployment-store";
import {
  evidenceFileText,
  evidenceKeepDays,
  hasEvidence,
  listEvidenceTokens,
  listEvidenceUploads,
  loadEvidenceDigests,
  loadEvidenceRuns,
} from "../db/evidence-store";
import { analyseEvidence } from "../engine/evidence";
import { analyseDigests } from "../engine/evidence-digest";
import { planDeployment } from "../engine/plan";
import { loadDeployment } from "../db/deployment-store";
import { importDeploymentText } from "../db/import-export";
import { migrateDeploy } from "../db/migrate";
import { providerOf } from "../db/url";
import { testDatabases } from "../db/test-databases";
import { EVIDENCE_HEADER } from "../formats/evidence";
import { authorizeEvidenceToken, createEvidenceToken, previewEvidence, revokeEvidenceToken, uploadEvidence } from "./evidence";

const example = readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-enterprise-consolidated.json"), "utf8");
const csv = (...rows: string[]) => [EVIDENCE_HEADER, ...rows].join("\r\n") + "\r\n";
const NOW = new Date("2026-11-28T12:00:00Z");
const good = csv(
  "database,sql01.litware.com,RTC,2026-11-28T01:42:10Z,12884901888,ok",
  "database,sql01.litware.com,RTC,2026-11-27T01:40:55Z,,failed",
  "database,sql09.litware.com,RTC,2026-11-28T01:42:10Z,,ok",
  "share,,meeting-content,2026-11-28T02:31:00Z,42949672960,ok",
);

describe.each(testDatabases)("evidence store on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let url: string;
  let id: string;
  let other: string;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    url = created.url;
    await migrateDeploy(url);
    db = createPrismaClient(url);
    const a = await importDeploymentText(db, example, "a.json");
    const b = await importDeploymentText(db, example, "b.json");
    if (!a.ok || !b.ok) throw new Error("import failed");
    id = a.id;
    other = b.id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("stores an upload whole, with its counts, warnings and audit entry", async () => {
    const r = await uploadEvidence(
      db,
      { deploymentId: id, text: good, fileName: "evidence.csv", now: NOW },
      "Pat Planner <pat@example.com>",
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r).toMatchObject({ rows: 4, goodRuns: 2, failedRuns: 1, pruned: 0 });
    expect(r.warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [4, 2, "the deployment has no server sql09.litware.com: not counted"],
    ]);
    expect(r.summary).toMatchObject({ items: 15, ok: 2, noEvidence: 13, allItemsWithinTarget: false });

    const { uploads, total } = await listEvidenceUploads(db, id);
    expect(total).toBe(1);
    expect(uploads[0]).toMatchObject({
      uploadedBy: "Pat Planner <pat@example.com>",
      fileName: "evidence.csv",
      rows: 4,
      goodRuns: 2,
      failedRuns: 1,
      warnings: 1,
      tokenId: null,
    });
    expect(uploads[0].firstRunAt?.toISOString()).toBe("2026-11-27T01:40:55.000Z");
    expect(uploads[0].lastRunAt?.toISOString()).toBe("2026-11-28T02:31:00.000Z");
    expect((await evidenceFileText(db, id, r.id))?.text).toBe(good);
    expect(await hasEvidence(db, id)).toBe(true);
    expect(await hasEvidence(db, other)).toBe(false);

    const audit = await listAudit(db, { deploymentId: id });
    expect(audit.entries[0]).toMatchObject({ action: "evidence:upload", actor: "Pat Planner <pat@example.com>" });
    expect(audit.entries[0].detail).toContain(
      "4 rows (2 good, 1 failed counted); 1 warning; 0 stale, 0 without a good backup, 13 without evidence of 15 items",
    );
  });

  it("changes nothing for a file with errors, and names line and column", async () => {
    const before = await listAudit(db, { deploymentId: id });
    const r = await uploadEvidence(
      db,
      { deploymentId: id, text: csv("database,sql01.litware.com,RTC,2026-11-28T01:42:10,,ok"), now: NOW },
      "pat",
    );
    expect(r).toEqual({
      ok: false,
      message: "The evidence file has errors: nothing was stored.",
      errorCount: 1,
      errors: [
        {
          line: 2,
          column: 4,
          field: "finishedAt",
          message: '"2026-11-28T01:42:10" has no time zone: add Z (UTC) or an offset such as +01:00',
        },
      ],
    });
    expect((await listEvidenceUploads(db, id)).total).toBe(1);
    expect((await listAudit(db, { deploymentId: id })).total).toBe(before.total);
  });

  it("refuses an upload for a deployment that does not exist", async () => {
    expect(await uploadEvidence(db, { deploymentId: "nope", text: good, now: NOW }, "pat")).toEqual({
      ok: false,
      message: "This deployment no longer exists.",
      notFound: true,
    });
  });

  it("previews without storing", async () => {
    const p = await previewEvidence(db, { deploymentId: other, text: good, asOfMs: NOW.getTime() });
    if (!p.ok) throw new Error("preview failed");
    expect(p.section.items.find((i) => i.item === "RTC")).toMatchObject({ lastGoodAt: "2026-11-28T01:42:10Z", status: "ok" });
    expect(await hasEvidence(db, other)).toBe(false);
  });

  it("reads back the runs of the uploads since a moment, and the newest one before it", async () => {
    const later = csv("database,sql01.litware.com,RTC,2026-12-05T01:42:10Z,,ok");
    const r = await uploadEvidence(db, { deploymentId: id, text: later, now: new Date("2026-12-05T03:00:00Z") }, "pat");
    expect(r.ok).toBe(true);
    const sinceSecond = await loadEvidenceRuns(db, id, Date.parse("2026-12-01T00:00:00Z"));
    // The first upload (before the moment) gives the state then; the second one follows.
    expect(sinceSecond.map((x) => x.finishedAt)).toEqual([
      "2026-11-28T01:42:10Z",
      "2026-11-27T01:40:55Z",
      "2026-11-28T01:42:10Z",
      "2026-11-28T02:31:00Z",
      "2026-12-05T01:42:10Z",
    ]);
    expect((await loadEvidenceRuns(db, id, Date.parse("2026-12-06T00:00:00Z"))).map((x) => x.finishedAt)).toEqual(["2026-12-05T01:42:10Z"]);
  });

  it("stores each upload's digest with it, which judges as the files' runs do; an upload without one gets it from its file", async () => {
    const since = Date.parse("2026-12-01T00:00:00Z");
    const digests = await loadEvidenceDigests(db, id, since);
    expect(digests.map((x) => x.uploadedAt.toISOString())).toEqual(["2026-11-28T12:00:00.000Z", "2026-12-05T03:00:00.000Z"]);
    const stored = await db.evidenceUpload.findMany({ where: { deploymentId: id }, select: { digest: true } });
    expect(stored.every((x) => x.digest !== null)).toBe(true);
    const d = (await loadDeployment(db, id))!.deployment;
    const plan = planDeployment(d);
    const asOfMs = Date.parse("2026-12-06T12:00:00Z");
    const fromRuns = analyseEvidence(d, plan, { runs: await loadEvidenceRuns(db, id, since), asOfMs });
    expect(
      analyseDigests(
        d,
        plan,
        digests.map((x) => x.digest),
        asOfMs,
      ),
    ).toEqual(fromRuns);

    // An upload stored before digests existed (or restored from a backup): its digest comes from its file.
    const third = await importDeploymentText(db, example, "c.json");
    if (!third.ok) throw new Error("import failed");
    const legacy = await uploadEvidence(db, { deploymentId: third.id, text: good, now: NOW }, "pat");
    if (!legacy.ok) throw new Error("upload failed");
    await db.evidenceUpload.update({ where: { id: legacy.id }, data: { digest: null } });
    const [fromFile] = await loadEvidenceDigests(db, third.id, 0);
    const dOther = (await loadDeployment(db, third.id))!.deployment;
    const planOther = planDeployment(dOther);
    expect(analyseDigests(dOther, planOther, [fromFile.digest], asOfMs)).toEqual(
      analyseEvidence(dOther, planOther, { runs: await loadEvidenceRuns(db, third.id, 0), asOfMs }),
    );
    expect(fromFile.digest.entries.find((e) => e.item === "RTC" && e.server === "sql01.litware.com")).toMatchObject({
      rows: 2,
      good: 1,
      failed: 1,
      lastGood: Date.parse("2026-11-28T01:42:10Z"),
    });
  });

  it("prunes uploads older than the keep-days setting, in the same transaction as the new upload", async () => {
    const r = await uploadEvidence(db, { deploymentId: id, text: csv(), now: new Date("2026-12-10T00:00:00Z"), keepDays: 7 }, "pat");
    if (!r.ok) throw new Error("upload failed");
    expect(r.pruned).toBe(1);
    const { uploads } = await listEvidenceUploads(db, id);
    expect(uploads.map((u) => u.uploadedAt.toISOString())).toEqual(["2026-12-10T00:00:00.000Z", "2026-12-05T03:00:00.000Z"]);
    expect((await listAudit(db, { deploymentId: id })).entries[0].detail).toContain("1 upload older than 2026-12-03 pruned");
  });

  it("reads the keep-days setting from EVIDENCE_KEEP_DAYS", () => {
    expect(evidenceKeepDays({})).toBe(400);
    expect(evidenceKeepDays({ EVIDENCE_KEEP_DAYS: "120" })).toBe(120);
    expect(evidenceKeepDays({ EVIDENCE_KEEP_DAYS: "0" })).toBe(400);
    expect(evidenceKeepDays({ EVIDENCE_KEEP_DAYS: "ten" })).toBe(400);
  });

  describe("upload tokens", () => {
    let token: string;
    let tokenId: string;

    it("are shown once and stored only as a hash", async () => {
      const r = await createEvidenceToken(db, { deploymentId: id, name: "sql01 nightly task" }, "Pat Planner <pat@example.com>");
      if (!r.ok) throw new Error(r.message);
      token = r.token;
      tokenId = r.id;
      expect(token).toMatch(/^ocsev_[A-Za-z0-9_-]{43}$/);
      const row = await db.evidenceToken.findUniqueOrThrow({ where: { id: tokenId } });
      expect(JSON.stringify(row)).not.toContain(token.slice(12));
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      const listed = await listEvidenceTokens(db, id);
      expect(listed.map((t) => [t.name, t.prefix])).toEqual([["sql01 nightly task", token.slice(0, 12)]]);
      expect(listed[0]).not.toHaveProperty("tokenHash");
      expect((await listAudit(db, { deploymentId: id })).entries[0]).toMatchObject({
        action: "evidence:token-create",
        detail: `upload token "sql01 nightly task" (${token.slice(0, 12)}…)`,
      });
    });

    it("refuse a name that is empty or too long", async () => {
      expect(await createEvidenceToken(db, { deploymentId: id, name: "  " }, "pat")).toMatchObject({
        ok: false,
        fieldErrors: { name: [expect.stringMatching(/1-80 characters/)] },
      });
      expect(await createEvidenceToken(db, { deploymentId: id, name: "x".repeat(81) }, "pat")).toMatchObject({
        ok: false,
        fieldErrors: { name: [expect.stringMatching(/1-80 characters/)] },
      });
    });

    it("let a scheduled task upload evidence for its own deployment, each use in the audit log", async () => {
      const auth = await authorizeEvidenceToken(db, { deploymentId: id, token });
      if (!auth.ok) throw new Error(auth.message);
      const r = await uploadEvidence(
        db,
        { deploymentId: id, text: good, token: auth.token, now: new Date("2026-12-11T00:00:00Z") },
        auth.actor,
      );
      expect(r.ok).toBe(true);
      const entry = (await listAudit(db, { deploymentId: id })).entries[0];
      expect(entry).toMatchObject({ action: "evidence:upload", actor: `upload token "sql01 nightly task" (${token.slice(0, 12)}…)` });
      expect(entry.detail).toContain('with upload token "sql01 nightly task"');
      expect((await db.evidenceToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt?.toISOString()).toBe(
        "2026-12-11T00:00:00.000Z",
      );
      expect((await listEvidenceUploads(db, id)).uploads[0].tokenId).toBe(tokenId);
    });

    it("cannot upload to another deployment (refused and recorded)", async () => {
      const r = await authorizeEvidenceToken(db, { deploymentId: other, token });
      expect(r).toEqual({ ok: false, status: 403, message: "this upload token is for another deployment" });
      expect((await listAudit(db, { deploymentId: id })).entries[0]).toMatchObject({
        action: "evidence:token-refused",
        detail: `token used for another deployment (${other})`,
      });
      expect(await hasEvidence(db, other)).toBe(false);
    });

    it("are not sessions: a token signs nobody in, so it reads nothing", async () => {
      const auth = createAuth({ db, provider: providerOf(url), secret: await resolveAuthSecret(db, {}) });
      const session = await auth.api.getSession({
        headers: new Headers({ authorization: `Bearer ${token}`, cookie: `better-auth.session_token=${token}` }),
      });
      expect(session).toBeNull();
    });

    it("refuse unknown and malformed tokens without recording anything", async () => {
      const before = (await listAudit(db)).total;
      expect(await authorizeEvidenceToken(db, { deploymentId: id, token: "ocsev_" + "A".repeat(43) })).toMatchObject({
        ok: false,
        status: 401,
      });
      expect(await authorizeEvidenceToken(db, { deploymentId: id, token: "" })).toMatchObject({ ok: false, status: 401 });
      expect((await listAudit(db)).total).toBe(before);
    });

    it("once revoked, are refused (the refusal recorded at most once per token per hour)", async () => {
      expect(await revokeEvidenceToken(db, { deploymentId: other, tokenId }, "pat")).toEqual({
        ok: false,
        message: "No such token for this deployment.",
        notFound: true,
      });
      expect(await revokeEvidenceToken(db, { deploymentId: id, tokenId }, "Pat Planner <pat@example.com>")).toEqual({ ok: true });
      expect((await listAudit(db, { deploymentId: id })).entries[0]).toMatchObject({ action: "evidence:token-revoke" });
      expect(await authorizeEvidenceToken(db, { deploymentId: id, token })).toEqual({
        ok: false,
        status: 401,
        message: "this upload token has been revoked",
      });
      // This token's use for another deployment was recorded above, within the hour: not again.
      expect((await listAudit(db, { deploymentId: id })).entries[0]).toMatchObject({ action: "evidence:token-revoke" });
      expect(await db.auditEntry.count({ where: { deploymentId: id, action: "evidence:token-refused" } })).toBe(1);
      expect((await listEvidenceTokens(db, id))[0]).toMatchObject({ revokedBy: "Pat Planner <pat@example.com>" });
    });
  });

  it("goes with its deployment when the deployment is deleted", async () => {
    await deleteDeployment(db, id);
    expect(await db.evidenceUpload.count({ where: { deploymentId: id } })).toBe(0);
    expect(await db.evidenceToken.count({ where: { deploymentId: id } })).toBe(0);
  });
});
