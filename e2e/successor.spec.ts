import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demoId, importExample, unique } from "./fixtures";

test("the Successor page: pick a target, read the migration runbook, the recovery comparison and the refusal", async ({
  page,
  request,
}) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Successor"));
  await page.goto(`/deployments/${id}`);
  await page.getByRole("navigation", { name: "Deployment sections" }).getByRole("link", { name: "Successor" }).click();
  await expect(page).toHaveURL(new RegExp(`/deployments/${id}/successor$`));
  await expect(page.getByRole("heading", { name: "Successor", level: 1 })).toBeVisible();
  const targets = page.getByTestId("successor-targets");
  await expect(targets.getByRole("row", { name: /^Lync Server 2013/ })).toContainText("2023-04-11");
  await expect(targets.getByRole("row", { name: /^Skype for Business Server 2019/ })).toContainText("No supported path");

  await page.getByLabel("Target").selectOption({ label: "Lync Server 2013" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/target=lync-2013/);
  const section = page.getByTestId("successor-section");
  await expect(section.getByRole("heading", { name: "Lync Server 2013: Microsoft supports a path from this deployment" })).toBeVisible();
  await expect(page.getByTestId("successor-premigration")).toContainText(
    "Take a full backup of the whole deployment with this plan's job pack",
  );

  // The legacy cmdlets in Microsoft's order, then the pool's users.
  const commands = await section.locator('[data-testid^="successor-migration-"] [data-testid="command"]').allTextContents();
  const cmdlets = commands.map((c) => c.trim().split(" ")[0]);
  expect(cmdlets).toEqual([
    "Merge-CsLegacyTopology",
    "Import-CsLegacyConfiguration",
    "Import-CsLegacyConferenceDirectory",
    "Import-CsLegacyConfiguration",
    "Move-CsLegacyUser",
  ]);

  // The comparison: this plan's worst case against the published target plus this plan's decision time.
  const im = page.getByTestId("successor-compare").getByRole("row").filter({ hasText: "IM and presence" });
  await expect(im).toContainText("1.5 h");
  await expect(im).toContainText("better");
  await expect(page.getByTestId("successor-published")).toContainText("recovery time 30 min, data loss 30 min");
  await expect(page.getByTestId("successor-published")).toContainText("leaves out the time to decide to fail over");
  await expect(page.getByTestId("successor-backup").getByRole("row").filter({ hasText: "Central Management Store" })).toContainText(
    "Export-CsConfiguration -FileName",
  );

  // SfB 2019 is refused with its reason and offers no runbook.
  await page.getByTestId("successor-targets").getByRole("link", { name: "Skype for Business Server 2019" }).click();
  await expect(page.getByTestId("successor-reasons")).toContainText(
    "Skype for Business Server 2019 has no in-place upgrade: side by side only.",
  );
  await expect(page.getByRole("heading", { name: /^Migration runbook/ })).toHaveCount(0);

  // An unknown target is named, not a crash.
  await page.goto(`/deployments/${id}/successor?target=teams`);
  await expect(page.getByRole("alert").filter({ hasText: "teams" })).toContainText('target: "teams" is not a successor this planner knows');
});

test("the plan API adds the successor section on request and names a wrong target", async ({ request }) => {
  const id = await importExample(request, "litware-standard.json", unique("Successor API"));
  const md = await request.get(`/api/deployments/${id}/plan?format=markdown&successor=sfb-2015`);
  expect(md.status()).toBe(200);
  expect(await md.text()).toContain("## The exit: Skype for Business Server 2015 (rule M1)");
  const json = await (await request.get(`/api/deployments/${id}/plan?successor=lync-2013`)).json();
  expect(json.successor.paths).toEqual(["side-by-side"]);
  const bad = await request.get(`/api/deployments/${id}/plan?successor=teams`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: 'successor: must be one of lync-2013, sfb-2015, sfb-2019, not "teams"' });
});

test("the Successor page has no serious or critical accessibility violations", async ({ page }) => {
  const id = await demoId(page.request);
  for (const target of ["lync-2013", "sfb-2019"]) {
    const response = await page.goto(`/deployments/${id}/successor?target=${target}`);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(" | ")})`)).toEqual([]);
  }
});
