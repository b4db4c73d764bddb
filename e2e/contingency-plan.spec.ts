// The contingency plan (issue 27): the preview page with NIST's headings, DOCX and PDF downloads read
// back; a live restore run escalating a step past its threshold to everyone watching, naming whom to
// tell, and the run report listing the escalation with its time.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { importExample, readExample, unique } from "./fixtures";
import { storageStateOf } from "./users";

const ORGANISATION = "extension-2/litware-enterprise-organisation.json";
// Extension 2's register fields belong to another part of the planner; the people and impact fields are tested here.
const peopleOnly = (d: Record<string, unknown>) => {
  delete d.certificates;
  delete d.dnsRecords;
  for (const s of d.sites as Record<string, unknown>[]) delete s.domainControllers;
  for (const s of d.servers as Record<string, unknown>[]) {
    delete s.os;
    delete s.sql;
  }
};

test("the contingency plan page previews the document and downloads it as DOCX and PDF", async ({ page, request }) => {
  const id = await importExample(request, ORGANISATION, unique("E2E ISCP"), peopleOnly);
  await page.goto(`/deployments/${id}/contingency-plan`);
  await expect(page.getByRole("heading", { level: 1, name: "Contingency plan" })).toBeVisible();
  await expect(page.getByTestId("iscp-draft")).toContainText("is not an approved plan version");
  for (const h of ["Plan Approval", "3 Activation and Notification", "Appendix L: Business Impact Analysis"])
    await expect(page.getByRole("heading", { level: 2, name: h, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "3.2 Notification" })).toBeVisible();
  await expect(page.getByText("Maria Lopez (ISCP director): in hours +1 425 555 0110; out of hours +1 425 555 0111")).toBeVisible();

  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download DOCX" }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.contingency-plan\.docx$/);
  const files = unzipSync(new Uint8Array(readFileSync((await docx.path())!)));
  const xml = strFromU8(files["word/document.xml"]);
  expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(xml).toContain("Appendix M: Document Change Page");
  expect(xml).toContain("<w:tbl>");

  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(pdfDownload.suggestedFilename()).toMatch(/\.contingency-plan\.pdf$/);
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync((await pdfDownload.path())!)));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  expect(totalPages).toBeGreaterThan(5);
  expect(text).toContain("3.1 Activation Criteria and Procedure");
  expect(text).toContain("DRAFT: not an approved plan version");
});

async function startTabletop(page: Page, id: string): Promise<string> {
  await page.goto(`/deployments/${id}/runbooks/${encodeURIComponent("loss-of-server:med1.litware.com")}`);
  await page.getByLabel("an exercise").check();
  await page.getByLabel("Exercise type").selectOption("tabletop");
  await page.getByRole("button", { name: "Start a run" }).click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/);
  return page.url();
}

test("a step open past its threshold is escalated to everyone watching the run, and the report lists it", async ({
  browser,
  baseURL,
  page,
  request,
}) => {
  const id = await importExample(request, "litware-standard.json", unique("E2E escalation"), (d) => {
    const organisation = readExample(ORGANISATION);
    d.contacts = organisation.contacts;
    d.vendors = organisation.vendors;
  });
  const runUrl = await startTabletop(page, id);
  const viewer = await (await browser.newContext({ baseURL, storageState: storageStateOf("viewer") })).newPage();
  await Promise.all([page.clock.install(), viewer.clock.install()]);
  await Promise.all([page.goto(runUrl), viewer.goto(runUrl)]);

  const first = page.locator("li[data-state]").first();
  await first.getByRole("button", { name: "Start" }).click();
  await expect(first).toHaveAttribute("data-state", "started");
  await expect(page.getByTestId("run-escalations")).toHaveCount(0);
  await expect(viewer.locator('li[data-state="started"]')).toHaveCount(1, { timeout: 5_000 });

  // Ten hours later the step is still open: both see the escalation and whom to tell (the call tree's coordinator, then the director).
  await Promise.all([page.clock.fastForward("10:00:00"), viewer.clock.fastForward("10:00:00")]);
  for (const p of [page, viewer]) {
    const banner = p.getByTestId("run-escalations");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(/Step \d+, .+: still open .+ after it started \(its threshold\)/);
    await expect(banner).toContainText("Tell: Tom Becker (+1 425 555 0121, +1 425 555 0120, tom.becker@litware.com); Maria Lopez (");
  }

  // The report lists it with its time: the step's start moved ten hours back in the database.
  const runId = runUrl.split("/").pop()!;
  const sqlite = new Database(`data/e2e-${process.env.E2E_PORT ?? "3100"}.db`);
  try {
    const row = sqlite.prepare("SELECT id, startedAt FROM RunStep WHERE runId = ? AND state = 'started'").get(runId) as {
      id: string;
      startedAt: number | string;
    };
    const earlier =
      typeof row.startedAt === "number"
        ? row.startedAt - 10 * 3_600_000
        : new Date(Date.parse(row.startedAt) - 10 * 3_600_000).toISOString();
    sqlite.prepare("UPDATE RunStep SET startedAt = ? WHERE id = ?").run(earlier, row.id);
  } finally {
    sqlite.close();
  }
  await page.goto(`${runUrl}/report`);
  const section = page.getByTestId("report-escalations");
  await expect(section.getByRole("row")).toHaveCount(2);
  await expect(section.getByRole("row").nth(1)).toContainText("still open");
  await expect(section).toContainText("Told to, per the contingency plan: Tom Becker");
  const reportPdf = await request.get(`${new URL(runUrl).pathname}/report/pdf`);
  expect(reportPdf.status()).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await reportPdf.body())), { mergePages: true });
  expect(text).toMatch(/Escalations[\s\S]*escalated at \d{4}-\d\d-\d\d \d\d:\d\d UTC, .+ after its start \(still open\)/);
});

test("the People page edits the call tree, and it and the plan page pass the accessibility checks", async ({ page, request }) => {
  const id = await importExample(request, ORGANISATION, unique("E2E people"), peopleOnly);
  for (const path of [`/deployments/${id}/model/people`, `/deployments/${id}/contingency-plan`]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  // A callee who is not a contact is refused at its field; a valid change is saved and reaches the plan's call tree.
  await page.goto(`/deployments/${id}/model/people`);
  const grace = page.getByRole("group", { name: "Grace Lee" });
  await grace.getByLabel("Calls, in order").fill("Nobody Known");
  await page.getByRole("button", { name: "Save contacts" }).click();
  await expect(grace.getByText('"Nobody Known" is not a contact in contacts')).toBeVisible();
  await grace.getByLabel("Calls, in order").fill("");
  await grace.getByLabel("Mobile number (out of hours)").fill("+1 425 555 0131");
  await page.getByRole("button", { name: "Save contacts" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.goto(`/deployments/${id}/contingency-plan`);
  await expect(page.getByText("Grace Lee (system owner): in hours +1 425 555 0130; out of hours +1 425 555 0131")).toBeVisible();
});
