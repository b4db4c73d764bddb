import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { providerOf } from "../db/url";
import { testDatabases } from "../db/test-databases";
import { createAuth, type Auth } from "./create-auth";
import { CLI_ACTOR, runUsersCli } from "./user-admin-cli";

const PW = { PLANNER_PASSWORD: "a long enough password" };

describe.each(testDatabases)("npm run users on $name", (database) => {
  let db: Db;
  let auth: Auth;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    auth = createAuth({ db, provider: providerOf(created.url), secret: "s".repeat(32) });
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });
  const run = (...args: string[]) => runUsersCli(args, db, auth, PW);

  it("adds accounts, naming the field of every refusal", async () => {
    expect(await run("add", "Root@Example.com", "admin", "Root", "Admin")).toEqual({
      exitCode: 0,
      out: "Added root@example.com as admin.",
    });
    expect(await db.auditEntry.findMany({ select: { actor: true, action: true, detail: true } })).toEqual([
      { actor: CLI_ACTOR, action: "user:add", detail: "root@example.com as admin" },
    ]);
    expect((await run("add", "root@example.com", "admin", "Again")).out).toMatch(/^email: an account/);
    expect((await run("add", "x@example.com", "owner", "X")).out).toMatch(/^role:/);
    expect((await runUsersCli(["add", "y@example.com", "viewer", "Y"], db, auth, { PLANNER_PASSWORD: "short" })).out).toMatch(
      /^password: Use at least 12/,
    );
    expect((await run("list")).out).toBe("root@example.com\tadmin\tRoot Admin");
  });

  it("resets a password: the new one signs in, sessions and the lock are gone", async () => {
    await db.signInAttempt.create({ data: { key: "email:root@example.com" } });
    const r = await runUsersCli(["reset-password", "root@example.com"], db, auth, { PLANNER_PASSWORD: "another long password" });
    expect(r.exitCode).toBe(0);
    expect(await db.signInAttempt.count()).toBe(0);
    const res = await auth.api.signInEmail({ body: { email: "root@example.com", password: "another long password" }, asResponse: true });
    expect(res.status).toBe(200);
  });

  it("never leaves the deployment without an admin", async () => {
    expect((await run("set-role", "root@example.com", "viewer")).exitCode).toBe(2);
    expect((await run("disable", "root@example.com")).exitCode).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { email: "root@example.com" } })).role).toBe("admin");
    expect((await run("nonsense")).out).toMatch(/npm run users -- list/);
  });
});
