// Backup evidence as a planner meets it (issue 15): upload a file in the browser (check, then store),
// see a stale item among the gaps, and give a scheduled task an upload token that can do nothing else.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";

const port = process.env.E2E_PORT || "3100";
const baseURL = `http://127.0.0.1:${port}`;
const HEADER = "kind,server,item,finishedAt,sizeBytes,result";
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join("\r\n") + "\r\n");

test("an uploaded evidence file turns a stale backup into a gap", async ({ page, request }) => {
  const id = await importExample(request, "litware-enterprise-consolidated.json", unique("Evidence"));

  // Before any evidence the gaps page says nothing about real runs.
  await page.goto(`/deployments/${id}/gaps`);
  await expect(page.getByTestId("gap-list")).toBeVisible();
  await expect(page.getByText(/The last good backup of RTCCDR/)).toHaveCount(0);

  await page.goto(`/deployments/${id}/evidence`);
  await expect(page.getByRole("heading", { name: "Backup evidence" })).toBeVisible();
  await expect(page.getByText("No evidence yet")).toBeVisible();

  // A bad file: every problem names its line and column, and nothing is stored.
  await page
    .getByLabel("Evidence file (CSV)")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: csv("database,sql01.litware.com,RTC,2026-11-28 01:42,,ok") });
  await page.getByRole("button", { name: "Check the file" }).click();
  const errors = page.getByTestId("evidence-errors");
  await expect(errors).toContainText("line 2, column 4 (finishedAt)");
  await expect(errors).toContainText("has no time zone");

  // RTC backed up last night; RTCCDR's last good backup is four days old (three nightly runs missed).
  const file = csv(
    `database,sql01.litware.com,RTC,${hoursAgo(3)},12884901888,ok`,
    `database,mon1.litware.com,RTCCDR,${hoursAgo(4 * 24)},,ok`,
    `database,mon1.litware.com,RTCCDR,${hoursAgo(2 * 24)},,failed`,
    `database,sql09.litware.com,RTC,${hoursAgo(3)},,ok`,
  );
  await page.getByLabel("Evidence file (CSV)").setInputFiles({ name: "evidence.csv", mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByTestId("evidence-preview");
  await expect(preview).toContainText("Nothing is stored yet");
  await expect(page.getByTestId("evidence-warnings")).toContainText(
    "line 5, column 2 (server): the deployment has no server sql09.litware.com",
  );
  await expect(preview.locator('tr[data-item="RTCCDR"]')).toHaveAttribute("data-status", "stale");
  await expect(preview.locator('tr[data-item="RTC"]')).toHaveAttribute("data-status", "ok");
  await expect(page.getByTestId("upload-list")).toHaveCount(0);

  await preview.getByRole("button", { name: "Store this evidence" }).click();
  await expect(page.getByTestId("evidence-stored")).toContainText("Stored evidence.csv: 4 runs, 1 warning");
  const now = page.locator("section", { has: page.getByRole("heading", { name: /^Now/ }) });
  await expect(now.locator('tr[data-item="RTCCDR"]')).toHaveAttribute("data-status", "stale");
  // Its last run failed: the page says failed, not missed.
  await expect(now.locator('tr[data-item="RTCCDR"]')).toContainText("Stale: 1 run failed since the last good backup");
  await expect(page.getByTestId("evidence-status")).toContainText("Not all items within target");
  await expect(page.getByTestId("upload-list")).toContainText("evidence.csv");
  await expect(page.getByRole("heading", { name: "The last 90 days" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Worst data loss allowed over the last 90 days/ })).toBeVisible();
  // The upload and now: RTCCDR is stale at both, a critical gap, so neither point is protected.
  await expect(
    page.getByRole("img", { name: "Verdict over the last 90 days: 2 points not protected, 0 at risk, 0 protected" }),
  ).toBeVisible();

  // The stale item is now a gap, citing P2, B1 and B10.
  await page.goto(`/deployments/${id}/gaps`);
  await expect(page.getByTestId("gaps-with-evidence")).toBeVisible();
  const gap = page.getByTestId("gap-list").locator("li", { hasText: "The last good backup of RTCCDR on mon1.litware.com" });
  await expect(gap).toHaveAttribute("data-severity", "critical");
  await expect(gap).toContainText("1 run failed since");
  for (const rule of ["P2", "B1", "B10"]) await expect(gap.getByText(rule, { exact: true })).toBeVisible();
  await expect(page.getByTestId("gap-list")).not.toContainText("The last good backup of RTC on sql01.litware.com");

  // The audit log records the upload.
  await page.goto("/audit");
  await expect(page.getByText("evidence:upload").first()).toBeVisible();
});

