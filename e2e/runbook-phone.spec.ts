import { expect, test } from "@playwright/test";
import { storageStateOf } from "./users";
import { demoId } from "./fixtures";

// At 3 am the runbook may be read on a phone: the longest one (the demo's site loss) must fit a
// 390 px wide screen without sideways scrolling, long commands wrapping inside their own block.
test("the site-loss runbook fits a 390 px phone screen: no sideways scrolling, commands wrap in their block", async ({
  browser,
  baseURL,
  request,
}) => {
  const id = await demoId(request);
  const phone = await browser.newContext({ baseURL, storageState: storageStateOf("planner"), viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-site:Redmond")}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Redmond");
  const commands = page.getByTestId("command");
  expect(await commands.count()).toBeGreaterThan(10);

  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(390);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  // Every command block stays inside the screen and shows its whole text (no hidden overflow to scroll to).
  const blocks = await commands.evaluateAll((els) =>
    els.map((e) => ({ right: e.getBoundingClientRect().right, overflow: e.scrollWidth - e.clientWidth, text: e.textContent })),
  );
  for (const b of blocks) {
    expect(b.right, b.text ?? "").toBeLessThanOrEqual(390);
    expect(b.overflow, b.text ?? "").toBeLessThanOrEqual(0);
  }
  // The text of a wrapped command is still the command: what the copy button copies.
  const restore = commands.filter({ hasText: "RESTORE DATABASE" }).first();
  await expect(restore).toHaveText(
    /^sqlcmd -S \S+ -E -b -Q "IF DB_ID\(N'\w+'\) IS NOT NULL ALTER DATABASE \[\w+\] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE \[\w+\] FROM DISK = N'<backup destination>\\databases\\[^']+\.bak' WITH REPLACE; ALTER DATABASE \[\w+\] SET MULTI_USER"$/,
  );
  await restore.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("runbook-phone.png"), fullPage: false });
  await phone.close();
});
