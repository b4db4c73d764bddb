import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";

test.describe("restore timeline", () => {
  test("shows the first scenario, switches scenarios with the selector, and marks critical steps and workloads", async ({
    page,
    request,
  }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Timeline"));
    await page.goto(`/deployments/${id}`);
    await page.getByRole("navigation", { name: "Deployment sections" }).getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(`/deployments/${id}/timeline`);

    const heading = page.getByTestId("timeline-scenario");
    const chart = page.getByTestId("gantt");
    await expect(heading).toHaveText("Loss of Active Directory");
    await expect(page.getByLabel("Scenario")).toHaveValue("loss-of-active-directory");
    await expect(chart.locator("[data-row]")).toHaveCount(25);
    await expect(chart).toHaveAttribute("role", "img");
    await expect(chart).toHaveAccessibleName("Restore timeline: Loss of Active Directory");
    await expect(chart).toHaveAccessibleDescription(
      /^25 steps over [\d.]+ h with 2 administrators; \d+ on the critical path\. Workloads back: IM and presence after/,
    );

    // The selector is grouped by kind of loss.
    await expect(page.locator('#timeline-scenario optgroup[label="Single servers"] option')).toHaveCount(7);

    await page.getByLabel("Scenario").selectOption("loss-of-server:arch1.litware.com");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/scenario=loss-of-server%3Aarch1\.litware\.com/);
    await expect(heading).toHaveText("Loss of arch1.litware.com (Archiving)");
    await expect(chart.locator("[data-row]")).toHaveCount(11);

    // Critical steps: marked in the chart and in the table.
    const criticalRows = chart.locator('[data-row][data-critical="true"]');
    await expect(criticalRows).toHaveCount(10);
    const table = page.getByTestId("timeline-steps");
    await expect(table.locator('tr[data-critical="true"]')).toHaveCount(10);
    await expect(table.locator('tr[data-critical="true"]').first()).toContainText("◆ critical");
    await expect(table.locator("tbody tr").first()).toContainText(/admin \d|waiting/);

    // Workload markers: in the chart and listed with their targets.
    await expect(chart.locator("[data-workload]")).toHaveCount(1);
    const markers = page.getByTestId("workload-markers");
    await expect(markers.getByRole("row", { name: /Archiving/ })).toContainText("24 h");
  });

  test("rows per administrator, and the runbook's Timeline link preselects its scenario", async ({ page, request }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Timeline lanes"));
    await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-pool:ocspool1")}`);
    await page.locator(`main a[href*="/timeline?scenario="]`).click();
    await expect(page.getByTestId("timeline-scenario")).toHaveText("Loss of Enterprise pool ocspool1");
    await expect(page.getByLabel("Scenario")).toHaveValue("loss-of-pool:ocspool1");

    const chart = page.getByTestId("gantt");
    await expect(chart.locator("[data-workload]")).toHaveCount(8);
    await page.getByLabel("Rows").selectOption("lanes");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(chart).toHaveAttribute("data-mode", "lanes");
    await expect(chart.locator("[data-row]").first()).toContainText("admin 1");
    await expect(chart.locator('[data-step][data-critical="true"]').first()).toBeVisible();
    // Still the pool scenario after the switch.
    await expect(page.getByTestId("timeline-scenario")).toHaveText("Loss of Enterprise pool ocspool1");
  });

  test("an unknown scenario falls back to the first one with a notice", async ({ page, request }) => {
    const id = await importExample(request, "litware-standard.json", unique("Timeline unknown"));
    await page.goto(`/deployments/${id}/timeline?scenario=nope`);
    await expect(page.getByRole("status").filter({ hasText: "No scenario" })).toContainText("showing the first one");
    await expect(page.getByTestId("gantt")).toBeVisible();
  });

  test("has no serious or critical accessibility violations", async ({ page, request }) => {
    const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Timeline a11y"));
    await page.goto(`/deployments/${id}/timeline?scenario=loss-of-pool%3Aocspool1`);
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
