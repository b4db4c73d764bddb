// Two planners in two browsers (separate sign-ins) edit different forms of one deployment on the
// default server. Every form carries the version it was rendered from, so whichever saves second is
// refused, keeps what was typed, and can reload and reapply; nothing of the first save is lost.
import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";
import { alertBox, savedBox } from "./model-helpers";
import { storageStateOf } from "./users";

test("two planners editing different forms of one deployment: the later save is refused, then reapplied", async ({
  browser,
  baseURL,
  request,
}) => {
  const id = await importExample(request, "litware-standard.json", unique("E2E concurrent"));
  const base = `/deployments/${id}/model`;
  const stored = async () => {
    const response = await request.get(`/api/deployments/${id}`);
    expect(response.status()).toBe(200);
    return { version: Number(response.headers()["x-deployment-version"]), d: await response.json() };
  };
  const spareOf = (d: { servers: { fqdn: string; spareHardware?: boolean }[] }) =>
    d.servers.find((s) => s.fqdn === "med1.litware.com")?.spareHardware ?? false;

  const [first, second] = await Promise.all([
    browser.newContext({ baseURL, storageState: storageStateOf("planner") }),
    browser.newContext({ baseURL, storageState: storageStateOf("planner") }),
  ]);
  const serverPage = await first.newPage();
  const backupPage = await second.newPage();
  await Promise.all([serverPage.goto(`${base}/servers/med1.litware.com`), backupPage.goto(`${base}/backup`)]);
  const spare = serverPage.getByLabel("Spare hardware on hand");
  const interval = backupPage.getByLabel("Database backup interval");
  await expect(spare).not.toBeChecked();
  await expect(interval).toHaveValue("24");

  // The first planner saves a server.
  await spare.check();
  await serverPage.getByRole("button", { name: "Save server" }).click();
  await expect(savedBox(serverPage)).toBeVisible();

  // The second, on another form of the same deployment, is refused and keeps the typed value.
  await interval.fill("12");
  await backupPage.getByRole("button", { name: "Save backup practice" }).click();
  const refusal = alertBox(backupPage, "Someone else saved this deployment meanwhile");
  await expect(refusal).toContainText("it is now at version 2");
  await expect(interval).toHaveValue("12");
  let now = await stored();
  expect(now.version).toBe(2);
  expect(spareOf(now.d)).toBe(true);
  expect(now.d.backup.databaseFrequencyHours).toBe(24);

  // Reload, reapply: saved on top of the first planner's change.
  await refusal.getByRole("link", { name: "Reload" }).click();
  await expect(interval).toHaveValue("24");
  await interval.fill("12");
  await backupPage.getByRole("button", { name: "Save backup practice" }).click();
  await expect(savedBox(backupPage)).toBeVisible();
  now = await stored();
  expect(now.version).toBe(3);
  expect(spareOf(now.d)).toBe(true);
  expect(now.d.backup.databaseFrequencyHours).toBe(12);

  // A second save from the same page, without reloading, is based on the version the first one made.
  await backupPage.getByLabel("Full copies kept").fill("21");
  await backupPage.getByRole("button", { name: "Save backup practice" }).click();
  await expect.poll(async () => (await stored()).d.backup.retentionCopies).toBe(21);
  await expect(alertBox(backupPage, "Someone else saved")).toHaveCount(0);
  now = await stored();
  expect(now.version).toBe(4);
  expect(now.d.backup.databaseFrequencyHours).toBe(12);

  // The first planner's page is now the stale one: its next save is refused in turn.
  await spare.uncheck();
  await serverPage.getByRole("button", { name: "Save server" }).click();
  await expect(alertBox(serverPage, "Someone else saved this deployment meanwhile")).toContainText("it is now at version 4");
  await expect(spare).not.toBeChecked();
  now = await stored();
  expect(now.version).toBe(4);
  expect(spareOf(now.d)).toBe(true);
  await Promise.all([first.close(), second.close()]);
});
