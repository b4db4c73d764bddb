import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";

test("record a drill, see it against the estimate, and calibrate the assumptions from it", async ({ page, request }) => {
  const id = await importExample(request, "litware-standard.json", unique("Drill"));
  await page.goto(`/deployments/${id}/drills`);
  await page.getByLabel("Scenario drilled").selectOption("loss-of-server:med1.litware.com");
  await page.getByRole("button", { name: "Choose" }).click();

  await page.getByRole("button", { name: "Record the drill" }).click();
  await expect(page.getByText("Enter the minutes of at least one step.")).toBeVisible();

  const inputs = page.locator('input[name^="step-"]');
  const count = await inputs.count();
  expect(count).toBeGreaterThan(2);
  await page.getByLabel("Notes").fill("Certificates took longer than planned");
  // Time the first step (assessment) at twice its estimate.
  await page.locator('input[name="step-1"]').fill("-3");
  await page.getByRole("button", { name: "Record the drill" }).click();
  await expect(page.getByText("fix the minutes marked below")).toBeVisible();
  const firstEstimate = Number(
    (
      await page
        .getByRole("row")
        .filter({ has: page.locator('input[name="step-1"]') })
        .locator("td")
        .nth(1)
        .innerText()
    ).replace(/\D+/g, ""),
  );
  await page.locator('input[name="step-1"]').fill(String(firstEstimate * 2));
  await page.getByRole("button", { name: "Record the drill" }).click();

  const drills = page.getByTestId("drills");
  await expect(drills).toContainText("Certificates took longer than planned");
  await expect(drills).toContainText("2");
  // Only the assumption behind the timed step is proposed (calibration per assumption), from this drill.
  const calibration = page.getByTestId("calibration-table");
  await expect(calibration.locator("tbody tr")).toHaveCount(1);
  const row = calibration.locator('tr[data-assumption="decisionMinutes"]');
  // Measured 120 against 60; one timed step moves the value a sixth of the way: 60 × 2^(1/6) = 67.
  await expect(row).toContainText("60 min");
  await expect(row).toContainText("120 min");
  await expect(row).toContainText("67 min");
  await expect(row).toContainText("Drill of");
  await expect(row.getByRole("checkbox")).not.toBeChecked();
  await row.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Accept the ticked values" }).click();
  await expect(page).toHaveURL(/\/assumptions$/);
  await expect(page.getByLabel("Assess the loss and decide")).toHaveValue("67");
  await expect(page.getByLabel("Install Windows Server and join the domain")).toHaveValue("");
});
