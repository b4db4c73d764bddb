import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";
import { addServer, savedBox } from "./model-helpers";

test("edits through the model editor and the API show up in the audit log with who and what", async ({ page, request }) => {
  const name = unique("Audit");
  const id = await importExample(request, "litware-standard.json", name);

  await addServer(page, `/deployments/${id}/model`, { fqdn: "mon2.litware.com", roles: ["Monitoring"] });
  await expect(savedBox(page, "Added server mon2.litware.com.")).toBeVisible();

  const got = await request.get(`/api/deployments/${id}`);
  const current = await got.json();
  current.backup.offsiteCopy = !current.backup.offsiteCopy;
  expect((await request.put(`/api/deployments/${id}`, { data: current, headers: { "If-Match": got.headers()["etag"] } })).status()).toBe(
    200,
  );

  // The global log, newest first.
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  const mine = page.getByTestId("audit-log").getByRole("row").filter({ hasText: name });
  await expect(mine).toHaveCount(3);
  await expect(mine.nth(0)).toContainText("api:put");
  await expect(mine.nth(0)).toContainText("backup: offsiteCopy");
  await expect(mine.nth(0)).toContainText("Pat Planner");
  await expect(mine.nth(1)).toContainText("Pat Planner");
  await expect(mine.nth(1)).toContainText("edit:servers");
  await expect(mine.nth(1)).toContainText("mon2.litware.com");
  await expect(mine.nth(2)).toContainText("import");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // One deployment's log; it outlives the deployment.
  await mine.nth(0).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name: `Audit log: ${name}`, level: 1 })).toBeVisible();
  expect((await request.delete(`/api/deployments/${id}`)).status()).toBe(204);
  await page.reload();
  const rows = page.getByTestId("audit-log").getByRole("row");
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText("api:delete");
});
