// A revoked upload token used in a loop: refused every time, recorded in the audit log at most once
// per token per hour, and never flushing the rendered-page cache (the content generation stays).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { readContentGeneration, readDeploymentPageGeneration } from "../db/content-generation";
import { migrateDeploy } from "../db/migrate";
import { plainDeploymentRow, testDatabases } from "../db/test-databases";
import { recordTokenRefusal, REFUSAL_RECORD_INTERVAL_MS } from "../db/refusal-record";
import { authorizeEvidenceToken, createEvidenceToken, revokeEvidenceToken } from "./evidence";

const P = "Pat Planner <pat@example.com>";

describe.each(testDatabases)("refused upload tokens on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let id: string;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    id = (await db.deployment.create({ data: plainDeploymentRow("Tokens"), select: { id: true } })).id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  const refusals = () => db.auditEntry.count({ where: { action: "evidence:token-refused" } });

  it("are recorded once however often the token is tried, and leave cached pages alone", async () => {
    const made = await createEvidenceToken(db, { deploymentId: id, name: "nightly job" }, P);
    if (!made.ok) throw new Error(made.message);
    expect((await revokeEvidenceToken(db, { deploymentId: id, tokenId: made.id }, P)).ok).toBe(true);
    const generations = [await readContentGeneration(db), await readDeploymentPageGeneration(db, id)];
    const answers = await Promise.all(Array.from({ length: 8 }, () => authorizeEvidenceToken(db, { deploymentId: id, token: made.token })));
    for (const a of answers) expect(a).toEqual({ ok: false, status: 401, message: "this upload token has been revoked" });
    expect(await authorizeEvidenceToken(db, { deploymentId: "another", token: made.token })).toMatchObject({ ok: false, status: 401 });
    expect(await refusals()).toBe(1);
    expect([await readContentGeneration(db), await readDeploymentPageGeneration(db, id)]).toEqual(generations);
  });

  it("are recorded again once the hour has passed, and per token", async () => {
    const t0 = new Date("2026-07-01T10:00:00Z");
    const entry = { deploymentId: id, deploymentName: "Tokens", actor: "upload token", action: "evidence:token-refused", detail: "x" };
    const before = await refusals();
    expect(await recordTokenRefusal(db, "tok-a", entry, t0)).toBe(true);
    expect(await recordTokenRefusal(db, "tok-a", entry, new Date(t0.getTime() + REFUSAL_RECORD_INTERVAL_MS - 1))).toBe(false);
    expect(await recordTokenRefusal(db, "tok-b", entry, t0)).toBe(true);
    expect(await recordTokenRefusal(db, "tok-a", entry, new Date(t0.getTime() + REFUSAL_RECORD_INTERVAL_MS))).toBe(true);
    expect(await refusals()).toBe(before + 3);
  });
});
