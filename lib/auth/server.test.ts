// The checks pages, actions and routes call (server.ts), against a real better-auth instance on a
// fresh test database with real accounts and sessions. The one stand-in is next/headers: outside a
// Next request there are no request headers to read, so the test hands over the request's own.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { testDatabases } from "../db/test-databases";
import { addUser, setDisabled, setRole, setUpFirstAdmin } from "../commands/accounts";
import { allows, ROLES, type Role } from "./roles";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

describe("allows", () => {
  it("lets each role do what it or a lower role needs, and nothing above", () => {
    const table = ROLES.map((held) => ROLES.map((needed) => allows(held, needed)));
    expect(table).toEqual([
      [true, false, false], // viewer
      [true, true, false], // planner
      [true, true, true], // admin
    ]);
  });

  it("lets a missing or unknown role do nothing, not even read", () => {
    for (const held of [null, undefined, "", "Admin", "superuser", "viewer "]) expect(allows(held, "viewer"), String(held)).toBe(false);
  });
});

const PASSWORD = "a long enough password";
const database = testDatabases[0];

describe(`requireRole, authorizeAction and authorizeApi on ${database.name}`, () => {
  let db: Db;
  let drop: () => Promise<void>;
  let server: typeof import("./server");
  const cookies: Partial<Record<Role, string>> = {};
  const ids: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    process.env.DATABASE_URL = created.url;
    server = await import("./server");
    const { prisma } = await import("../db/client");
    db = prisma;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
  });

  /** Where a redirect() call sends the browser (Next throws it as an error with a digest). */
  const redirectOf = async (p: Promise<unknown>): Promise<string> => {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    const digest = (e as { digest?: string } | null)?.digest ?? "";
    const m = /^NEXT_REDIRECT;\w+;([^;]+);/.exec(digest);
    if (!m) throw new Error(`expected a redirect, got ${String(e)}`);
    return m[1];
  };
  const as = (role: Role | null, path = "/deployments/abc/plan") => {
    request.headers = new Headers({ "x-request-path": path, ...(role ? { cookie: cookies[role]! } : {}) });
  };
  const apiRequest = (cookie?: string) => new Request("http://localhost/api/deployments", { headers: cookie ? { cookie } : {} });

  it("sends everyone to the first-run set-up while no account exists", async () => {
    as(null);
    expect(await redirectOf(server.requireRole("viewer"))).toBe("/setup");
  });

  it("signs in one account per role (setting up the accounts the next tests use)", async () => {
    expect((await setUpFirstAdmin(db, { name: "Ada Admin", email: "ada@example.com", password: PASSWORD, confirm: PASSWORD })).ok).toBe(
      true,
    );
    for (const role of ["viewer", "planner"] as const)
      expect(
        (await addUser(db, { name: `A ${role}`, email: `${role}@example.com`, password: PASSWORD, role }, "Ada Admin <ada@example.com>"))
          .ok,
      ).toBe(true);
    const auth = await server.getAuth();
    for (const [role, email] of [
      ["viewer", "viewer@example.com"],
      ["planner", "planner@example.com"],
      ["admin", "ada@example.com"],
    ] as const) {
      const res = await auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
      expect(res.status, email).toBe(200);
      cookies[role] = res.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      ids[role] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
    }
  });

  it("requireRole: signed out goes to sign-in and back to the page asked for", async () => {
    as(null, "/deployments/abc/plan?x=1");
    expect(await redirectOf(server.requireRole("viewer"))).toBe(`/sign-in?next=${encodeURIComponent("/deployments/abc/plan?x=1")}`);
    as(null, "//evil.example/steal");
    expect(await redirectOf(server.requireRole("viewer"))).toBe(`/sign-in?next=${encodeURIComponent("/")}`);
  });

  it("requireRole and authorizeAction: a role too low goes to /forbidden naming the role needed; enough returns the user", async () => {
    as("viewer");
    expect(await redirectOf(server.requireRole("planner"))).toBe("/forbidden?need=planner");
    expect(await redirectOf(server.authorizeAction("planner"))).toBe("/forbidden?need=planner");
    expect(await server.requireRole("viewer")).toEqual({ id: ids.viewer, name: "A viewer", email: "viewer@example.com", role: "viewer" });
    as("planner");
    expect(await redirectOf(server.authorizeAction("admin"))).toBe("/forbidden?need=admin");
    expect(await server.authorizeAction("planner")).toMatchObject({ email: "planner@example.com", role: "planner" });
    as("admin");
    expect(await server.requireRole("admin")).toMatchObject({ email: "ada@example.com", role: "admin" });
  });

  it("authorizeApi: 401 without a valid session, 403 with the roles named when too low, the user when enough", async () => {
    for (const cookie of [undefined, "better-auth.session_token=forged.value"]) {
      const res = (await server.authorizeApi(apiRequest(cookie), "viewer")) as Response;
      expect(res.status, String(cookie)).toBe(401);
      expect(JSON.stringify(await res.json())).toContain("sign in first");
    }
    const refused = (await server.authorizeApi(apiRequest(cookies.viewer), "planner")) as Response;
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain("your role (viewer) cannot do this; it needs planner");
    expect(((await server.authorizeApi(apiRequest(cookies.planner), "admin")) as Response).status).toBe(403);
    for (const role of ROLES) {
      const answers = await Promise.all(ROLES.map((needed) => server.authorizeApi(apiRequest(cookies[role]), needed)));
      expect(
        answers.map((a) => (a instanceof Response ? a.status : a.role)),
        role,
      ).toEqual(ROLES.map((needed) => (allows(role, needed) ? role : 403)));
    }
  });

  it("reads the role from the database on every request: a lowered role and a disabled account take effect at once", async () => {
    expect(await setRole(db, { userId: ids.planner, role: "viewer" }, "Ada Admin <ada@example.com>")).toMatchObject({ ok: true });
    expect(((await server.authorizeApi(apiRequest(cookies.planner), "planner")) as Response).status).toBe(403);
    expect(
      await setDisabled(
        db,
        { userId: ids.planner, disabled: "true" },
        { name: "Ada Admin <ada@example.com>", id: ids.admin!, email: "ada@example.com" },
      ),
    ).toMatchObject({ ok: true });
    expect(((await server.authorizeApi(apiRequest(cookies.planner), "viewer")) as Response).status).toBe(401);
  });

  it("treats a role it does not know as a viewer", async () => {
    await db.user.update({ where: { id: ids.viewer }, data: { role: "superuser" } });
    as("viewer");
    expect(await server.requireRole("viewer")).toMatchObject({ role: "viewer" });
    expect(await redirectOf(server.requireRole("planner"))).toBe("/forbidden?need=planner");
    expect(((await server.authorizeApi(apiRequest(cookies.viewer), "planner")) as Response).status).toBe(403);
  });
});