test("an upload token uploads for its own deployment only, reads nothing, and stops when revoked", async ({ page, request }) => {
  const id = await importExample(request, "litware-standard.json", unique("Token"));
  const other = await importExample(request, "litware-standard.json", unique("Other"));

  await page.goto(`/deployments/${id}/evidence`);
  await page.getByLabel("Token name").fill("sql01 nightly task");
  await page.getByRole("button", { name: "Create upload token" }).click();
  const value = page.getByTestId("token-value");
  await expect(value).toHaveText(/^ocsev_/);
  const token = (await value.innerText()).trim();
  await expect(page.getByTestId("new-token")).toContainText("shown only this once");
  await expect(page.getByTestId("token-list")).toContainText("sql01 nightly task");

  const task = await playwrightRequest.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  try {
    const body = csv(`database,ocsse1.litware.com,RTC,${hoursAgo(2)},,ok`).toString();
    const uploaded = await task.post(`/api/deployments/${id}/evidence?name=nightly.csv`, {
      data: body,
      headers: { "content-type": "text/csv" },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    expect(await uploaded.json()).toMatchObject({ rows: 1, goodRuns: 1, failedRuns: 0, warnings: [] });

    const bad = await task.post(`/api/deployments/${id}/evidence`, { data: "kind,server\n", headers: { "content-type": "text/csv" } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).errors[0]).toMatchObject({ line: 1, column: 3, field: "item" });

    // Nothing else opens to it: not another deployment, not a read, not the preview.
    expect((await task.post(`/api/deployments/${other}/evidence`, { data: body, headers: { "content-type": "text/csv" } })).status()).toBe(
      403,
    );
    expect((await task.get(`/api/deployments/${id}`)).status()).toBe(401);
    expect((await task.get(`/api/deployments/${id}/plan`)).status()).toBe(401);
    expect((await task.get(`/api/deployments`)).status()).toBe(401);
    expect(
      (await task.post(`/api/deployments/${id}/evidence/preview`, { data: body, headers: { "content-type": "text/csv" } })).status(),
    ).toBe(401);

    await page.reload();
    await expect(page.getByTestId("upload-list")).toContainText("nightly.csv");
    await expect(page.getByTestId("upload-list")).toContainText('upload token "sql01 nightly task"');

    await page.getByRole("button", { name: "Revoke token sql01 nightly task" }).click();
    await expect(page.getByTestId("token-list").locator('tr[data-revoked="true"]')).toContainText("sql01 nightly task");
    const refused = await task.post(`/api/deployments/${id}/evidence`, { data: body, headers: { "content-type": "text/csv" } });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({ error: "this upload token has been revoked" });
  } finally {
    await task.dispose();
  }

  await page.goto("/audit");
  await expect(page.getByText("evidence:token-refused").first()).toBeVisible();
});

test("an evidence upload over the size limit is refused with 413 and stores nothing; one under it arrives whole", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const id = await importExample(request, "litware-standard.json", unique("Too large"));
  // A valid file padded past 16 MB: the limit, not the content, refuses it.
  const row = `database,ocsse1.litware.com,RTC,${hoursAgo(2)},,ok`;
  const body = Buffer.from(
    [HEADER, ...Array.from({ length: Math.ceil((16 * 1024 * 1024) / row.length) + 10 }, () => row)].join("\r\n") + "\r\n",
  );
  expect(body.byteLength).toBeGreaterThan(16 * 1024 * 1024);
  const huge = await request.post(`/api/deployments/${id}/evidence?name=huge.csv`, { data: body, headers: { "content-type": "text/csv" } });
  expect(huge.status()).toBe(413);
  expect(await huge.json()).toEqual({ error: "the body is larger than the 16 MB limit" });

  await page.goto(`/deployments/${id}/evidence`);
  await expect(page.getByText("No evidence yet")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Uploads (0)" })).toBeVisible();
  await page.goto("/audit");
  await expect(page.getByText(`huge.csv`)).toHaveCount(0);

  // 12 MB: under the limit, over the 10 MB at which Next cuts a body passing proxy.ts unless configured (next.config.ts): every row arrives.
  const count = Math.ceil((12 * 1024 * 1024) / (row.length + 2));
  const large = Buffer.from([HEADER, ...Array.from({ length: count }, () => row)].join("\r\n") + "\r\n");
  expect(large.byteLength).toBeGreaterThan(12 * 1024 * 1024);
  const stored = await request.post(`/api/deployments/${id}/evidence?name=large.csv`, {
    data: large,
    headers: { "content-type": "text/csv" },
    timeout: 150_000,
  });
  expect(stored.status(), await stored.text()).toBe(201);
  expect(await stored.json()).toMatchObject({ rows: count, goodRuns: count });
});
