// First-run set-up on an instance of its own: a fresh SQLite database with the demo deployment and
// NO accounts. Until the first admin exists every page leads to /setup; set-up creates that admin
// once, signs them in, and is closed from then on.
import { expect, test, type Page } from "@playwright/test";
import {
  instancePort,
  prepareDatabase,
  runScript,
  scratchSqlite,
  startInstance,
  type AppInstance,
  type ScratchDatabase,
} from "./instances";

const DEMO = "Fabrikam production (demo)";
const ADMIN = { name: "Frida First", email: "frida.first@e2e.test", password: "first admin passphrase" };

let db: ScratchDatabase | undefined;
let app: AppInstance;

// One instance, one database, and the steps depend on each other (before and after the set-up).
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  db = scratchSqlite("first-run");
  await prepareDatabase(db.url, { demo: true });
  app = await startInstance({ name: "first-run", databaseUrl: db.url, port: instancePort("firstRun") });
});

test.afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

// No saved sign-in: the project's default one belongs to another server (and cookies are per host, not port).
test.use({ storageState: { cookies: [], origins: [] }, baseURL: `http://127.0.0.1:${instancePort("firstRun")}` });

/** The accounts in the instance's database, from `npm run users -- list`. */
async function accounts(): Promise<string[]> {
  const out = await runScript("scripts/users.ts", db!.url, ["list"]);
  return out.split("\n").filter((line) => line.includes("@"));
}

async function fillSetUp(page: Page, values: { name: string; email: string; password: string; confirm: string }) {
  await page.getByLabel("Your name").fill(values.name);
  await page.getByLabel("Email").fill(values.email);
  await page.getByLabel("Password", { exact: true }).fill(values.password);
  await page.getByLabel("Password again").fill(values.confirm);
}

const setUpButton = (page: Page) => page.getByRole("button", { name: "Create the admin account" });

test.describe("first-run set-up on an empty database", () => {
  test("with no account, every page leads to /setup, which shows no deployment", async ({ page, request }) => {
    expect(await accounts()).toEqual([]);
    for (const path of [
      "/",
      "/compare",
      "/audit",
      "/import",
      "/deployments/new",
      "/deployments/any-id/model",
      "/admin/users",
      "/account",
      "/sign-in",
      "/sign-in?next=%2Fcompare",
    ]) {
      await page.goto(path);
      await expect(page, `${path} leads to /setup`).toHaveURL(/\/setup$/);
    }
    await expect(page.getByRole("heading", { name: "Set up the planner", level: 1 })).toBeVisible();
    // Signed out, the header shows no deployment names and no navigation, not even in the page's data.
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.getByText(DEMO)).toHaveCount(0);
    expect(await (await request.get("/setup")).text()).not.toContain("Fabrikam");
    // The API does not redirect: it refuses.
    expect((await request.get("/api/deployments")).status()).toBe(401);
  });

  test("bad input is refused beside its field and creates nothing", async ({ page }) => {
    await page.goto("/setup");
    const email = page.getByLabel("Email");
    const password = page.getByLabel("Password", { exact: true });
    const confirm = page.getByLabel("Password again");

    await fillSetUp(page, { ...ADMIN, password: "short", confirm: "short" });
    await setUpButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: "No account was created." })).toBeVisible();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/Use at least 12 characters/);
    await expect(email).not.toHaveAttribute("aria-invalid", "true");
    // What was typed stays.
    await expect(email).toHaveValue(ADMIN.email);

    await fillSetUp(page, { ...ADMIN, confirm: `${ADMIN.password} typo` });
    await setUpButton(page).click();
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    await expect(confirm).toHaveAccessibleDescription(/The two passwords differ/);
    await expect(password).not.toHaveAttribute("aria-invalid", "true");

    await fillSetUp(page, { ...ADMIN, email: "frida-at-e2e.test", confirm: ADMIN.password });
    await setUpButton(page).click();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Enter an email address/);
    await expect(confirm).not.toHaveAttribute("aria-invalid", "true");

    await expect(page).toHaveURL(/\/setup$/);
    expect(await accounts()).toEqual([]);
    await page.reload();
    await expect(page).toHaveURL(/\/setup$/);
  });

  test("set-up signs the admin in once; then /setup is closed and a second set-up creates nobody", async ({ browser, page }) => {
    // Someone else has the set-up form open at the same time.
    const other = await browser.newContext({ baseURL: app.url, storageState: { cookies: [], origins: [] } });
    const late = await other.newPage();
    await late.goto("/setup");
    await expect(setUpButton(late)).toBeVisible();

    await page.goto("/setup");
    await fillSetUp(page, { ...ADMIN, confirm: ADMIN.password });
    await setUpButton(page).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Deployments", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: `Your account: ${ADMIN.name}, admin` })).toBeVisible();
    await expect(page.getByRole("table").getByRole("link", { name: DEMO, exact: true })).toBeVisible();
    expect(await accounts()).toEqual([`${ADMIN.email}\tadmin\t${ADMIN.name}`]);

    // /setup is closed: signed out it sends you to sign in; signed in, on to the planner.
    const signedOut = await browser.newContext({ baseURL: app.url, storageState: { cookies: [], origins: [] } });
    const visitor = await signedOut.newPage();
    await visitor.goto("/setup");
    await expect(visitor).toHaveURL(/\/sign-in$/);
    await expect(visitor.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/$/);

    // The form that was open before submits a second admin: refused, sent to sign in, nobody created.
    await fillSetUp(late, {
      name: "Second Sam",
      email: "second.sam@e2e.test",
      password: "second admin passphrase",
      confirm: "second admin passphrase",
    });
    await setUpButton(late).click();
    await expect(late).toHaveURL(/\/sign-in$/);
    await expect(late.getByRole("link", { name: /^Your account/ })).toHaveCount(0);
    expect(await accounts()).toEqual([`${ADMIN.email}\tadmin\t${ADMIN.name}`]);
    const refused = await other.request.post("/api/auth/sign-in/email", {
      data: { email: "second.sam@e2e.test", password: "second admin passphrase" },
    });
    expect(refused.status()).toBe(401);
    await Promise.all([other.close(), signedOut.close()]);
  });

  test("the sign-in page shows no deployment names", async ({ page, request }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.getByLabel("Deployment", { exact: true })).toHaveCount(0);
    await expect(page.getByText(DEMO)).toHaveCount(0);
    expect(await (await request.get("/sign-in")).text()).not.toContain("Fabrikam");

    // The admin made at set-up signs in here and sees the demo deployment the page did not show.
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("table").getByRole("link", { name: DEMO, exact: true })).toBeVisible();
  });
});
