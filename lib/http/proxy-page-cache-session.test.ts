// The rendered-page cache's key and session check, through its seam (createProxyPageCache) with a real
// database, real better-auth sessions and a fake render that names the signed-in user: a kept page is
// only ever answered to the session that rendered it, while better-auth would still accept that session.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../db/client";
import { migrateDeploy } from "../db/migrate";
import { providerOf } from "../db/url";
import { plainDeploymentRow, testDatabases } from "../db/test-databases";
import { recordAudit } from "../db/audit-store";
import { addUser, setUpFirstAdmin } from "../commands/accounts";
import { createAuth, type Auth } from "../auth/create-auth";
import { resolveAuthSecret } from "../auth/secret";
import { createProxyPageCache, pageKey, renderThrough, type ProxyPageCache } from "./proxy-page-cache";
import { deploymentOfPage, sessionPageStamp } from "./page-cache-session";

const PASSWORD = "a long enough password";
const NAME = "ocs-planner.session_token";
const ORIGIN = "http://localhost:3000";
const HTML = "text/html,application/xhtml+xml";

describe("deploymentOfPage", () => {
  it("is the deployment of an overview path, with or without a query", () => {
    expect(deploymentOfPage("/deployments/abc")).toBe("abc");
    expect(deploymentOfPage("/deployments/abc?tab=1")).toBe("abc");
    expect(deploymentOfPage("/deployments/a%20b")).toBe("a b");
    expect(deploymentOfPage("/deployments")).toBeNull();
    expect(deploymentOfPage("/audit")).toBeNull();
    expect(deploymentOfPage("/deployments/%E0%A4%A")).toBeNull();
  });
});

describe("pageKey", () => {
  it("depends on the path and the session token only", () => {
    expect(pageKey("/deployments/a", "t1")).toBe(pageKey("/deployments/a", "t1"));
    expect(pageKey("/deployments/a", "t1")).not.toBe(pageKey("/deployments/a", "t2"));
    expect(pageKey("/deployments/a", "t1")).not.toBe(pageKey("/deployments/b", "t1"));
  });
});

