// Sign-in, roles and sessions as a user meets them. The server is seeded with one account per role
// (e2e/users.ts); accounts that a test locks, disables or changes are made by that test.
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, storageStateOf } from "./users";
import { demoId, importExample, readExample, unique } from "./fixtures";

const port = process.env.E2E_PORT || "3100";
const baseURL = `http://127.0.0.1:${port}`;
const signedOut = { cookies: [], origins: [] };

async function apiAs(role: keyof typeof E2E_USERS | "nobody"): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: role === "nobody" ? signedOut : storageStateOf(role) });
}

/** The demo's id, asked as a viewer (the tests that use it run signed out). */
async function demoIdAsViewer(): Promise<string> {
  const api = await apiAs("viewer");
  const id = await demoId(api);
  await api.dispose();
  return id;
}

/** An account made by the admin on the users page (better-auth's own admin endpoints answer 404). */
async function addAccount(browser: Browser, role: "viewer" | "planner" | "admin", label: string) {
  const email = `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@e2e.test`;
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add account" }) });
  await add.getByLabel("Name").fill(`${label} person`);
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Initial password").fill(E2E_PASSWORD);
  await add.getByLabel("Role").selectOption(role);
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${email} as ${role}` })).toBeVisible();
  await context.close();
  return email;
}

async function signInPage(browser: Browser, email: string, password = E2E_PASSWORD, next = "/") {
  const context = await browser.newContext({ storageState: signedOut });
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { context, page };
}

test.describe("signed out", () => {
  test.use({ storageState: signedOut });

  test("every page sends you to sign in and shows no deployment data; the API answers 401", async ({ page }) => {
    const id = await demoIdAsViewer();
    for (const path of [
      "/",
      `/deployments/${id}`,
      `/deployments/${id}/plan`,
      `/deployments/${id}/model/servers`,
      "/audit",
      "/admin/users",
    ]) {
      const response = await page.goto(path);
      await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
      const html = (await response?.text()) ?? "";
      expect(html).not.toMatch(/Fabrikam|fabrikam\.com/);
      await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    }
    const api = await apiAs("nobody");
    expect((await api.get("/api/deployments")).status()).toBe(401);
    expect((await api.get(`/api/deployments/${id}`)).status()).toBe(401);
    expect((await api.get(`/api/deployments/${id}/plan`)).status()).toBe(401);
    expect((await api.get(`/deployments/${id}/runbooks/loss-of-active-directory/markdown`)).status()).toBe(401);
    expect((await api.post("/api/plan", { data: readExample("litware-standard.json") })).status()).toBe(401);
    const del = await api.delete(`/api/deployments/${id}`);
    expect(del.status()).toBe(401);
    expect((await del.json()).error).toMatch(/sign in first/);
    await api.dispose();
  });

  test("the sign-in form refuses a wrong password, then brings you back to the page you asked for", async ({ browser }) => {
    const id = await demoIdAsViewer();
    const { context, page } = await signInPage(browser, E2E_USERS.planner.email, "not the password", `/deployments/${id}/gaps`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email address or the password is wrong.");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`/deployments/${id}/gaps`);
    await expect(page.getByRole("link", { name: /Your account: Pat Planner, planner/ })).toBeVisible();
    await context.close();
  });

  test("five wrong passwords lock the account, even against the right one; the API says 429", async ({ browser }) => {
    const email = await addAccount(browser, "viewer", "locked");
    const { context, page } = await signInPage(browser, email, "wrong password 1");
    for (let i = 2; i <= 5; i++) {
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email address or the password is wrong.");
      await page.getByLabel("Password").fill(`wrong password ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
    }
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email address or the password is wrong.");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Too many failed sign-ins for this account. Try again in 15 minutes",
    );
    await context.close();

    const api = await apiAs("nobody");
    const res = await api.post("/api/auth/sign-in/email", { data: { email, password: E2E_PASSWORD } });
    expect(res.status()).toBe(429);
    expect(Number(res.headers()["retry-after"])).toBeGreaterThan(800);
    await api.dispose();
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("reads and prints everything, but sees no way to edit", async ({ page }) => {
    const id = await demoIdAsViewer();
    await page.goto("/");
    const main = page.getByRole("navigation", { name: "Main" });
    await expect(main.getByRole("link", { name: "Deployments" })).toBeVisible();
    await expect(main.getByRole("link", { name: "Import" })).toHaveCount(0);
    await expect(main.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Rename / })).toHaveCount(0);

    await page.goto(`/deployments/${id}/model`);
    await expect(page.getByText("Editing needs the planner role")).toBeVisible();
    await expect(page.getByLabel("Deployment name")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save general settings" })).toBeDisabled();

    await page.goto(`/deployments/${id}/runbooks/loss-of-active-directory/print`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const path of ["/import", "/deployments/new", "/admin/users"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/forbidden\?need=(planner|admin)/);
      await expect(page.getByRole("heading", { name: "Your role cannot do that" })).toBeVisible();
    }
  });

  test("cannot change anything through the API: every write is 403 and nothing changes", async () => {
    const planner = await apiAs("planner");
    const id = await importExample(planner, "litware-standard.json", unique("Viewer API"));
    const before = await (await planner.get(`/api/deployments/${id}`)).text();
    const viewer = await apiAs("viewer");

    expect((await viewer.get(`/api/deployments/${id}`)).status()).toBe(200);
    expect((await viewer.get(`/api/deployments/${id}/plan`)).status()).toBe(200);
    expect((await viewer.post("/api/plan", { data: readExample("litware-standard.json") })).status()).toBe(200);

    const changed = JSON.parse(before);
    changed.name = "Changed by a viewer";
    const put = await viewer.put(`/api/deployments/${id}`, { data: changed });
    expect(put.status()).toBe(403);
    expect((await put.json()).error).toMatch(/your role \(viewer\) cannot do this; it needs planner/);
    expect((await viewer.delete(`/api/deployments/${id}`)).status()).toBe(403);
    expect((await viewer.post("/api/deployments", { data: readExample("litware-standard.json") })).status()).toBe(403);
    // better-auth's own admin endpoints are not served at all (lib/auth/endpoint-allow-list.ts).
    const promote = await viewer.post("/api/auth/admin/create-user", {
      data: { email: "sneaky@e2e.test", password: E2E_PASSWORD, name: "Sneaky", role: "admin" },
      headers: { origin: baseURL },
    });
    expect(promote.status()).toBe(404);
    const signUp = await viewer.post("/api/auth/sign-up/email", {
      data: { email: "sneaky2@e2e.test", password: E2E_PASSWORD, name: "Sneaky" },
      headers: { origin: baseURL },
    });
    expect(signUp.status()).toBe(404);

    expect(await (await planner.get(`/api/deployments/${id}`)).text()).toBe(before);
    const admin = await apiAs("admin");
    expect((await admin.get("/api/auth/admin/list-users?limit=200")).status()).toBe(404);
    const db = new Database(`data/e2e-${port}.db`, { readonly: true });
    const sneaky = db.prepare(`SELECT COUNT(*) AS n FROM "User" WHERE email IN ('sneaky@e2e.test', 'sneaky2@e2e.test')`).get() as {
      n: number;
    };
    db.close();
    expect(sneaky.n).toBe(0);
    await Promise.all([planner.dispose(), viewer.dispose(), admin.dispose()]);
  });

  test("a form re-enabled in the browser still cannot save: the server action refuses", async ({ page }) => {
    const planner = await apiAs("planner");
    const name = unique("Tamper");
    const id = await importExample(planner, "litware-standard.json", name);
    await page.goto(`/deployments/${id}/model`);
    await page
      .locator("fieldset[disabled]")
      .first()
      .evaluate((f) => f.removeAttribute("disabled"));
    await page.getByLabel("Deployment name").fill("Renamed by a viewer");
    await page.getByRole("button", { name: "Save general settings" }).click();
    await expect(page).toHaveURL(/\/forbidden\?need=planner/);
    const stored = await (await planner.get(`/api/deployments/${id}`)).json();
    expect(stored.name).toBe(name);
    await planner.dispose();
  });
});

