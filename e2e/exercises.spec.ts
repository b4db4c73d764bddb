// The exercise programme (issue 16): every runbook with its last exercise and due date; a finished
// exercise run shows up as the runbook's last exercise with its result; the interval is a planner's
// setting (a bad value is refused, naming the field); a viewer reads the page but cannot change it.
import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";
import { storageStateOf } from "./users";

const SCENARIO = "loss-of-server:med1.litware.com";

test("a finished exercise becomes the runbook's last exercise; the interval is a planner's setting", async ({ page, request }) => {
  const id = await importExample(request, "litware-standard.json", unique("E2E programme"));
  await page.goto(`/deployments/${id}/runs`);
  await page.getByRole("link", { name: "exercise programme" }).click();
  await expect(page).toHaveURL(new RegExp(`/deployments/${id}/exercises$`));
  const row = page.locator(`tr[data-scenario="${SCENARIO}"]`);
  await expect(row).toContainText("Never exercised");
  await expect(page.getByTestId("programme-summary")).toContainText("0 up to date");

  // Run the runbook as a walkthrough and finish it.
  await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent(SCENARIO)}`);
  await page.getByLabel("an exercise").check();
  await page.getByLabel("Exercise type").selectOption("walkthrough");
  await page.getByRole("button", { name: "Start a run" }).click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Finish run" }).click();
  await expect(page.getByText(/finished by Pat Planner/)).toBeVisible();

  // No step was performed: the walkthrough is recorded but does not bring the runbook up to date.
  await page.goto(`/deployments/${id}/exercises`);
  await expect(row).toContainText("Never exercised");
  await expect(page.getByTestId("programme-summary")).toContainText("0 up to date");

  const interval = page.getByLabel("Exercise every runbook within (days)");
  await interval.fill("3");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("at least 7 days")).toBeVisible();
  await interval.fill("90");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Every runbook within 90 days.")).toBeVisible();
  await page.goto("/audit");
  await expect(page.getByRole("row").filter({ hasText: "exercises:interval" }).first()).toContainText("within 90 days");
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });
  test("reads the programme from the nav, without a way to change the interval", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Fabrikam production (demo)" }).click();
    await page.getByRole("link", { name: "Exercises", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Exercise programme" })).toBeVisible();
    await expect(page.getByTestId("programme").locator("tbody tr").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
  });
});