describe.each(testDatabases)("the page cache's session check on $name", (database) => {
  let db: Db;
  let auth: Auth;
  let secret: string;
  let drop: () => Promise<void>;
  let a: string;
  let b: string;
  let ana: string;
  let pat: string;
  let cache: ProxyPageCache;
  let renders: string[];

  /** The Cookie pair of a fresh sign-in. */
  const signIn = async (email: string) => {
    const res = await auth.handler(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": "10.2.2.2" },
        body: JSON.stringify({ email, password: PASSWORD }),
      }),
    );
    expect(res.status).toBe(200);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .find((c) => c.startsWith(`${NAME}=`))!;
  };
  const tokenOf = (cookie: string) => decodeURIComponent(cookie.split("=")[1]).split(".")[0];
  const ask = async (path: string, cookie: string | null) => {
    const headers = new Headers({ accept: HTML });
    if (cookie !== null) headers.set("cookie", cookie);
    const res = await cache(path, headers, "fresh", "script-src 'nonce-fresh'");
    return res && { how: res.headers.get("x-page-cache"), body: await res.text() };
  };

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
    secret = await resolveAuthSecret(db, {});
    auth = createAuth({ db, provider: providerOf(created.url), secret });
    await setUpFirstAdmin(db, { name: "Ana Admin", email: "ana@example.com", password: PASSWORD, confirm: PASSWORD });
    await addUser(db, { name: "Pat Planner", email: "pat@example.com", password: PASSWORD, role: "planner" }, "test");
    a = (await db.deployment.create({ data: plainDeploymentRow("A") })).id;
    b = (await db.deployment.create({ data: plainDeploymentRow("B") })).id;
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  beforeEach(async () => {
    renders = [];
    // A fresh cache each test, over the real session table; the fake render says whose page it is, as the app would.
    cache = createProxyPageCache({
      cookieName: NAME,
      ttlMs: 60_000,
      stamp: (session, deploymentId) => sessionPageStamp(db, { ...session, secret }, deploymentId),
      render: async (path, headers) => {
        const session = await auth.api.getSession({ headers });
        const who = session?.user.email ?? "nobody";
        renders.push(`${path} for ${who}`);
        return {
          status: 200,
          headers: new Headers({ "content-type": "text/html", "content-security-policy": "script-src 'nonce-r1'" }),
          body: `<script nonce="r1"></script>${path} for ${who}`,
        };
      },
    });
    ana = await signIn("ana@example.com");
    pat = await signIn("pat@example.com");
  });

  it("keeps a page per session: another user's cookie never gets it", async () => {
    expect(await ask(`/deployments/${a}`, ana)).toEqual({
      how: "filled",
      body: `<script nonce="fresh"></script>/deployments/${a} for ana@example.com`,
    });
    expect(await ask(`/deployments/${a}`, ana)).toMatchObject({ how: "hit", body: expect.stringContaining("for ana@example.com") });
    expect(await ask(`/deployments/${a}`, pat)).toMatchObject({ how: "filled", body: expect.stringContaining("for pat@example.com") });
    expect(renders).toEqual([`/deployments/${a} for ana@example.com`, `/deployments/${a} for pat@example.com`]);
  });

  it("ignores every other cookie in the key: a new unrelated cookie is still a hit", async () => {
    await ask(`/deployments/${a}`, ana);
    expect(await ask(`/deployments/${a}`, `theme=dark; ${ana}; _ga=GA1.2.3`)).toMatchObject({ how: "hit" });
    // The session cookie under the name better-auth does not read changes nothing either.
    expect(await ask(`/deployments/${a}`, `__Secure-${pat}; ${ana}`)).toMatchObject({ how: "hit", body: expect.stringContaining("ana@") });
    expect(renders).toHaveLength(1);
  });

  it("answers nothing without a cookie, with two session cookies, or with only the name better-auth does not read", async () => {
    await ask(`/deployments/${a}`, ana);
    expect(await ask(`/deployments/${a}`, null)).toBeNull();
    expect(await ask(`/deployments/${a}`, "theme=dark")).toBeNull();
    expect(await ask(`/deployments/${a}`, `${ana}; ${pat}`)).toBeNull();
    expect(await ask(`/deployments/${a}`, `${pat}; ${ana}`)).toBeNull();
    expect(await ask(`/deployments/${a}`, `__Secure-${ana}`)).toBeNull();
    expect(renders).toHaveLength(1);
  });

  it("refuses a signed-out admin's page to a header carrying the admin's cookie under the other name", async () => {
    await ask(`/deployments/${a}`, ana);
    await db.session.delete({ where: { token: tokenOf(ana) } }); // signed out
    const answer = await ask(`/deployments/${a}`, `__Secure-${ana}; ${pat}`);
    expect(answer).toMatchObject({ how: "filled", body: expect.stringContaining("for pat@example.com") });
    expect(answer!.body).not.toContain("ana@");
  });

  it("answers nothing once the session has expired", async () => {
    await ask(`/deployments/${a}`, ana);
    await db.session.update({ where: { token: tokenOf(ana) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await ask(`/deployments/${a}`, ana)).toBeNull();
    expect(renders).toHaveLength(1);
  });

  it("answers nothing once the session is revoked", async () => {
    await ask(`/deployments/${a}`, pat);
    await db.session.deleteMany({ where: { token: tokenOf(pat) } });
    expect(await ask(`/deployments/${a}`, pat)).toBeNull();
    expect(renders).toHaveLength(1);
  });

  it("answers nothing once the account is disabled (banned), even with its session row left", async () => {
    await ask(`/deployments/${a}`, pat);
    const user = await db.user.findUniqueOrThrow({ where: { email: "pat@example.com" } });
    await db.user.update({ where: { id: user.id }, data: { banned: true } });
    expect(await ask(`/deployments/${a}`, pat)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { banned: false } });
    expect(renders).toHaveLength(1);
  });

  it("answers nothing to a live session's token under a signature the auth secret did not make", async () => {
    await ask(`/deployments/${a}`, ana);
    const forged = `${NAME}=${tokenOf(ana)}.${encodeURIComponent("A".repeat(43) + "=")}`;
    expect(await ask(`/deployments/${a}`, forged)).toBeNull();
  });

  it("renders a deployment's page again after a write to it or to accounts, not after a write to another deployment", async () => {
    await ask(`/deployments/${a}`, ana);
    await recordAudit(db, { deploymentId: b, deploymentName: "B", actor: "test", action: "run:step" });
    expect(await ask(`/deployments/${a}`, ana)).toMatchObject({ how: "hit" });
    await recordAudit(db, { deploymentId: a, deploymentName: "A", actor: "test", action: "edit:servers" });
    expect(await ask(`/deployments/${a}`, ana)).toMatchObject({ how: "filled" });
    await recordAudit(db, { deploymentId: null, deploymentName: "", actor: "test", action: "user:role" });
    expect(await ask(`/deployments/${a}`, ana)).toMatchObject({ how: "filled" });
    expect(await ask(`/deployments/${a}`, ana)).toMatchObject({ how: "hit" });
    expect(renders).toHaveLength(3);
  });
});

describe("the render through the app", () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer(() => undefined); // never answers
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("gives up after its timeout, and the cache then lets the app render, saying so once", async () => {
    const started = Date.now();
    await expect(renderThrough(origin, 200)("/deployments/x", new Headers())).rejects.toThrow(/timeout|aborted/i);
    expect(Date.now() - started).toBeLessThan(5000);
    const warnings: string[] = [];
    const cache = createProxyPageCache({
      cookieName: NAME,
      ttlMs: 60_000,
      stamp: async () => ({ generation: "1", liveSession: true }),
      render: renderThrough(origin, 200),
      warn: (m) => warnings.push(m),
    });
    const headers = new Headers({ accept: HTML, cookie: `${NAME}=tok.${encodeURIComponent("A".repeat(43) + "=")}` });
    expect(await cache("/deployments/x", headers, "n", "csp")).toBeNull();
    expect(await cache("/deployments/y", headers, "n", "csp")).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^page cache: answering without it/);
  });
});
