// The backup job pack: downloaded as a zip from the backup plan page (and the checklist, by a viewer),
// unzipped, and its files listed; the model editor's destination field feeds it.
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";
import { importExample, unique } from "./fixtures";
import { savedBox } from "./model-helpers";
import { storageStateOf } from "./users";

async function downloadZip(page: Page, link: string) {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const file = await download;
  return { name: file.suggestedFilename(), files: unzipSync(readFileSync(await file.path())) };
}

test("the backup plan page downloads the job pack as a zip holding every job file", async ({ page, request }) => {
  const name = unique("Job pack");
  const id = await importExample(request, "extension-1/litware-enterprise-destinations.json", name);
  await page.goto(`/deployments/${id}/plan`);
  await expect(page.getByTestId("settings-exports")).toContainText(
    '/configfile:"\\\\backup01\\ocs\\settings\\ocspool1-global-pool-%STAMP%.xml"',
  );
  const { name: zipName, files } = await downloadZip(page, "Download backup jobs (zip)");
  expect(zipName).toMatch(/^job-pack-.*-backup-jobs\.zip$/);
  const folder = zipName.replace(/\.zip$/, "");
  const listed = Object.keys(files).map((f) => f.slice(folder.length + 1));
  expect(listed).toEqual([
    "README.txt",
    "install-schedule.cmd",
    "sql01.litware.com-databases.sql",
    "sql01.litware.com-agent-job.sql",
    "arch1.litware.com-databases.sql",
    "arch1.litware.com-agent-job.sql",
    "mon1.litware.com-databases.sql",
    "mon1.litware.com-agent-job.sql",
    "fs01-shares.cmd",
    "ocspool1server1.litware.com-settings-export.cmd",
    "ocspool1server2.litware.com-settings-export.cmd",
    "dir1.litware.com-settings-export.cmd",
    "arch1.litware.com-settings-export.cmd",
    "mon1.litware.com-settings-export.cmd",
    "med1.litware.com-settings-export.cmd",
    "edge1.litware.com-settings-export.cmd",
    "edge1.litware.com-install-local.cmd",
    "ocspool1server1.litware.com-iis-config.cmd",
    "ocspool1server2.litware.com-iis-config.cmd",
    "retention-and-offsite.cmd",
    "collect-evidence.cmd",
  ]);
  const text = (f: string) => strFromU8(files[`${folder}/${f}`]);
  expect(text("sql01.litware.com-databases.sql")).toContain("BACKUP DATABASE [RTC] TO DISK = @file WITH CHECKSUM");
  expect(text("install-schedule.cmd")).toContain('set "DEST=\\\\backup01\\ocs"\r\n');
  expect(text("README.txt")).toMatch(/^OCS 2007 R2 backup job pack: Job pack /);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("the checklist page offers the same download; without a destination every script says it is not ready", async ({
    page,
    playwright,
  }) => {
    // The viewer cannot import; a planner's request context does it.
    const planner = await playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      storageState: storageStateOf("planner"),
    });
    const id = await importExample(planner, "litware-standard.json", unique("Job pack viewer"));
    await planner.dispose();
    await page.goto(`/deployments/${id}/checklists`);
    const { name, files } = await downloadZip(page, "Download backup jobs (zip)");
    const folder = name.replace(/\.zip$/, "");
    expect(Object.keys(files)).toContain(`${folder}/ocsse1.litware.com-databases.cmd`);
    expect(Object.keys(files)).not.toContain(`${folder}/ocsse1.litware.com-agent-job.sql`);
    expect(strFromU8(files[`${folder}/README.txt`])).toContain("NOT READY: the model names no backup destination.");
  });
});

test("the backup practice form refuses a hostile destination beside the field, and a saved one reaches the plan", async ({
  page,
  request,
}) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Destination form"));
  await page.goto(`/deployments/${id}/model/backup`);
  const destination = page.getByLabel("Backup destination");
  await destination.fill("E:\\ocs & del C:\\*");
  await page.getByRole("button", { name: "Save backup practice" }).click();
  await expect(destination).toHaveAccessibleDescription(/"&" is not allowed in a path a backup job uses/);
  await destination.fill("\\\\backup02\\ocs");
  await page.getByRole("button", { name: "Save backup practice" }).click();
  await expect(savedBox(page)).toBeVisible();
  await page.goto(`/deployments/${id}/plan`);
  await expect(page.getByTestId("settings-exports")).toContainText("\\\\backup02\\ocs\\settings\\");
});
