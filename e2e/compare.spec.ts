import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";

test("compare a deployment with a what-if variant that has one more administrator and 6-hourly backups", async ({ page, request }) => {
  const name = unique("Baseline");
  await importExample(request, "litware-standard.json", name);
  await importExample(request, "litware-standard.json", `${name} variant`, (d) => {
    (d.recovery as { adminsAvailable: number }).adminsAvailable = 3;
    (d.backup as { databaseFrequencyHours: number }).databaseFrequencyHours = 6;
  });
  await page.goto("/compare");
  await page.getByLabel("Baseline").selectOption({ label: name });
  await page.getByLabel("Variant").selectOption({ label: `${name} variant` });
  await page.getByRole("button", { name: "Compare" }).click();
  const comparison = page.getByTestId("comparison");
  await expect(comparison).toBeVisible();
  const rtc = comparison.getByRole("row").filter({ hasText: /^RTC/ }).first();
  await expect(rtc).toContainText("better");
  await expect(comparison.getByRole("row").filter({ hasText: "Loss of Active Directory" }).first()).toContainText(/better|no change/);
});
