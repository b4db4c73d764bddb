import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { demoId } from "./fixtures";

const print = (id: string, scenario: string) => `/deployments/${id}/runbooks/${encodeURIComponent(scenario)}/print`;
const minutes = (t: string) => {
  const m = /^T\+(\d+):(\d\d)$/.exec(t);
  if (!m) throw new Error(`not a T+ time: ${t}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

test("the printed site-loss runbook lists steps in number order with rising T+ times, who does each, and a draft mark", async ({
  page,
  request,
}) => {
  const id = await demoId(request);
  await page.goto(print(id, "loss-of-site:Redmond"));
  await expect(page.getByTestId("draft-mark").first()).toContainText(
    /DRAFT: plan version \d+ \(deployment version \d+, assumptions version \d+\), not approved/,
  );
  await expect(page.getByTestId("version-line")).toContainText("(draft, not approved)");
  await expect(page.getByTestId("runbook-opening")).toContainText("Backups and exports");

  const main = page.locator("section[aria-labelledby='sec-0']");
  const numbers = (await main.getByTestId("step-number").allTextContents()).map(Number);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  const starts = (await main.getByTestId("step-start").allTextContents()).map(minutes);
  expect(starts.length).toBe(numbers.length);
  for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
  for (const who of await main.getByTestId("step-who").allTextContents()) expect(who).toMatch(/^(admin \d|runs by itself)$/);

  // Moving the users comes right after the standby pool answers, hours before the rebuilds end (T+3:00
  // since issue 25: steps go to whichever administrator is free, so the move no longer waits for a lane).
  const move = main.getByTestId("print-step").filter({ hasText: "Move the users of fabpool01 to fabpooldr" });
  await expect(move.getByTestId("step-start")).toHaveText("T+3:00");
  // The Edge next hop waits for an Edge server to exist, and says which.
  const nextHop = main.getByTestId("print-step").filter({ hasText: "Point the Edge next hop at fabpooldr" });
  await expect(nextHop).toContainText("fabedge01.fabrikam.com");

  // Commands wrap between tokens only.
  const command = main.getByTestId("step-command").first();
  await expect(command).toHaveCSS("word-break", "normal");
  await expect(command.locator("span.whitespace-pre").first()).toHaveCSS("white-space", "pre");

  // The failback runbook follows the main steps.
  await expect(page.getByRole("heading", { name: /Failback: bring the users home to fabpool01/ })).toBeVisible();
});

test("the PDF and Markdown of an unapproved runbook carry the draft mark and T+ times", async ({ page, request }) => {
  const id = await demoId(request);
  const pdf = await request.get(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-pool:fabpool01")}/pdf`);
  expect(pdf.ok()).toBe(true);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  expect(text).toMatch(/DRAFT: plan version \d+ \(deployment version \d+, assumptions version \d+\)/);
  expect(text).toMatch(/T\+0:00 · 60 min · admin 1/);
  expect(text).toContain("Move the users of fabpool01 to fabpooldr");

  const md = await (await request.get(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-pool:fabpool01")}/markdown`)).text();
  expect(md).toMatch(/\*\*DRAFT: plan version \d+ \(deployment version \d+, assumptions version \d+\), not approved\*\*/);
  expect(md).toMatch(/\n1\. \[ \] \*\*Assess the loss of pool fabpool01\*\* · T\+0:00 · 60 min · admin 1/);

  await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-pool:fabpool01")}`);
  await expect(page.getByTestId("phase-heading").first()).toContainText("Assess the loss: Decide what was lost");
  await expect(page.getByTestId("step-start").first()).toHaveText("T+0:00");
});
