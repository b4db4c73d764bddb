import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { importExample, unique } from "./fixtures";

async function approve(page: Page, note: string, expected: string) {
  await page.getByLabel("Note (required)").fill(note);
  await page.getByRole("button", { name: /Approve this plan/ }).click();
  await expect(page.getByRole("status").filter({ hasText: expected })).toBeVisible();
}

async function noSeriousViolations(page: Page) {
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
}

test("approve two versions, compare them, and print a runbook of the first", async ({ page, request }) => {
  const name = unique("Versions");
  const id = await importExample(request, "litware-standard.json", name);

  await page.goto(`/deployments/${id}/versions`);
  await expect(page.getByRole("heading", { name: "Plan versions", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Versions", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Approved by Pat Planner")).toBeVisible();
  // The note is required.
  await page.getByRole("button", { name: /Approve this plan/ }).click();
  await expect(page.getByTestId("versions")).toHaveCount(0);
  await approve(page, "First review with the messaging team", "Approved as version 1.");
  await expect(page.getByTestId("versions")).toContainText("First review with the messaging team");

  // Change the deployment through the API: one more server, and restores are now tested.
  const current = await (await request.get(`/api/deployments/${id}`)).json();
  current.servers.push({ fqdn: "arch2.litware.com", site: "Redmond", roles: ["archiving"] });
  current.backup.restoreTested = true;
  const put = await request.put(`/api/deployments/${id}`, { data: current, headers: { "If-Match": "1" } });
  expect(put.status(), await put.text()).toBe(200);

  await page.reload();
  await approve(page, "Added arch2 after the restore test", "Approved as version 2.");
  const rows = page.getByTestId("versions").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("Version 2");
  await expect(rows.nth(1)).toContainText("Pat Planner");

  await page.getByLabel("From version").selectOption("1");
  await page.getByLabel("To version").selectOption("2");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/a=1&b=2/);
  const diff = page.getByTestId("version-diff");
  await expect(diff.getByTestId("server-changes")).toContainText("Added arch2.litware.com");
  await expect(diff.getByTestId("gap-changes")).toContainText("Closed");
  await noSeriousViolations(page);

  // Version 1's runbooks, as approved.
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Approved version 1", level: 1 })).toBeVisible();
  await noSeriousViolations(page);
  await page.getByTestId("version-scenarios").getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/deployments/${id}/versions/1/runbooks/[^/]+/print$`));
  await expect(page.getByTestId("approved-version")).toHaveText("Approved version 1");
  await expect(page.locator("article")).toContainText("by Pat Planner");
  await noSeriousViolations(page);

  // The approvals are in the audit log.
  await page.goto(`/audit?deployment=${id}`);
  await expect(page.getByTestId("audit-log")).toContainText("approve");
  await expect(page.getByTestId("audit-log")).toContainText("api:put");
});

test("a change of the assumptions makes a new plan version: printed as a draft until approved, then approved", async ({
  page,
  request,
}) => {
  const id = await importExample(request, "litware-standard.json", unique("Plan version"));
  const scenario = encodeURIComponent("loss-of-server:med1.litware.com");
  await page.goto(`/deployments/${id}/versions`);
  await approve(page, "Reviewed with the default assumptions", "Approved as version 1.");
  await page.goto(`/deployments/${id}/runbooks/${scenario}/print`);
  await expect(page.getByTestId("version-line")).toHaveText("Approved plan version 1 (deployment version 1, assumptions version 0)");

  // The deployment does not change; its assumptions do.
  await page.goto(`/deployments/${id}/assumptions`);
  await page.getByLabel("Assess the loss and decide").fill("90");
  await page.getByRole("button", { name: "Save assumptions" }).click();
  await expect(page.getByText("Saved: 1 value differ")).toBeVisible();

  await page.goto(`/deployments/${id}/runbooks/${scenario}/print`);
  await expect(page.getByTestId("draft-mark").first()).toHaveText(
    "DRAFT: plan version 2 (deployment version 1, assumptions version 1), not approved",
  );
  await page.goto(`/deployments/${id}/versions`);
  await expect(page.getByTestId("current-plan-version")).toContainText(
    "Plan version 2 (deployment version 1, assumptions version 1): draft",
  );
  await expect(page.getByTestId("draft-changes")).toContainText("Assess the loss and decide: 60 → 90 minutes");
  await approve(page, "The decision takes longer here", "Approved as version 2.");
  await page.goto(`/deployments/${id}/runbooks/${scenario}/print`);
  await expect(page.getByTestId("draft-mark")).toHaveCount(0);
  await expect(page.getByTestId("version-line")).toHaveText("Approved plan version 2 (deployment version 1, assumptions version 1)");
});
