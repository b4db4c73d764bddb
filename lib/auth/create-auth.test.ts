// The sign-in set-up end to end on each test database: first admin, sign-in, roles, lockout, expiry.
import { APIError } from "better-auth/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { providerOf } from "../db/url";
import { testDatabases } from "../db/test-databases";
import { createAuth, type Auth } from "./create-auth";
import { resolveAuthSecret } from "./secret";
import { SIGN_IN_LIMITS } from "./sign-in-limiter";
import { wouldRemoveLastAdmin } from "./users";
import { setUpFirstAdmin } from "../commands/accounts";

const PASSWORD = "a long admin password";

describe.each(testDatabases)("sign-in on $name", (database) => {
  let db: Db;
  let auth: Auth;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    auth = createAuth({ db, provider: providerOf(created.url), secret: await resolveAuthSecret(db, {}) });
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  // The limiter refuses before better-auth runs, by throwing; over HTTP that becomes this 429 response.
  const signIn = (email: string, password: string, ip = "10.0.0.1") =>
    auth.api
      .signInEmail({ body: { email, password }, headers: new Headers({ "x-forwarded-for": ip }), asResponse: true })
      .catch((e: unknown) => {
        if (!(e instanceof APIError)) throw e;
        return Response.json(e.body, { status: e.statusCode, headers: e.headers });
      });
  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

  it("keeps one generated secret in the database, and prefers BETTER_AUTH_SECRET", async () => {
    const a = await resolveAuthSecret(db, {});
    expect(a.length).toBeGreaterThanOrEqual(40);
    expect(await resolveAuthSecret(db, {})).toBe(a);
    expect(await resolveAuthSecret(db, { BETTER_AUTH_SECRET: "x".repeat(32) })).toBe("x".repeat(32));
    await expect(resolveAuthSecret(db, { BETTER_AUTH_SECRET: "short" })).rejects.toThrow(/32 characters/);
  });

  // The set-up command writes better-auth's rows itself (with its audit entry); the sign-in below
  // proves better-auth accepts them.
  it("creates the first admin once, with its audit entry; a second set-up is refused", async () => {
    const first = await setUpFirstAdmin(db, { name: "Ana Admin", email: "Ana@Example.com", password: PASSWORD, confirm: PASSWORD });
    expect(first.ok).toBe(true);
    const again = await setUpFirstAdmin(db, { name: "Eve", email: "eve@example.com", password: PASSWORD, confirm: PASSWORD });
    expect(again).toMatchObject({ ok: false, alreadySetUp: true });
    expect(await db.auditEntry.findMany({ select: { actor: true, action: true } })).toEqual([
      { actor: "Ana Admin <ana@example.com>", action: "user:first-admin" },
    ]);
    expect(await db.user.count()).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ana@example.com" } });
    expect(user.role).toBe("admin");
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(account.password).not.toContain(PASSWORD);
  });

  it("signs in with the right password, and the session names the user and role", async () => {
    const res = await signIn("ana@example.com", PASSWORD);
    expect(res.status).toBe(200);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^ocs-planner\.session_token=/);
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user).toMatchObject({ email: "ana@example.com", role: "admin" });
    expect(session!.session.expiresAt.getTime() - Date.now()).toBeGreaterThan(7.9 * 3600 * 1000);
    expect(session!.session.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(8 * 3600 * 1000);
  });

  it("refuses sign-up: only admins add users", async () => {
    await expect(auth.api.signUpEmail({ body: { email: "mallory@example.com", password: PASSWORD, name: "M" } })).rejects.toThrow();
    expect(await db.user.count({ where: { email: "mallory@example.com" } })).toBe(0);
  });

  it("lets an admin add a viewer, who cannot add users or change roles", async () => {
    const admin = cookieOf(await signIn("ana@example.com", PASSWORD));
    await auth.api.createUser({
      body: { email: "vic@example.com", password: PASSWORD, name: "Vic Viewer", role: "viewer" },
      headers: new Headers({ cookie: admin }),
    });
    const viewer = cookieOf(await signIn("vic@example.com", PASSWORD));
    await expect(
      auth.api.createUser({
        body: { email: "x@example.com", password: PASSWORD, name: "X", role: "admin" },
        headers: new Headers({ cookie: viewer }),
      }),
    ).rejects.toThrow();
    const vic = await db.user.findUniqueOrThrow({ where: { email: "vic@example.com" } });
    await expect(auth.api.setRole({ body: { userId: vic.id, role: "admin" }, headers: new Headers({ cookie: viewer }) })).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: vic.id } })).role).toBe("viewer");
    expect(await db.user.count({ where: { email: "x@example.com" } })).toBe(0);
  });

  it("never lets the last admin lose the role", async () => {
    const ana = await db.user.findUniqueOrThrow({ where: { email: "ana@example.com" } });
    expect(await wouldRemoveLastAdmin(db, ana.id, "planner")).toBe(true);
    expect(await wouldRemoveLastAdmin(db, ana.id, "disabled")).toBe(true);
    expect(await wouldRemoveLastAdmin(db, ana.id, "admin")).toBe(false);
    const vic = await db.user.findUniqueOrThrow({ where: { email: "vic@example.com" } });
    expect(await wouldRemoveLastAdmin(db, vic.id, "viewer")).toBe(false);
  });

  it("locks an account after 5 wrong passwords, even with the right one, from any address", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++)
      expect((await signIn("vic@example.com", "wrong password!!", `10.0.1.${i}`)).status).toBe(401);
    const locked = await signIn("vic@example.com", PASSWORD, "10.0.2.1");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await locked.json()).message).toMatch(/Too many failed sign-ins for this account/);
    // Another account is not affected.
    expect((await signIn("ana@example.com", PASSWORD, "10.0.2.1")).status).toBe(200);
  });

  it("unlocks when the window has passed, and a success clears the count", async () => {
    await db.signInAttempt.updateMany({
      where: { key: "email:vic@example.com" },
      data: { at: new Date(Date.now() - SIGN_IN_LIMITS.windowMs - 1000) },
    });
    expect((await signIn("vic@example.com", PASSWORD)).status).toBe(200);
    expect(await db.signInAttempt.count({ where: { key: "email:vic@example.com" } })).toBe(0);
  });

  it("locks an address after 20 failures across accounts", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await signIn(`nobody${i}@example.com`, "wrong password!!", "10.9.9.9");
    const res = await signIn("ana@example.com", PASSWORD, "10.9.9.9");
    expect(res.status).toBe(429);
    expect((await res.json()).message).toMatch(/from this address/);
    expect((await signIn("ana@example.com", PASSWORD, "10.9.9.10")).status).toBe(200);
  });

  it("ends a session at its expiry: the cookie no longer signs in", async () => {
    const cookie = cookieOf(await signIn("ana@example.com", PASSWORD, "10.0.3.1"));
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
    const token = decodeURIComponent(cookie.split("=")[1]).split(".")[0];
    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it("ends every session of a disabled account", async () => {
    const admin = cookieOf(await signIn("ana@example.com", PASSWORD, "10.0.4.1"));
    const viewer = cookieOf(await signIn("vic@example.com", PASSWORD, "10.0.4.2"));
    const vic = await db.user.findUniqueOrThrow({ where: { email: "vic@example.com" } });
    await auth.api.banUser({ body: { userId: vic.id, banReason: "left the team" }, headers: new Headers({ cookie: admin }) });
    expect(await auth.api.getSession({ headers: new Headers({ cookie: viewer }) })).toBeNull();
    expect((await signIn("vic@example.com", PASSWORD, "10.0.4.2")).status).toBe(403);
  });
});
