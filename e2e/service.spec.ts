// What a newcomer meets at the edges of the app: a not-found page for a deployment that is not
// there, the favicon, and the error pages (a retry, no stack trace) when the database fails under a
// page. The error pages run on an instance of their own, whose SQLite tables this spec renames
// underneath the running server, so the failures are real server errors.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { demoId } from "./fixtures";
import { instancePort, prepareDatabase, scratchSqlite, startInstance, type AppInstance, type ScratchDatabase } from "./instances";
import { E2E_PASSWORD, E2E_USERS } from "./users";

test.describe("not found and the favicon", () => {
  test("a deployment that does not exist shows the not-found page, on every tab", async ({ page }) => {
    for (const url of [
      "/deployments/no-such-deployment",
      "/deployments/no-such-deployment/drills",
      "/deployments/no-such-deployment/runbooks/x/print",
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found", level: 2 })).toBeVisible();
      await expect(page.getByText("The page or deployment you asked for does not exist.")).toBeVisible();
      await expect(page.getByRole("link", { name: "Back to deployments" })).toHaveAttribute("href", "/");
    }
  });

  test("a runbook that is not in an existing deployment says so under the deployment's tabs", async ({ page, request }) => {
    const id = await demoId(request);
    const response = await page.goto(`/deployments/${id}/runbooks/no-such-scenario`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not in this deployment" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Deployment sections" }).getByRole("link", { name: "Runbooks" })).toBeVisible();
  });

  test("the favicon is served, to signed-out visitors too, and every page links the icon", async ({ page, playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    try {
      const ico = await anonymous.get("/favicon.ico");
      expect(ico.status()).toBe(200);
      expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
      expect(Buffer.compare(await ico.body(), readFileSync(path.resolve("public/favicon.ico")))).toBe(0);

      await page.goto("/");
      const href = await page.locator('head link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
      expect(href).toMatch(/^\/icon\.svg/);
      const svg = await anonymous.get(href!);
      expect(svg.status()).toBe(200);
      expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
      expect(await svg.text()).toBe(readFileSync(path.resolve("app/icon.svg"), "utf8"));
    } finally {
      await anonymous.dispose();
    }
  });
});

test.describe("error pages when the database fails under a page", () => {
  test.describe.configure({ mode: "serial" });
  const port = instancePort("serviceErrors");
  let db: ScratchDatabase | undefined;
  let app: AppInstance | undefined;
  let sqlite: Database.Database | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    db = scratchSqlite("service-errors");
    await prepareDatabase(db.url, { demo: true, users: true });
    app = await startInstance({ name: "service-errors", databaseUrl: db.url, port });
    sqlite = new Database(db.url.replace(/^file:/, ""));
  });

  test.afterAll(async () => {
    sqlite?.close();
    await app?.stop();
    await db?.drop();
  });

  test.use({ storageState: { cookies: [], origins: [] }, baseURL: `http://127.0.0.1:${port}` });

  async function signIn(page: Page) {
    const response = await page.request.post("/api/auth/sign-in/email", {
      data: { email: E2E_USERS.planner.email, password: E2E_PASSWORD },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
  /** Renames a table for the duration of `during`, as a failed or half-restored database would look. */
  async function withoutTable(table: string, during: () => Promise<void>) {
    sqlite!.exec(`ALTER TABLE "${table}" RENAME TO "${table}_away"`);
    try {
      await during();
    } finally {
      sqlite!.exec(`ALTER TABLE "${table}_away" RENAME TO "${table}"`);
    }
  }
  async function expectNoInternals(page: Page) {
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/no such table|prisma|SqliteError|\bat .+\.(js|ts):\d+/i);
    await expect(page.locator("code", { hasText: /^[\w-]+$/ }).first()).toBeVisible();
  }

  test("a failing tab of a deployment shows its error page under the tabs, and Try again recovers", async ({ page }) => {
    await signIn(page);
    await page.goto("/");
    const id = await page.getByRole("link", { name: "Fabrikam production (demo)", exact: true }).getAttribute("href");
    await withoutTable("Drill", async () => {
      await page.goto(`${id}/drills`);
      await expect(page.getByRole("heading", { name: "This view of the deployment could not be shown", level: 1 })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Deployment sections" })).toBeVisible();
      await expect(page.getByRole("link", { name: "The deployment's overview" })).toHaveAttribute("href", id!);
      await expectNoInternals(page);
    });
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Disaster-recovery drills", level: 1 })).toBeVisible();
  });

  test("a failing page elsewhere shows the app's error page, and Try again recovers", async ({ page }) => {
    await signIn(page);
    await withoutTable("AuditEntry", async () => {
      await page.goto("/audit");
      await expect(page.getByRole("heading", { name: "This page could not be shown", level: 1 })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      await expectNoInternals(page);
    });
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  });

  test("when even the page frame fails, the whole-document error page shows with a retry", async ({ page }) => {
    await signIn(page);
    await withoutTable("Session", async () => {
      await page.goto("/compare");
      await expect(page.getByRole("heading", { name: "The planner could not show this page", level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(/Planner unavailable/);
      await expectNoInternals(page);
    });
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
});
