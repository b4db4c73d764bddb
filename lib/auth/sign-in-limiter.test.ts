import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { testDatabases } from "../db/test-databases";
import { SIGN_IN_LIMITS, recordFailedSignIn } from "./sign-in-limiter";

describe.each(testDatabases)("failed sign-in rows on $name", (database) => {
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

  it("are purged once older than the window, whichever account or address they were for", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const old = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs - 1000);
    const recent = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs + 60_000);
    await db.signInAttempt.createMany({
      data: [
        { key: "email:gone@example.com", at: old },
        { key: "ip:10.0.0.9", at: old },
        { key: "email:kept@example.com", at: recent },
      ],
    });
    await recordFailedSignIn(db, { email: "someone@example.com", ip: "10.0.0.1" }, now);
    const rows = await db.signInAttempt.findMany({ orderBy: { key: "asc" }, select: { key: true } });
    expect(rows.map((r) => r.key)).toEqual(["email:kept@example.com", "email:someone@example.com", "ip:10.0.0.1"]);
  });
});
