import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { readFileSync } from "node:fs";
import { importExample, unique } from "./fixtures";

test("open a runbook, print it, and download it as PDF and Markdown", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Runbook"));
  await page.goto(`/deployments/${id}/runbooks`);
  await page
    .getByRole("link", { name: /Loss of the back end of ocspool1|back end.*ocspool1|ocspool1.*back end/i })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ocspool1");
  const steps = page.getByTestId("runbook-steps").first();
  await expect(steps.locator("li").first()).toBeVisible();

  await page.getByRole("link", { name: "Printable runbook" }).click();
  await expect(page.getByRole("heading", { name: "Contents" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  const pdfDownload = page.waitForEvent("download");
  await page.goBack();
  await page.getByRole("link", { name: "Download PDF" }).click();
  const pdfPath = await (await pdfDownload).path();
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  expect(totalPages).toBeGreaterThanOrEqual(3);
  expect(text).toContain("ocspool1");
  expect(text).toMatch(/lcscmd \/config \/action:import \/level:pool/);
  expect(text).toContain("Sign-off");

  const mdDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Markdown" }).click();
  const md = readFileSync(await (await mdDownload).path(), "utf8");
  expect(md).toMatch(/^# /);
  expect(md).toContain("1. [ ] **");
});

test("the browser's print of a runbook gives a multi-page PDF with the title and a command", async ({ page, request }) => {
  const id = await importExample(request, "litware-standard.json", unique("Print"));
  await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-standard-edition:ocsse1")}/print`);
  await page.emulateMedia({ media: "print" });
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: "A4", printBackground: true })));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  expect(totalPages).toBeGreaterThanOrEqual(3);
  expect(text).toContain("ocsse1");
  expect(text).toMatch(/lcscmd \/config \/action:import/);
  expect(text).not.toContain("New deployment");
});
