import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const examples = path.resolve(process.cwd(), "../shared/examples");
const example = path.join(examples, "litware-enterprise-consolidated.json");

test("import an example: preview, confirm, then export it back", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("Deployment file").setInputFiles(example);
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Litware headquarters (Enterprise, consolidated)");
  await expect(preview).toContainText("8 servers");
  await expect(preview).toContainText("ocspool1");
  await preview.getByRole("button", { name: /^Import/ }).click();
  await expect(page).toHaveURL(/\/deployments\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Litware headquarters (Enterprise, consolidated)" })).toBeVisible();

  const id = page.url().split("/").pop();
  const response = await page.request.get(`/api/deployments/${id}?download=1`);
  expect(response.headers()["content-disposition"]).toContain("attachment");
  expect(await response.json()).toEqual(JSON.parse(readFileSync(example, "utf8")));
});

test("a bad file lists each problem with its JSON path and stores nothing", async ({ page }) => {
  const bad = JSON.parse(readFileSync(example, "utf8"));
  bad.servers[3].roles = ["director", "directr"];
  bad.backup.colour = "blue";
  bad.name = `Bad file ${Date.now()}`;
  await page.goto("/import");
  await page
    .getByLabel("Deployment file")
    .setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("bad.json cannot be imported");
  await expect(errors).toContainText("servers[3].roles[1]");
  await expect(errors).toContainText('backup.colour unknown field "colour"');
  await expect(page.getByTestId("import-preview")).toHaveCount(0);
  const stored = await (await page.request.get("/api/deployments")).json();
  expect(stored.deployments.map((d: { name: string }) => d.name)).not.toContain(bad.name);
});

test("malformed JSON gets a clear message, not a stack trace", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("File content").fill('{ "format": "ocs-backup-plan/v1", ');
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-errors")).toContainText("malformed JSON");
  await expect(page.locator("body")).not.toContainText("at Object.");
});
