import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const example = path.resolve(process.cwd(), "../shared/examples/litware-standard.json");

async function importCopy(page: Page, name: string): Promise<string> {
  const d = JSON.parse(readFileSync(example, "utf8"));
  d.name = name;
  const response = await page.request.post("/api/deployments", { data: d });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

test("rename, duplicate as a what-if variant, and delete after confirming", async ({ page }) => {
  const name = `Manage ${Date.now()}`;
  await importCopy(page, name);
  await page.goto("/");
  const row = page.getByRole("row").filter({ hasText: name });

  await row.getByRole("button", { name: `Rename ${name}` }).click();
  await page.getByLabel(`New name for ${name}`).fill(`${name} renamed`);
  await page.getByRole("button", { name: "Save name" }).click();
  const renamed = page.getByRole("row").filter({ hasText: `${name} renamed` });
  await expect(renamed).toBeVisible();

  await renamed.getByRole("button", { name: `Duplicate ${name} renamed` }).click();
  await page.getByRole("button", { name: "Create copy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} renamed (what-if)` })).toBeVisible();

  await page.goto("/");
  const copy = page.getByRole("row").filter({ hasText: `${name} renamed (what-if)` });
  await copy.getByRole("button", { name: `Delete ${name} renamed (what-if)` }).click();
  await expect(page.getByRole("group", { name: `Confirm deleting ${name} renamed (what-if)` })).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("row").filter({ hasText: `${name} renamed (what-if)` })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: `${name} renamed` })).toHaveCount(1);
});

test("the JSON API validates and refuses stale writes", async ({ page }) => {
  const id = await importCopy(page, `API ${Date.now()}`);
  const bad = await page.request.post("/api/deployments", { data: { format: "ocs-backup-plan/v1" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toContain("sites");

  const current = await page.request.get(`/api/deployments/${id}`);
  expect(current.headers()["etag"]).toBe('"1"');
  const body = await current.json();
  const ok = await page.request.put(`/api/deployments/${id}`, { data: { ...body, name: "edited" }, headers: { "If-Match": '"1"' } });
  expect(ok.status()).toBe(200);
  const stale = await page.request.put(`/api/deployments/${id}`, { data: { ...body, name: "stale" }, headers: { "If-Match": '"1"' } });
  expect(stale.status()).toBe(409);
  expect((await (await page.request.get(`/api/deployments/${id}`)).json()).name).toBe("edited");
  // Without If-Match a client could overwrite a change it never saw: refused with 428.
  const blind = await page.request.put(`/api/deployments/${id}`, { data: { ...body, name: "blind" } });
  expect(blind.status()).toBe(428);
  expect((await blind.json()).error).toMatch(/send If-Match/);
  // A weak validator is the same version number.
  const weak = await page.request.put(`/api/deployments/${id}`, { data: { ...body, name: "weak" }, headers: { "If-Match": 'W/"2"' } });
  expect(weak.status()).toBe(200);
  expect((await (await page.request.get(`/api/deployments/${id}`)).json()).name).toBe("weak");

  const huge = await page.request.post("/api/deployments", {
    data: "x".repeat(6 * 1024 * 1024),
    headers: { "content-type": "application/json" },
  });
  expect(huge.status()).toBe(413);
});
