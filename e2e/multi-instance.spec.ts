// Two app instances, A and B, on ONE database: what one does, the other sees at once, and an edit
// based on a version the other instance has replaced is refused instead of overwriting it.
// The database is a fresh PostgreSQL database when TEST_POSTGRES_URL names a server (CI sets it);
// otherwise both instances share one SQLite file, and the titles say so.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { readExample, unique } from "./fixtures";
import {
  instancePort,
  prepareDatabase,
  scratchPostgres,
  scratchSqlite,
  startInstance,
  type AppInstance,
  type ScratchDatabase,
} from "./instances";
import { alertBox, savedBox } from "./model-helpers";
import { E2E_PASSWORD, E2E_USERS, type E2ERole } from "./users";

const postgresServer = process.env.TEST_POSTGRES_URL?.trim();
const backend = postgresServer ? "one PostgreSQL database" : "one SQLite file (TEST_POSTGRES_URL is not set, so not PostgreSQL)";
// Over HTTPS (BETTER_AUTH_URL https://… or AUTH_SECURE_COOKIES=true) it is __Secure-ocs-planner.session_token.
const SESSION_COOKIE = /^(__Secure-)?ocs-planner\.session_token=/;

let db: ScratchDatabase | undefined;
let A: AppInstance;
let B: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Like the store tests (lib/db/test-databases.ts): CI must test PostgreSQL, not fall back quietly.
  if (process.env.CI && !postgresServer) throw new Error("CI runs the multi-instance tests on PostgreSQL: set TEST_POSTGRES_URL");
  db = postgresServer ? await scratchPostgres(postgresServer, "multi") : scratchSqlite("multi-instance");
  await prepareDatabase(db.url, { users: true });
  [A, B] = await Promise.all([
    startInstance({ name: "A", databaseUrl: db.url, port: instancePort("multiInstanceA") }),
    startInstance({ name: "B", databaseUrl: db.url, port: instancePort("multiInstanceB") }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([A?.stop(), B?.stop()]);
  await db?.drop();
});

// ---- Plain HTTP with an explicit cookie (no cookie jar), so which session goes where is certain ----

/** Signs in through `base` and returns the Cookie header value of the new session. */
async function signIn(base: string, role: E2ERole = "planner"): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    // Node's fetch marks its requests as a browser's (sec-fetch-mode), so better-auth wants an Origin.
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: E2E_USERS[role].email, password: E2E_PASSWORD }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => SESSION_COOKIE.test(c));
  expect(cookie, `sign-in sets the session cookie: ${response.headers.getSetCookie().join(" | ")}`).toBeDefined();
  return cookie!.split(";")[0];
}

function call(
  base: string,
  cookie: string | null,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (cookie) headers.cookie = cookie;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return fetch(`${base}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    redirect: "manual",
  });
}

type DeploymentFile = ReturnType<typeof readExample>;

async function importThrough(base: string, cookie: string, name: string): Promise<string> {
  const d = readExample("litware-standard.json");
  d.name = name;
  const response = await call(base, cookie, "/api/deployments", { method: "POST", body: d });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()).id;
}

async function read(base: string, cookie: string, id: string): Promise<{ version: number; deployment: DeploymentFile }> {
  const response = await call(base, cookie, `/api/deployments/${id}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return { version: Number(response.headers.get("x-deployment-version")), deployment: await response.json() };
}

const put = (base: string, cookie: string, id: string, d: DeploymentFile, ifMatch: number) =>
  call(base, cookie, `/api/deployments/${id}`, { method: "PUT", body: d, headers: { "if-match": `"${ifMatch}"` } });

const sizeOf = (d: { databases: { name: string; sizeGb: number }[] }, name: string) => d.databases.find((b) => b.name === name)?.sizeGb;

/** A browser context with no session but the one given (cookies are per host, not per port). */
async function contextWith(browser: Browser, instance: AppInstance, cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: instance.url, storageState: { cookies: [], origins: [] } });
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  // Secure as the server set it: Chromium sends Secure cookies to http://127.0.0.1 (a trustworthy origin).
  await context.addCookies([{ name, value, domain: "127.0.0.1", path: "/", secure: true, httpOnly: true, sameSite: "Lax" }]);
  return context;
}

