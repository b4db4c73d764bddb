import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { importExample, readExample, unique } from "./fixtures";

test("the backup plan lists every LCSCmd export with its exact command, and exports as JSON", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Plan page"));
  await page.goto(`/deployments/${id}/plan`);
  const exports = page.getByTestId("settings-exports");
  await expect(exports.getByRole("row")).toHaveCount(1 + 8);
  await expect(exports).toContainText(
    'lcscmd /config /action:export /level:global,pool /configfile:"<dir>\\settings\\ocspool1-global-pool-%STAMP%.xml" /poolname:ocspool1',
  );
  await expect(exports).toContainText("/fqdn:edge1.litware.com");
  const dbs = page.getByTestId("database-backups");
  await expect(dbs.getByRole("row").filter({ hasText: "RTCDyn" })).toContainText("Not backed up");
  // What each database holds, from the chapter's table 17-4, beside its decision.
  await expect(dbs.getByRole("row").filter({ hasText: "RTCDyn" })).toContainText(
    "transient data: endpoints, subscriptions, conference state",
  );
  await expect(dbs.getByRole("row").filter({ hasText: "LCSLog" })).toContainText("Back up");
  await expect(page.getByTestId("share-backups").getByRole("row").filter({ hasText: "address-book" })).toContainText("User Replicator");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export plan (JSON)" }).click();
  const file = await (await download).path();
  const plan = JSON.parse(readFileSync(file, "utf8"));
  expect(plan.format).toBe("ocs-backup-plan-result/v1");
  expect(plan.settingsExports).toHaveLength(8);
  expect(plan.scenarios.map((s: { id: string }) => s.id)).toContain("loss-of-back-end:ocspool1");
  // The export is the plan file `npm run plan` writes (the compact form: shared step texts once, the
  // schedule as columns); ?form=full writes every step's fields out.
  expect(plan.stepKinds.length).toBeGreaterThan(0);
  expect(plan.scenarios[0].schedule.start).toHaveLength(plan.scenarios[0].steps.length);
  const full = await (await request.get(`/api/deployments/${id}/plan?form=full`)).json();
  expect(full.stepKinds).toBeUndefined();
  expect(full.scenarios.map((s: { id: string }) => s.id)).toEqual(plan.scenarios.map((s: { id: string }) => s.id));
  expect(full.scenarios[0].steps.map((s: { startMinute: number }) => s.startMinute)).toEqual(plan.scenarios[0].schedule.start);
});

test("POST /api/plan answers the plan of a deployment file, or path-named errors", async ({ request }) => {
  const ok = await request.post("/api/plan", { data: readExample("litware-standard.json") });
  expect(ok.status()).toBe(200);
  const plan = await ok.json();
  expect(plan.scenarios.find((s: { id: string }) => s.id === "loss-of-standard-edition:ocsse1").restoreLevels).toEqual(["pool", "machine"]);
  const bad = readExample("litware-standard.json");
  bad.pools[0].kind = "enterprise";
  const refused = await request.post("/api/plan", { data: bad });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors[0].path).toBe("pools[0].kind");
});

test("gaps are listed most severe first and filter by severity", async ({ page, request }) => {
  const id = await importExample(request, "litware-standard.json", unique("Gaps page"));
  await page.goto(`/deployments/${id}/gaps`);
  const list = page.getByTestId("gap-list");
  await expect(list.locator("li").first()).toHaveAttribute("data-severity", "critical");
  await page.getByRole("link", { name: /^warning \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/severity=warning/);
  const items = page.getByTestId("gap-list").locator("li");
  await expect(items.first()).toHaveAttribute("data-severity", "warning");
  await expect(items.and(page.locator('[data-severity="critical"]'))).toHaveCount(0);
});
