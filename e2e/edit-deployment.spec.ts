import { expect, test } from "@playwright/test";
import { addServer, alertBox, createDeployment, savedBox, uniqueName } from "./model-helpers";

test.describe("editing a deployment's model", () => {
  test("adds a site, a pool, servers with several roles, a database and a file share", async ({ page }, info) => {
    const { base } = await createDeployment(page, uniqueName(info, "build"));

    // A site.
    await page.goto(`${base}/sites`);
    await page.getByLabel("Site name").fill("Dublin");
    await page.getByLabel("Site kind").selectOption({ label: "Standby (disaster recovery)" });
    await page.getByRole("button", { name: "Add site" }).click();
    const dublin = page.getByRole("group", { name: "Site Dublin" });
    await expect(dublin).toBeVisible();
    await expect(dublin.getByLabel("Kind of site Dublin")).toHaveValue("standby");
    await expect(page.getByLabel("Site name")).toHaveValue("");

    // A Standard Edition pool at the new site, with its server.
    await page.goto(`${base}/pools`);
    await page.getByLabel("Pool name").fill("branch1");
    await page.getByLabel("Pool kind").selectOption({ label: "Standard Edition" });
    await page.getByLabel("Site", { exact: true }).selectOption("Dublin");
    await page.getByLabel("Standard Edition server FQDN").fill("se-dub.litware.com");
    await page.getByRole("button", { name: "Add pool" }).click();
    const branch = page.getByRole("group", { name: "Pool branch1" });
    await expect(branch).toBeVisible();
    await expect(branch).toContainText("1 server in this pool.");

    // Servers: a second front end, and one computer with two roles.
    await addServer(page, base, { fqdn: "fe02.litware.com", pool: "pool1", roles: ["Front end"], spare: true });
    await expect(savedBox(page, "Added server fe02.litware.com.")).toBeVisible();
    await expect(page.getByLabel("FQDN", { exact: true })).toHaveValue("");
    await addServer(page, base, { fqdn: "ArchMon01.litware.com", roles: ["Archiving", "Monitoring"] });
    await expect(savedBox(page, "Added server archmon01.litware.com.")).toBeVisible();

    await page.goto(`${base}/servers`);
    const table = page.getByRole("table", { name: "Servers" });
    await expect(table.getByRole("row", { name: /archmon01\.litware\.com/ })).toContainText("ArchivingMonitoring");
    await expect(table.getByRole("row", { name: /fe02\.litware\.com/ })).toContainText("Yes");
    await expect(page.getByText("Showing 1–5 of 5 servers")).toBeVisible();

    // The edit page shows both roles ticked.
    await table.getByRole("link", { name: "archmon01.litware.com" }).click();
    await expect(page.getByRole("heading", { name: "archmon01.litware.com", level: 1 })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Archiving" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Monitoring" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Front end" })).not.toBeChecked();

    // A database on it.
    await page.goto(`${base}/databases`);
    await expect(page.getByRole("heading", { name: "No databases listed" })).toBeVisible();
    await page.getByLabel("Database", { exact: true }).selectOption("LCSLog");
    await page.getByLabel("Server", { exact: true }).selectOption("archmon01.litware.com");
    await page.getByLabel("Size (GB)", { exact: true }).fill("50");
    await page.getByRole("button", { name: "Add database" }).click();
    const lcslog = page.getByRole("group", { name: "Database LCSLog on archmon01.litware.com" });
    await expect(lcslog).toBeVisible();
    await expect(lcslog.getByRole("spinbutton")).toHaveValue("50");

    // A file share.
    await page.goto(`${base}/file-shares`);
    await page.getByLabel("Content", { exact: true }).selectOption("meeting-content");
    await page.getByLabel("Path", { exact: true }).fill("\\\\fs01\\ocs\\meetings");
    await page.getByLabel("Size (GB)", { exact: true }).fill("40");
    await page.getByRole("button", { name: "Add file share" }).click();
    await expect(page.getByRole("group", { name: "File share \\\\fs01\\ocs\\meetings" })).toBeVisible();

    // Everything shows in the counts of the model's navigation after a reload.
    await page.reload();
    const sections = page.getByRole("navigation", { name: "Model sections" });
    await expect(sections.getByRole("link", { name: "Sites 2" })).toBeVisible();
    await expect(sections.getByRole("link", { name: "Pools 2" })).toBeVisible();
    await expect(sections.getByRole("link", { name: "Servers 5" })).toBeVisible();
    await expect(sections.getByRole("link", { name: "Databases 1" })).toBeVisible();
    await expect(sections.getByRole("link", { name: "File shares 1" })).toBeVisible();
  });

  test("refuses a separate Web Conferencing server in a consolidated pool (S8) and saves nothing", async ({ page }, info) => {
    const { base } = await createDeployment(page, uniqueName(info, "s8"));
    await addServer(page, base, { fqdn: "wc01.litware.com", pool: "pool1", roles: ["Web Conferencing"] });

    await expect(alertBox(page, "Nothing was saved")).toBeVisible();
    const roles = page.getByRole("group", { name: "Roles", exact: true });
    await expect(roles).toContainText("Web Conferencing runs on the front ends");
    await expect(roles).toContainText("(rule S8)");
    await expect(roles).toHaveAccessibleDescription(/rule S8/);
    await expect(page.getByRole("checkbox", { name: "Web Conferencing", exact: true })).toHaveAttribute("aria-invalid", "true");
    // The form keeps what was typed.
    await expect(page.getByLabel("FQDN", { exact: true })).toHaveValue("wc01.litware.com");
    await expect(page.getByRole("checkbox", { name: "Web Conferencing", exact: true })).toBeChecked();

    // Nothing was saved.
    await page.goto(`${base}/servers?q=wc01`);
    await expect(page.getByRole("heading", { name: "No servers match" })).toBeVisible();
    await page.goto(`${base}/servers`);
    await expect(page.getByText("Showing 1–2 of 2 servers")).toBeVisible();
  });

  test("reorders priorities and changes backup settings", async ({ page }, info) => {
    const { base } = await createDeployment(page, uniqueName(info, "priorities"));

    await page.goto(`${base}/priorities`);
    await page.getByLabel("Workload", { exact: true }).selectOption({ label: "Enterprise Voice" });
    await page.getByLabel("Recovery time target (hours)", { exact: true }).fill("4");
    await page.getByLabel("Data loss target (hours)", { exact: true }).fill("12");
    await page.getByRole("button", { name: "Add workload" }).click();
    const ranked = page.getByRole("table", { name: "Ranked workloads, most critical first" });
    await expect(ranked.getByRole("row")).toHaveCount(3);
    await expect(ranked.getByRole("row").nth(2)).toContainText("2Enterprise Voice");

    await page.getByRole("button", { name: "Move up Enterprise Voice" }).click();
    await expect(ranked.getByRole("row").nth(1)).toContainText("1Enterprise Voice");
    await expect(ranked.getByRole("row").nth(2)).toContainText("2IM and presence");
    await expect(page.getByRole("button", { name: "Move up Enterprise Voice" })).toBeDisabled();

    await page.reload();
    await expect(ranked.getByRole("row").nth(1)).toContainText("1Enterprise Voice");
    await expect(page.getByLabel("Data loss target for Enterprise Voice")).toHaveValue("12");

    // A target and the regulated flag, saved with the form.
    await page.getByLabel("Recovery time target for IM and presence").fill("2");
    await page.getByLabel("The organisation is regulated").check();
    await page.getByRole("button", { name: "Save priorities" }).click();
    await expect(savedBox(page)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Recovery time target for IM and presence")).toHaveValue("2");
    await expect(page.getByLabel("The organisation is regulated")).toBeChecked();

    // Backup practice: an empty interval is refused beside the field.
    await page.goto(`${base}/backup`);
    const interval = page.getByLabel("Database backup interval");
    await interval.fill("");
    await page.getByRole("button", { name: "Save backup practice" }).click();
    await expect(interval).toHaveAttribute("aria-invalid", "true");
    await expect(interval).toHaveAccessibleDescription(/expected the database backup interval in hours \(a number\)/);

    await interval.fill("12");
    await page.getByLabel("Backup location", { exact: true }).selectOption("remote");
    await page.getByLabel("Backups are encrypted").check();
    await page.getByLabel("Bandwidth to the backup location").fill("250");
    await page.getByRole("button", { name: "Save backup practice" }).click();
    await expect(savedBox(page)).toBeVisible();
    await expect(interval).not.toHaveAttribute("aria-invalid", "true");
    await page.reload();
    await expect(interval).toHaveValue("12");
    await expect(page.getByLabel("Backup location", { exact: true })).toHaveValue("remote");
    await expect(page.getByLabel("Backups are encrypted")).toBeChecked();
    await expect(page.getByLabel("Bandwidth to the backup location")).toHaveValue("250");
  });

  test("removes only after confirmation, and refuses a pool that still has servers", async ({ page }, info) => {
    const { base } = await createDeployment(page, uniqueName(info, "remove"));

    await page.goto(`${base}/sites`);
    await page.getByLabel("Site name").fill("Temp");
    await page.getByRole("button", { name: "Add site" }).click();
    const temp = page.getByRole("group", { name: "Site Temp" });
    await expect(temp).toBeVisible();
    await temp.getByRole("button", { name: "Remove site Temp" }).click();
    await expect(temp).toContainText("Remove site Temp?");
    await temp.getByRole("button", { name: "Cancel" }).click();
    await expect(temp.getByRole("button", { name: "Confirm remove site Temp" })).toHaveCount(0);
    await temp.getByRole("button", { name: "Remove site Temp" }).click();
    await temp.getByRole("button", { name: "Confirm remove site Temp" }).click();
    await expect(temp).toHaveCount(0);

    // A site still in use is refused.
    const redmond = page.getByRole("group", { name: "Site Redmond" });
    await redmond.getByRole("button", { name: "Remove site Redmond" }).click();
    await redmond.getByRole("button", { name: "Confirm remove site Redmond" }).click();
    await expect(alertBox(page, 'Site "Redmond" still has 1 pool (pool1) and 2 servers')).toBeVisible();

    // A second pool with its server: removing it is refused until its servers go too.
    await page.goto(`${base}/pools`);
    await page.getByLabel("Pool name").fill("pool2");
    await page.getByLabel("First front-end server FQDN").fill("fe21.litware.com");
    await page.getByLabel("Back-end SQL Server FQDN").fill("sql01.litware.com");
    await page.getByRole("button", { name: "Add pool" }).click();
    const pool2 = page.getByRole("group", { name: "Pool pool2" });
    await expect(pool2).toBeVisible();
    await pool2.getByRole("button", { name: "Remove pool pool2" }).click();
    await pool2.getByRole("button", { name: "Confirm remove pool pool2" }).click();
    await expect(alertBox(page, 'Pool "pool2" still has 1 server (fe21.litware.com)')).toBeVisible();
    await expect(pool2).toBeVisible();

    await pool2.getByLabel("Also remove its 1 server").check();
    await pool2.getByRole("button", { name: "Confirm remove pool pool2" }).click();
    await expect(pool2).toHaveCount(0);
    await page.goto(`${base}/servers?q=fe21`);
    await expect(page.getByRole("heading", { name: "No servers match" })).toBeVisible();

    // A server: removed from its edit page after confirmation.
    await addServer(page, base, { fqdn: "med01.litware.com", roles: ["Mediation"] });
    await expect(savedBox(page, "Added server med01.litware.com.")).toBeVisible();
    await page.goto(`${base}/servers/med01.litware.com`);
    await page.getByRole("button", { name: "Remove server med01.litware.com" }).click();
    await page.getByRole("button", { name: "Confirm remove server med01.litware.com" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/servers\\?removed=`));
    await expect(page.getByRole("status").filter({ hasText: "Removed server med01.litware.com." })).toBeVisible();
    await expect(page.getByRole("table", { name: "Servers" }).getByRole("row", { name: /med01/ })).toHaveCount(0);
  });

  test("renaming keeps references: a site in its pools, a server in its pool's back end", async ({ page }, info) => {
    const { base } = await createDeployment(page, uniqueName(info, "rename"));

    await page.goto(`${base}/sites`);
    const site = page.getByRole("group", { name: "Site Redmond" });
    await site.getByLabel("Name of site Redmond").fill("Seattle");
    await site.getByRole("button", { name: "Save site Redmond" }).click();
    await expect(page.getByRole("group", { name: "Site Seattle" })).toBeVisible();

    await page.goto(`${base}/servers/sql01.litware.com`);
    await page.getByLabel("FQDN", { exact: true }).fill("sql02.litware.com");
    await page.getByRole("button", { name: "Save server" }).click();
    await expect(page).toHaveURL(/\/servers\/sql02\.litware\.com\?saved=1$/);
    await expect(page.getByRole("heading", { name: "sql02.litware.com", level: 1 })).toBeVisible();

    await page.goto(`${base}/pools`);
    const pool = page.getByRole("group", { name: "Pool pool1" });
    await expect(pool.getByLabel("Site of pool pool1")).toHaveValue("Seattle");
    await expect(pool.getByLabel("Back-end SQL Server of pool pool1")).toHaveValue("sql02.litware.com");
  });

  test("a save based on an old version is refused with a way to reload", async ({ browser }, info) => {
    const context = await browser.newContext();
    const first = await context.newPage();
    const name = uniqueName(info, "stale");
    const { base } = await createDeployment(first, name);
    const second = await context.newPage();
    await second.goto(base);

    await first.getByLabel("Deployment name").fill(`${name} (renamed)`);
    await first.getByRole("button", { name: "Save general settings" }).click();
    await expect(savedBox(first)).toBeVisible();

    await second.getByLabel("Active Directory forest").fill("contoso.com");
    await second.getByRole("button", { name: "Save general settings" }).click();
    await expect(alertBox(second, "Someone else saved this deployment meanwhile")).toBeVisible();
    await alertBox(second, "Someone else saved").getByRole("link", { name: "Reload" }).click();
    await expect(second.getByLabel("Deployment name")).toHaveValue(`${name} (renamed)`);
    await expect(second.getByLabel("Active Directory forest")).toHaveValue("litware.com");
    await context.close();
  });
});

test.describe("the servers list of the demo deployment", () => {
  test("searches by FQDN and filters by role", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Fabrikam production (demo)", exact: true }).click();
    await page.getByRole("navigation", { name: "Deployment sections" }).getByRole("link", { name: "Model" }).click();
    await page
      .getByRole("navigation", { name: "Model sections" })
      .getByRole("link", { name: /^Servers/ })
      .click();
    const table = page.getByRole("table", { name: "Servers" });
    await expect(page.getByText("Showing 1–15 of 15 servers")).toBeVisible();

    await page.getByLabel("Search by FQDN").fill("FE0");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\?q=FE0/);
    await expect(page.getByText("Showing 1–4 of 4 servers")).toBeVisible();
    await expect(table.getByRole("link")).toHaveText([
      "fabfe01.fabrikam.com",
      "fabfe02.fabrikam.com",
      "fabfe03.fabrikam.com",
      "fabfe04.fabrikam.com",
    ]);

    await page.getByLabel("Search by FQDN").fill("");
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Back-end SQL Server" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(table.getByRole("link")).toHaveText(["fabsql01.fabrikam.com", "fabsqldr01.fabrikam.com"]);

    // Both together; edge roles are matched exactly (Web Conferencing is not Web Conferencing Edge).
    await page.getByLabel("Search by FQDN").fill("edge01");
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Web Conferencing Edge" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(table.getByRole("link")).toHaveText(["fabedge01.fabrikam.com"]);
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Web Conferencing" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("heading", { name: "No servers match" })).toBeVisible();

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page.getByText("Showing 1–15 of 15 servers")).toBeVisible();
    await expect(page.getByLabel("Search by FQDN")).toHaveValue("");
  });
});