test.describe("an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("adds an account, changes its role and disables it; each applies to that user's next request", async ({ page, browser }) => {
    const email = `new-${Date.now().toString(36)}@e2e.test`;
    await page.goto("/admin/users");
    const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add account" }) });
    await add.getByLabel("Name").fill("Nora New");
    await add.getByLabel("Email").fill(email);
    await add.getByLabel("Initial password").fill("short");
    await add.getByLabel("Role").selectOption("planner");
    await page.getByRole("button", { name: "Add account" }).click();
    await expect(add.getByText("Use at least 12 characters")).toBeVisible();
    await add.getByLabel("Initial password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Add account" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Added ${email} as planner` })).toBeVisible();

    const nora = await signInPage(browser, email);
    await expect(nora.page.getByRole("link", { name: /Your account: Nora New, planner/ })).toBeVisible();
    await expect(nora.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" })).toBeVisible();

    await page.reload();
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByLabel(`Role of ${email}`, { exact: true }).selectOption("viewer");
    await row.getByRole("button", { name: "Save role" }).click();
    await expect(row.getByText(`${email} is now viewer.`)).toBeVisible();
    await nora.page.reload();
    await expect(nora.page.getByRole("link", { name: /Your account: Nora New, viewer/ })).toBeVisible();
    await expect(nora.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" })).toHaveCount(0);

    await row.getByRole("button", { name: "Disable" }).click();
    await expect(row.getByText(`${email} is disabled and signed out everywhere.`)).toBeVisible();
    await nora.page.reload();
    await expect(nora.page).toHaveURL(/\/sign-in/);
    await nora.context.close();
    const again = await signInPage(browser, email);
    await expect(again.page.getByRole("main").getByRole("alert")).toHaveText("This account is disabled. Ask an admin to enable it.");
    await again.context.close();

    await page.goto("/audit");
    const entries = page.getByTestId("audit-log").getByRole("row").filter({ hasText: email });
    await expect(entries.filter({ hasText: "user:add" })).toContainText("Ada Admin");
    await expect(entries.filter({ hasText: "user:role" })).toContainText("planner → viewer");
    await expect(entries.filter({ hasText: "user:disable" })).toHaveCount(1);
  });

  test("cannot take the admin role away from the only admin", async ({ page }) => {
    await page.goto("/admin/users");
    const row = page.getByRole("row").filter({ hasText: E2E_USERS.admin.email });
    await expect(row.getByText("(you)")).toBeVisible();
    await row.getByLabel(`Role of ${E2E_USERS.admin.email}`, { exact: true }).selectOption("viewer");
    await row.getByRole("button", { name: "Save role" }).click();
    await expect(row.getByRole("alert")).toContainText("this is the only admin");
    await expect(row.getByRole("button", { name: "Disable" })).toBeDisabled();
  });
});

test("a session ends at its expiry, and signing out ends it at once", async ({ browser }) => {
  const email = await addAccount(browser, "planner", "expiry");
  const first = await signInPage(browser, email);
  await expect(first.page.getByRole("link", { name: /Your account: expiry person/ })).toBeVisible();
  const all = await first.context.cookies();
  const cookie = all.find((c) => c.name === "ocs-planner.session_token");
  if (!cookie) throw new Error(`no session cookie among ${all.map((c) => c.name).join(", ")}`);
  // Out of reach of page scripts and of cross-site form posts; not HTTPS-only on this plain-HTTP server.
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  const token = decodeURIComponent(cookie.value).split(".")[0];
  // Time travel in the server's database: the session's expiry is now in the past.
  const db = new Database(`data/e2e-${port}.db`);
  try {
    const { changes } = db.prepare('UPDATE "Session" SET "expiresAt" = ? WHERE "token" = ?').run(Date.now() - 60_000, token);
    expect(changes).toBe(1);
  } finally {
    db.close();
  }
  await first.page.reload();
  await expect(first.page).toHaveURL(/\/sign-in/);
  await first.context.close();

  const second = await signInPage(browser, email);
  await expect(second.page.getByRole("link", { name: /Your account: expiry person/ })).toBeVisible();
  const stolen = (await second.context.cookies()).find((c) => c.name === "ocs-planner.session_token")!;
  await second.page.getByRole("button", { name: "Sign out" }).click();
  await expect(second.page).toHaveURL(/\/sign-in/);
  const replay = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `${stolen.name}=${stolen.value}` } });
  expect((await replay.get("/api/deployments")).status()).toBe(401);
  await Promise.all([replay.dispose(), second.context.close()]);
});
