import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, type E2ERole } from "./users";
import { demoId } from "./fixtures";

const PAGES = [
  "/",
  "/import",
  "/deployments/new",
  "/deployments/:id",
  "/deployments/:id/plan",
  "/deployments/:id/runbooks",
  "/deployments/:id/runbooks/loss-of-active-directory",
  "/deployments/:id/runbooks/loss-of-active-directory/print",
  "/deployments/:id/gaps",
  "/deployments/:id/checklists",
  "/deployments/:id/model",
  "/deployments/:id/model/sites",
  "/deployments/:id/model/pools",
  "/deployments/:id/model/servers",
  "/deployments/:id/model/servers/fabfe01.fabrikam.com",
  "/deployments/:id/model/databases",
  "/deployments/:id/model/file-shares",
  "/deployments/:id/model/dependencies",
  "/deployments/:id/model/priorities",
  "/deployments/:id/model/backup",
  "/deployments/:id/model/recovery",
];

// Pages seen with another role than the planner's: the read-only model editor, user admin, sign-in.
const AS_ROLE: { path: string; role: E2ERole | "nobody" }[] = [
  { path: "/deployments/:id/model", role: "viewer" },
  { path: "/deployments/:id/checklists", role: "viewer" },
  { path: "/admin/users", role: "admin" },
  { path: "/account", role: "viewer" },
  { path: "/forbidden?need=admin", role: "viewer" },
  { path: "/sign-in", role: "nobody" },
];

async function noSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")})`,
    ),
  ).toEqual([]);
}

for (const { path, role } of AS_ROLE) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: role === "nobody" ? { cookies: [], origins: [] } : storageStateOf(role) });
    test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
      const id = path.includes(":id") ? await demoId(page.request) : "";
      const response = await page.goto(path.replace(":id", id));
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(path.replace(":id", id).replace(/\?.*/, ""));
      await noSeriousViolations(page);
    });
  });
}

for (const path of PAGES) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    const id = path.includes(":id") ? await demoId(page.request) : "";
    const response = await page.goto(path.replace(":id", id));
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      serious.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(" | ")})`,
      ),
    ).toEqual([]);
  });
}
