import { expect, test } from "@playwright/test";

test("the home page lists the demo deployment and opens it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Deployments", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Fabrikam production (demo)", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Fabrikam production (demo)", level: 1 })).toBeVisible();
  await expect(page.getByTestId("coverage-score")).toContainText("%");
});

test("the deployment picker switches deployments", async ({ page }) => {
  await page.goto("/");
  const picker = page.getByLabel("Deployment", { exact: true });
  await picker.selectOption({ label: "Fabrikam production (demo)" });
  await expect(page).toHaveURL(/\/deployments\/[a-z0-9]+$/);
});

test("an unknown deployment shows a not-found page", async ({ page }) => {
  const response = await page.goto("/deployments/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
