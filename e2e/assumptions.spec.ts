import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";

test("a deployment's own assumptions change its estimates; a bad value is refused beside its field", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Assumptions"));
  const rto = async () => {
    const plan = await (await request.get(`/api/deployments/${id}/plan`)).json();
    return plan.scenarios.find((s: { id: string }) => s.id === "loss-of-back-end:ocspool1").rtoHours as number;
  };
  const before = await rto();

  await page.goto(`/deployments/${id}/assumptions`);
  await page.getByLabel("SQL Server restore throughput").fill("-5");
  await page.getByRole("button", { name: "Save assumptions" }).click();
  await expect(page.getByText("Nothing was saved")).toBeVisible();
  await expect(page.locator("#a-sqlRestoreGbPerHour-err")).toContainText("not usable");
  expect(await rto()).toBe(before);

  await page.getByLabel("SQL Server restore throughput").fill("2");
  await page.getByRole("button", { name: "Save assumptions" }).click();
  await expect(page.getByText("Saved: 1 value differ")).toBeVisible();
  expect(await rto()).toBeGreaterThan(before);

  await page.reload();
  await expect(page.getByLabel("SQL Server restore throughput")).toHaveValue("2");
});

test("two planners saving assumptions at once: the second is refused with a way to reload, the first's values stay", async ({
  browser,
  request,
}) => {
  const id = await importExample(request, "litware-standard.json", unique("Assumptions race"));
  const first = await browser.newPage();
  const second = await browser.newPage();
  await Promise.all([first.goto(`/deployments/${id}/assumptions`), second.goto(`/deployments/${id}/assumptions`)]);

  await first.getByLabel("SQL Server restore throughput").fill("3");
  await first.getByRole("button", { name: "Save assumptions" }).click();
  await expect(first.getByText("Saved: 1 value differ")).toBeVisible();

  await second.getByLabel("SQL Server restore throughput").fill("7");
  await second.getByRole("button", { name: "Save assumptions" }).click();
  await expect(second.getByText("someone changed these assumptions since you opened the page")).toBeVisible();
  await expect(second.getByLabel("SQL Server restore throughput")).toHaveValue("7");
  await second.getByRole("link", { name: "Reload" }).click();
  await expect(second.getByLabel("SQL Server restore throughput")).toHaveValue("3");

  await second.getByLabel("SQL Server restore throughput").fill("7");
  await second.getByRole("button", { name: "Save assumptions" }).click();
  await expect(second.getByText("Saved: 1 value differ")).toBeVisible();
  // The first page's next save is now the stale one.
  await first.getByRole("button", { name: "Save assumptions" }).click();
  await expect(first.getByText("someone changed these assumptions since you opened the page")).toBeVisible();
  await Promise.all([first.close(), second.close()]);
});
