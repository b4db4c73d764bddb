import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { importExample, readExample, unique } from "./fixtures";

// The Enterprise example without database backups: front ends stay protected (their settings are
// exported), the Archiving and Monitoring Servers become partly protected, the back end unprotected.
// Recovery targets are relaxed so that only backup protection colours the servers here.
const noDatabaseBackups = (d: Record<string, unknown>) => {
  (d.backup as { databaseFrequencyHours: number }).databaseFrequencyHours = 0;
  for (const w of (d.priorities as { workloads: { rtoHours: number }[] }).workloads) w.rtoHours = 500;
};

test.describe("topology picture", () => {
  test("draws one node per server, each with its protection status, and a legend in words", async ({ page, request }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Topology"), noDatabaseBackups);
    await page.goto(`/deployments/${id}`);
    await page.getByRole("navigation", { name: "Deployment sections" }).getByRole("link", { name: "Topology" }).click();
    await expect(page).toHaveURL(`/deployments/${id}/topology`);
    await expect(page.getByRole("heading", { name: "Topology", level: 1 })).toBeVisible();

    const diagram = page.getByTestId("topology-diagram");
    const servers = readExample("litware-enterprise-consolidated.json").servers as { fqdn: string }[];
    await expect(diagram.locator('a[data-kind="server"]')).toHaveCount(servers.length);
    for (const s of servers)
      await expect(diagram.getByRole("link", { name: new RegExp(`^${s.fqdn.replace(/\./g, "\\.")}, `) })).toHaveCount(1);

    await expect(diagram.getByRole("link", { name: "ocspool1server1.litware.com, Front end, protected" })).toBeVisible();
    await expect(diagram.getByRole("link", { name: "arch1.litware.com, Archiving, partly protected" })).toBeVisible();
    await expect(diagram.getByRole("link", { name: "sql01.litware.com, Back-end SQL Server, unprotected" })).toBeVisible();
    await expect(diagram.getByRole("link", { name: "rp01.litware.com, Reverse proxy, unprotected" })).toBeVisible();
    await expect(diagram.locator('[data-id="server:sql01.litware.com"]')).toHaveAttribute("data-status", "unprotected");

    // Containers: the site, its two networks and the pool.
    await expect(diagram.getByRole("group", { name: /^Redmond, central site/ })).toBeVisible();
    await expect(diagram.getByRole("group", { name: /^Perimeter network/ })).toBeVisible();
    await expect(diagram.getByRole("group", { name: /^Pool ocspool1, / })).toBeVisible();

    const legend = page.getByTestId("topology-legend");
    for (const word of ["protected", "partly protected", "unprotected", "nothing to back up"])
      await expect(legend.getByText(word, { exact: true })).toBeVisible();
    await expect(legend.locator('[data-status="partly"]')).toContainText("2");

    // The text alternative lists what is not fully protected, with what is missing.
    const atRisk = page.getByTestId("at-risk");
    await expect(atRisk.getByRole("row", { name: /sql01\.litware\.com/ })).toContainText("RTC on sql01.litware.com");
    await expect(atRisk.getByRole("row", { name: /Reverse proxy rp01\.litware\.com/ })).toBeVisible();
  });

  test("colours servers by recoverability too: a backed-up front end whose Enterprise Voice comes back in 20.84 h against 4 h is red", async ({
    page,
    request,
  }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Topology recoverability"));
    await page.goto(`/deployments/${id}/topology`);
    const diagram = page.getByTestId("topology-diagram");
    await expect(diagram.locator('[data-id="server:ocspool1server1.litware.com"]')).toHaveAttribute("data-status", "unprotected");
    await expect(diagram.locator('[data-id="server:mon1.litware.com"]')).toHaveAttribute("data-status", "protected");
    await expect(diagram.locator('[data-id="server:arch1.litware.com"]')).toHaveAttribute("data-status", "partly");
    const legend = page.getByTestId("topology-legend");
    // The legend counts the same statuses the picture draws.
    for (const status of ["protected", "partly", "unprotected", "not-applicable"]) {
      const drawn = await diagram.locator(`a[data-kind="server"][data-status="${status}"]`).count();
      await expect(legend.locator(`[data-status="${status}"]`)).toContainText(String(drawn));
    }
    await expect(legend.locator('[data-status="unprotected"]')).toContainText("6");
    await expect(page.getByTestId("at-risk").getByRole("row", { name: /ocspool1server1\.litware\.com/ })).toContainText(
      "Enterprise Voice back after 20.84 h in its worst case, target 4 h",
    );
  });

  test("clicking a server node opens that server in the model editor; Enter on a focused node too", async ({ page, request }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Topology click"));
    await page.goto(`/deployments/${id}/topology`);
    const diagram = page.getByTestId("topology-diagram");
    await diagram.getByRole("link", { name: /^dir1\.litware\.com, Director, / }).click();
    await expect(page).toHaveURL(`/deployments/${id}/model/servers/dir1.litware.com`);
    await expect(page.getByRole("heading", { name: "dir1.litware.com", level: 1 })).toBeVisible();

    await page.goBack();
    const node = page.getByTestId("topology-diagram").getByRole("link", { name: /^mon1\.litware\.com, Monitoring, / });
    await node.focus();
    await expect(node).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/deployments/${id}/model/servers/mon1.litware.com`);
  });

  test("a pool of more than 30 servers is drawn as one summary node with counts", async ({ page, request }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Topology large"), (d) => {
      const servers = d.servers as { fqdn: string; site: string; pool?: string; roles: string[] }[];
      for (let i = 0; i < 35; i++) servers.push({ fqdn: `fe${i}.litware.com`, site: "Redmond", pool: "ocspool1", roles: ["front-end"] });
      for (const w of (d.priorities as { workloads: { rtoHours: number }[] }).workloads) w.rtoHours = 500; // backup protection only
    });
    await page.goto(`/deployments/${id}/topology`);
    const diagram = page.getByTestId("topology-diagram");
    await expect(diagram.getByRole("link", { name: "Pool ocspool1: 37 servers, 37 protected" })).toBeVisible();
    await expect(diagram.locator('a[data-kind="server"]')).toHaveCount(6);
    await expect(page.getByRole("note")).toContainText("37 servers in all");
  });

  test("has no serious or critical accessibility violations", async ({ page, request }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Topology a11y"));
    await page.goto(`/deployments/${id}/topology`);
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
});