test.describe(`two app instances on ${backend}`, () => {
  test("a session made on A works on B, and signing out on B ends it on A", async () => {
    const cookie = await signIn(A.url);
    // Without a session both refuse; with A's session B knows who it is.
    expect((await call(B.url, null, "/api/deployments")).status).toBe(401);
    expect((await call(B.url, cookie, "/api/deployments")).status).toBe(200);
    const session = await (await call(B.url, cookie, "/api/auth/get-session")).json();
    expect(session?.user?.email).toBe(E2E_USERS.planner.email);
    // A forged token is refused by both (the signing secret is shared through the database, not guessable).
    const forged = cookie.replace(/=.{6}/, "=AAAAAA");
    expect((await call(B.url, forged, "/api/deployments")).status).toBe(401);

    // Sessions are database rows: signing out through B ends the session on A too.
    const out = await call(B.url, cookie, "/api/auth/sign-out", { method: "POST", body: {}, headers: { origin: B.url } });
    expect(out.status, await out.clone().text()).toBe(200);
    expect((await call(A.url, cookie, "/api/deployments")).status).toBe(401);
    expect((await call(B.url, cookie, "/api/deployments")).status).toBe(401);
  });

  test("a deployment imported through A is read through B, and B's change shows through A at once", async ({ browser }) => {
    const cookieA = await signIn(A.url);
    const cookieB = await signIn(B.url);
    const name = unique("E2E multi");
    const id = await importThrough(A.url, cookieA, name);

    // B lists it and reads it as A stored it.
    const listed = (await (await call(B.url, cookieB, "/api/deployments")).json()).deployments as {
      id: string;
      name: string;
      version: number;
    }[];
    expect(listed.find((d) => d.id === id)).toMatchObject({ name, version: 1 });
    const onB = await read(B.url, cookieB, id);
    expect(onB.version).toBe(1);
    expect(onB.deployment.name).toBe(name);

    // A computes (and caches) the plan of version 1, and shows it on the overview.
    const planBefore = await call(A.url, cookieA, `/api/deployments/${id}/plan`);
    expect(planBefore.headers.get("x-deployment-version")).toBe("1");
    expect((await planBefore.json()).deployment).toBe(name);
    const contextA = await contextWith(browser, A, cookieA);
    const pageA = await contextA.newPage();
    await pageA.goto(`/deployments/${id}`);
    await expect(pageA.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(pageA.getByText(/· version 1$/)).toBeVisible();

    // B changes it: a new name and a bigger RTC database.
    const changed = structuredClone(onB.deployment);
    changed.name = `${name} (changed on B)`;
    changed.databases.find((b: { name: string }) => b.name === "RTC").sizeGb = 33;
    const response = await put(B.url, cookieB, id, changed, 1);
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await response.json()).version).toBe(2);

    // A sees it on the very next request: the file, the plan (not the one it cached), the pages.
    const onA = await read(A.url, cookieA, id);
    expect(onA.version).toBe(2);
    expect(onA.deployment.name).toBe(changed.name);
    expect(sizeOf(onA.deployment, "RTC")).toBe(33);
    const planAfter = await call(A.url, cookieA, `/api/deployments/${id}/plan`);
    expect(planAfter.headers.get("x-deployment-version")).toBe("2");
    const plan = await planAfter.json();
    expect(plan.deployment).toBe(changed.name);
    expect(plan.databaseBackups.find((b: { database: string }) => b.database === "RTC")?.sizeGb).toBe(33);
    await pageA.reload();
    await expect(pageA.getByRole("heading", { level: 1, name: changed.name })).toBeVisible();
    await expect(pageA.getByText(/· version 2$/)).toBeVisible();
    await pageA.goto("/");
    await expect(pageA.getByRole("table").getByRole("link", { name: changed.name, exact: true })).toBeVisible();

    // Deleted through B: gone through A at once, plan included.
    expect((await call(B.url, cookieB, `/api/deployments/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(A.url, cookieA, `/api/deployments/${id}`)).status).toBe(404);
    expect((await call(A.url, cookieA, `/api/deployments/${id}/plan`)).status).toBe(404);
    await contextA.close();
  });

  test("a PUT through A based on a version B replaced is refused with 409 naming the current version", async () => {
    const cookieA = await signIn(A.url);
    const cookieB = await signIn(B.url);
    const id = await importThrough(A.url, cookieA, unique("E2E stale put"));
    const seenByA = await read(A.url, cookieA, id);
    const seenByB = await read(B.url, cookieB, id);
    expect([seenByA.version, seenByB.version]).toEqual([1, 1]);

    const bChange = structuredClone(seenByB.deployment);
    sizeOfSet(bChange, "RTC", 40);
    expect((await put(B.url, cookieB, id, bChange, 1)).status).toBe(200);

    const aChange = structuredClone(seenByA.deployment);
    sizeOfSet(aChange, "LCSLog", 99);
    const stale = await put(A.url, cookieA, id, aChange, 1);
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.version).toBe(2);
    expect(body.error).toContain("version 2");
    // B's change stands and A's was not applied.
    const now = await read(A.url, cookieA, id);
    expect(now.version).toBe(2);
    expect(sizeOf(now.deployment, "RTC")).toBe(40);
    expect(sizeOf(now.deployment, "LCSLog")).toBe(20);

    // Reapplied on the current version, A's change goes through and keeps B's.
    sizeOfSet(now.deployment, "LCSLog", 99);
    const retried = await put(A.url, cookieA, id, now.deployment, 2);
    expect(retried.status, await retried.clone().text()).toBe(200);
    const merged = await read(B.url, cookieB, id);
    expect(merged.version).toBe(3);
    expect([sizeOf(merged.deployment, "RTC"), sizeOf(merged.deployment, "LCSLog")]).toEqual([40, 99]);

    // Truly at once: A and B both write on the same version. Exactly one wins each round, and what is
    // stored is the winner's whole change.
    let version = 3;
    for (let round = 1; round <= 4; round++) {
      const current = await read(A.url, cookieA, id);
      const fromA = structuredClone(current.deployment);
      sizeOfSet(fromA, "RTCCDR", 100 + round);
      const fromB = structuredClone(current.deployment);
      sizeOfSet(fromB, "QoEMetrics", 200 + round);
      const [ra, rb] = await Promise.all([put(A.url, cookieA, id, fromA, version), put(B.url, cookieB, id, fromB, version)]);
      expect([ra.status, rb.status].sort(), `round ${round}: ${await ra.clone().text()} / ${await rb.clone().text()}`).toEqual([200, 409]);
      const loser = ra.status === 409 ? ra : rb;
      expect((await loser.json()).version).toBe(version + 1);
      version += 1;
      const stored = await read(B.url, cookieB, id);
      expect(stored.version).toBe(version);
      expect(stored.deployment).toEqual(ra.status === 200 ? fromA : fromB);
    }
  });

  test("two browsers, one on A and one on B, edit one model form: the later save is refused and can be reapplied", async ({ browser }) => {
    const cookieA = await signIn(A.url);
    const cookieB = await signIn(B.url);
    const name = unique("E2E two browsers");
    const id = await importThrough(A.url, cookieA, name);
    const contextA = await contextWith(browser, A, cookieA);
    const contextB = await contextWith(browser, B, cookieB);
    const [pageA, pageB] = await Promise.all([contextA.newPage(), contextB.newPage()]);
    await Promise.all([pageA.goto(`/deployments/${id}/model`), pageB.goto(`/deployments/${id}/model`)]);
    await expect(pageA.getByLabel("Deployment name")).toHaveValue(name);
    await expect(pageB.getByLabel("Deployment name")).toHaveValue(name);

    // Both edit; A saves first and wins.
    await pageA.getByLabel("Deployment name").fill(`${name} (A)`);
    await pageB.getByLabel("Active Directory forest").fill("corp.litware.com");
    await pageA.getByRole("button", { name: "Save general settings" }).click();
    await expect(savedBox(pageA)).toBeVisible();

    // B's save is refused with the stale message and a Reload link, and keeps what B typed.
    await pageB.getByRole("button", { name: "Save general settings" }).click();
    const refusal = alertBox(pageB, "Someone else saved this deployment meanwhile");
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText("it is now at version 2");
    await expect(pageB.getByLabel("Active Directory forest")).toHaveValue("corp.litware.com");
    // Nothing of A's save was lost, and nothing of B's was applied.
    const afterRefusal = await read(B.url, cookieB, id);
    expect(afterRefusal.version).toBe(2);
    expect(afterRefusal.deployment).toMatchObject({ name: `${name} (A)`, forest: "litware.com" });

    // Reload shows A's save; B makes the change again and it is saved on top of A's.
    await refusal.getByRole("link", { name: "Reload" }).click();
    await expect(pageB.getByLabel("Deployment name")).toHaveValue(`${name} (A)`);
    await expect(pageB.getByLabel("Active Directory forest")).toHaveValue("litware.com");
    await pageB.getByLabel("Active Directory forest").fill("corp.litware.com");
    await pageB.getByRole("button", { name: "Save general settings" }).click();
    await expect(savedBox(pageB)).toBeVisible();
    const final = await read(A.url, cookieA, id);
    expect(final.version).toBe(3);
    expect(final.deployment).toMatchObject({ name: `${name} (A)`, forest: "corp.litware.com" });
    // A's page, reloaded, shows both.
    await pageA.reload();
    await expect(pageA.getByLabel("Deployment name")).toHaveValue(`${name} (A)`);
    await expect(pageA.getByLabel("Active Directory forest")).toHaveValue("corp.litware.com");
    await Promise.all([contextA.close(), contextB.close()]);
  });
});

function sizeOfSet(d: DeploymentFile, name: string, sizeGb: number) {
  const database = (d.databases as { name: string; sizeGb: number }[]).find((b) => b.name === name);
  if (!database) throw new Error(`no database ${name} in the example`);
  database.sizeGb = sizeGb;
}
