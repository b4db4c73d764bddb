// The click-through (issue 24): a "simulation" of the Director runbook with every step started
// and done within a couple of minutes. Nothing it recorded is a measurement: no calibration is proposed
// (or none ticked), the run report says its steps were not performed, the runbook is not "exercised",
// and the overview's numbers do not move.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { unique } from "./fixtures";

const SCENARIO = "loss-of-server:fabdir01.fabrikam.com";

test("a 2-minute click-through of a simulation run changes no number", async ({ page, request }) => {
  const demo = JSON.parse(readFileSync(path.resolve(process.cwd(), "lib/demo/fabrikam-demo.json"), "utf8"));
  demo.name = unique("Click-through");
  const created = await request.post("/api/deployments", { data: demo });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id;

  await page.goto(`/deployments/${id}`);
  const verdictBefore = await page.getByTestId("verdict-line").innerText();
  const rpoBefore = await page.getByTestId("rpo-summary").innerText();
  expect(verdictBefore).toMatch(/resilience score \d+\/100/);

  // Start a simulation of the Director runbook and click through every step.
  await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent(SCENARIO)}`);
  await page.getByLabel("an exercise").check();
  await page.getByLabel("Exercise type").selectOption("simulation");
  await page.getByRole("button", { name: "Start a run" }).click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/);
  const runUrl = page.url();
  const steps = page.locator("li[data-state]");
  const total = await steps.count();
  expect(total).toBe(11);
  for (let done = 0; done < total; done++) {
    const next = page
      .locator('li[data-state="pending"]')
      .filter({ has: page.getByRole("button", { name: "Start", exact: true }) })
      .first();
    await next.getByRole("button", { name: "Start", exact: true }).click();
    const started = page.locator('li[data-state="started"]').first();
    await started.getByRole("button", { name: "Done", exact: true }).click();
    await expect(page.locator('li[data-state="done"]')).toHaveCount(done + 1);
  }
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Finish run" }).click();
  await expect(page.getByText(/finished by Pat Planner/)).toBeVisible();

  // The report says at the top that the steps were not performed.
  await page.goto(`${runUrl}/report`);
  const performance = page.getByTestId("run-performance");
  await expect(performance).toHaveAttribute("data-performed", "false");
  await expect(performance).toContainText("its steps were not performed");

  // No calibration from it: proposals absent (or, if any, none ticked), its steps listed as left out.
  await page.goto(`/deployments/${id}/drills`);
  const table = page.getByTestId("calibration-table");
  if ((await table.count()) > 0) await expect(table.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await expect(page.getByTestId("calibration")).toContainText("its steps were not performed");

  // The runbook is not exercised by it, and the overview's numbers are as they were.
  await page.goto(`/deployments/${id}/exercises`);
  await expect(page.locator(`tr[data-scenario="${SCENARIO}"]`)).toContainText("Never exercised");
  await page.goto(`/deployments/${id}`);
  await expect(page.getByTestId("verdict-line")).toHaveText(verdictBefore);
  expect(await page.getByTestId("rpo-summary").innerText()).toBe(rpoBefore);
});
