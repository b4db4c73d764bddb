// Deny by default on better-auth's HTTP handler: every endpoint of the auth instance (taken from its
// `api` object, the admin plugin's included, so an endpoint a better-auth upgrade adds is walked too)
// answers 404 over HTTP unless it is on the allow-list, even for an admin, and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { providerOf } from "../db/url";
import { testDatabases } from "../db/test-databases";
import { addUser, setUpFirstAdmin } from "../commands/accounts";
import { createAuth, type Auth } from "./create-auth";
import { resolveAuthSecret } from "./secret";
import { ALLOWED_AUTH_ENDPOINTS, AUTH_BASE_PATH, isAllowedAuthRequest } from "./endpoint-allow-list";

const PASSWORD = "a long admin password";
const ORIGIN = "http://localhost:3000";

describe("isAllowedAuthRequest", () => {
  it("passes exactly the allow-listed method and path", () => {
    expect(isAllowedAuthRequest("POST", `${ORIGIN}/api/auth/sign-in/email`)).toBe(true);
    expect(isAllowedAuthRequest("post", `${ORIGIN}/api/auth/sign-in/email?x=1`)).toBe(true);
    expect(isAllowedAuthRequest("GET", `${ORIGIN}/api/auth/get-session`)).toBe(true);
    expect(isAllowedAuthRequest("POST", `${ORIGIN}/api/auth/sign-out`)).toBe(true);
  });
  it("refuses other methods, other paths and spellings of an allowed path", () => {
    for (const [method, path] of [
      ["GET", "/api/auth/sign-in/email"],
      ["POST", "/api/auth/get-session"],
      ["POST", "/api/auth/sign-in/email/"],
      ["POST", "/api/auth//sign-in/email"],
      ["POST", "/api/auth/sign-in%2Femail"],
      ["POST", "/api/auth/SIGN-IN/EMAIL"],
      ["POST", "/api/auth/admin/set-role"],
      ["POST", "/api/auth/sign-in/../admin/set-role"],
      ["POST", "/api/auth/sign-in/%2e%2e/admin/set-role"],
      ["POST", "/sign-in/email"],
    ])
      expect(isAllowedAuthRequest(method, `${ORIGIN}${path}`), `${method} ${path}`).toBe(false);
    expect(isAllowedAuthRequest("POST", "not a url")).toBe(false);
  });
});

describe.each(testDatabases)("better-auth's HTTP endpoints on $name", (database) => {
  let db: Db;
  let auth: Auth;
  let drop: () => Promise<void>;
  let admin: string;
  let planner: string;

  const call = (method: string, path: string, cookie: string, body?: unknown) =>
    auth.handler(
      new Request(`${ORIGIN}${AUTH_BASE_PATH}${path}`, {
        method,
        headers: { cookie, origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": "10.1.1.1" },
        body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
      }),
    );
  const signIn = async (email: string) => {
    const res = await call("POST", "/sign-in/email", "", { email, password: PASSWORD });
    expect(res.status).toBe(200);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  };
  const snapshot = async () => ({
    users: await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, name: true, role: true, banned: true } }),
    passwords: await db.account.findMany({ orderBy: { id: "asc" }, select: { password: true } }),
    audit: await db.auditEntry.count(),
  });

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    auth = createAuth({ db, provider: providerOf(created.url), secret: await resolveAuthSecret(db, {}) });
    await setUpFirstAdmin(db, { name: "Ana Admin", email: "ana@example.com", password: PASSWORD, confirm: PASSWORD });
    await addUser(
      db,
      { name: "Pat Planner", email: "pat@example.com", password: PASSWORD, role: "planner" },
      "Ana Admin <ana@example.com>",
    );
    admin = await signIn("ana@example.com");
    planner = await signIn("pat@example.com");
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  it("answers 404 to every endpoint off the allow-list, from an admin's session, and changes nothing", async () => {
    const endpoints = Object.entries(auth.api as Record<string, { path?: string; options?: { method?: string | string[] } }>);
    const ana = await db.user.findUniqueOrThrow({ where: { email: "ana@example.com" } });
    const pat = await db.user.findUniqueOrThrow({ where: { email: "pat@example.com" } });
    const before = await snapshot();
    const reached: string[] = [];
    let walked = 0;
    for (const [name, endpoint] of endpoints) {
      if (!endpoint.path) continue; // server-only (setPassword): no HTTP route
      const path = endpoint.path.replace(/:[a-zA-Z]+/g, "x");
      const declared = [endpoint.options?.method ?? "GET"].flat();
      for (const method of new Set([...declared, "GET", "POST"])) {
        const allowed = ALLOWED_AUTH_ENDPOINTS.some((e) => e.method === method && e.path === path);
        if (method === "*" || allowed) continue; // the allowed ones (sign-out among them) are tested below
        // A body that would do harm if the endpoint ran: demote the only admin, rename, new password...
        const body = { userId: ana.id, role: "viewer", name: "Ana Admin", newPassword: "another long password", email: "x@example.com" };
        const res = await call(method, path, admin, body);
        walked++;
        if (res.status !== 404) reached.push(`${method} ${path} (${name}): ${res.status}`);
      }
    }
    expect(reached).toEqual([]);
    expect(walked).toBeGreaterThan(80);
    // The admin's session survived the walk, so every call above was made signed in as an admin.
    expect((await (await call("GET", "/get-session", admin)).json()).user.email).toBe("ana@example.com");
    // The admin plugin's endpoints are among those walked.
    expect(endpoints.map(([, e]) => e.path)).toEqual(
      expect.arrayContaining(["/admin/set-role", "/admin/impersonate-user", "/update-user"]),
    );
    expect(await snapshot()).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: ana.id } })).role).toBe("admin");
    // A planner renaming itself is refused too.
    expect((await call("POST", "/update-user", planner, { name: "Ana Admin" })).status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: pat.id } })).name).toBe("Pat Planner");
  });

  it("keeps every allow-listed endpoint a real one that answers", async () => {
    const paths = Object.values(auth.api as Record<string, { path?: string }>).map((e) => e.path);
    for (const e of ALLOWED_AUTH_ENDPOINTS) expect(paths).toContain(e.path);
    const session = await call("GET", "/get-session", planner);
    expect(session.status).toBe(200);
    expect((await session.json()).user.email).toBe("pat@example.com");
    expect((await call("POST", "/sign-in/email", "", { email: "pat@example.com", password: "wrong password!!" })).status).toBe(401);
    expect((await call("POST", "/sign-out", planner)).status).toBe(200);
    expect(await (await call("GET", "/get-session", planner)).json()).toBeNull();
  });
});
