import { expect, test } from "@playwright/test";
import { importExample, unique } from "./fixtures";

test("tick a checklist item, see who and when after a reload, then reset the cycle", async ({ page, request }) => {
  const id = await importExample(request, "litware-standard.json", unique("Checklist"));
  await page.goto(`/deployments/${id}/checklists`);

  const first = page.getByTestId("backup-checklist").getByRole("checkbox").first();
  await first.check();
  await expect(page.getByTestId("checklist-progress")).toContainText("1 of");
  await page.reload();
  await expect(page.getByTestId("backup-checklist").getByRole("checkbox").first()).toBeChecked();
  await expect(page.getByTestId("backup-checklist")).toContainText("ticked by Pat Planner <pat.planner@e2e.test>");

  await page.getByRole("button", { name: "Reset for the next cycle" }).click();
  await expect(page.getByTestId("checklist-progress")).toContainText("0 of");
  await page.reload();
  await expect(page.getByTestId("backup-checklist").getByRole("checkbox").first()).not.toBeChecked();
  await expect(page.getByTestId("best-practices")).toContainText("B6");
});
