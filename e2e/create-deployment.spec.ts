import { expect, test } from "@playwright/test";
import { alertBox, createDeployment, uniqueName } from "./model-helpers";

test.describe("creating a deployment by hand", () => {
  test("an Enterprise deployment opens in the model editor with its first servers", async ({ page }, info) => {
    const name = uniqueName(info, "enterprise");
    const { base } = await createDeployment(page, name);

    await expect(page.getByRole("heading", { name: "General", level: 1 })).toBeVisible();
    const tabs = page.getByRole("navigation", { name: "Deployment sections" });
    await expect(tabs.getByRole("link", { name: "Model" })).toHaveAttribute("aria-current", "page");
    await expect(tabs.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current", "page");

    await page
      .getByRole("navigation", { name: "Model sections" })
      .getByRole("link", { name: /^Servers/ })
      .click();
    await expect(page).toHaveURL(`${base}/servers`);
    const table = page.getByRole("table", { name: "Servers" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByRole("row", { name: /fe01\.litware\.com/ })).toContainText("Front end");
    await expect(table.getByRole("row", { name: /sql01\.litware\.com/ })).toContainText("Back-end SQL Server");

    // The defaults the form promised.
    await page.goto(`${base}/backup`);
    await expect(page.getByLabel("Database backup interval")).toHaveValue("24");
    await expect(page.getByLabel("Settings export interval")).toHaveValue("168");
    await expect(page.getByLabel("Full copies kept")).toHaveValue("14");
    await expect(page.getByLabel("A copy is kept off site")).not.toBeChecked();
    await page.goto(`${base}/priorities`);
    await expect(page.getByLabel("Recovery time target for IM and presence")).toHaveValue("8");

    // It is listed on the home page.
    await page.goto("/");
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  });

  test("a Standard Edition deployment needs only its one server", async ({ page }, info) => {
    const { base } = await createDeployment(page, uniqueName(info, "standard"), { poolKind: "Standard Edition" });
    await page.goto(`${base}/servers`);
    const table = page.getByRole("table", { name: "Servers" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("row", { name: /se01\.litware\.com/ })).toContainText("Standard Edition server");
    await page.goto(`${base}/pools`);
    await expect(page.getByLabel("Back-end SQL Server of pool pool1")).toHaveValue("");
  });

  test("errors are shown beside their fields and nothing is created", async ({ page }, info) => {
    const name = uniqueName(info, "invalid");
    await page.goto("/deployments/new");
    await page.getByLabel("Deployment name").fill(name);
    await page.getByLabel("Active Directory forest").fill("litware");
    await page.getByLabel("Site name").fill("Redmond");
    await page.getByLabel("Pool name").fill("my pool");
    await page.getByLabel("Front-end server FQDN").fill("fe01.litware.com");
    await page.getByLabel("Back-end SQL Server FQDN").fill("fe01.litware.com");
    await page.getByRole("button", { name: "Create deployment" }).click();

    await expect(alertBox(page, "Nothing was saved")).toBeVisible();
    const forest = page.getByLabel("Active Directory forest");
    await expect(forest).toHaveAttribute("aria-invalid", "true");
    await expect(forest).toHaveAccessibleDescription(/expected the forest's DNS name/);
    await expect(page.getByLabel("Pool name")).toHaveAccessibleDescription(/a pool name has no spaces/);
    // What was typed is kept.
    await expect(forest).toHaveValue("litware");
    await expect(page.getByLabel("Deployment name")).not.toHaveAttribute("aria-invalid", "true");

    // Fix the forest and the pool name: now the duplicate FQDN (a consistency rule) is next to the back end.
    await forest.fill("litware.com");
    await page.getByLabel("Pool name").fill("pool1");
    await page.getByRole("button", { name: "Create deployment" }).click();
    await expect(page.getByLabel("Back-end SQL Server FQDN")).toHaveAccessibleDescription(/duplicate server FQDN "fe01\.litware\.com"/);
    await expect(page).toHaveURL(/\/deployments\/new$/);

    await page.goto("/");
    await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  });
});
