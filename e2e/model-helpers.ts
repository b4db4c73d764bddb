// Shared steps of the model editor's browser tests. Each test makes its own deployment (unique
// name) through /deployments/new, because tests run in two workers against one database and the
// demo deployment must stay as seeded.
import { expect, type Page, type TestInfo } from "@playwright/test";

export interface Created {
  id: string;
  name: string;
  base: string;
}

export function uniqueName(info: TestInfo, label: string): string {
  return `E2E ${label} w${info.workerIndex}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Create an Enterprise (consolidated unless told) deployment by hand: pool1 at Redmond, fe01 + sql01. */
export async function createDeployment(
  page: Page,
  name: string,
  options: { poolKind?: "Standard Edition" | "Enterprise pool, consolidated" | "Enterprise pool, expanded" } = {},
): Promise<Created> {
  await page.goto("/deployments/new");
  await page.getByLabel("Deployment name").fill(name);
  await page.getByLabel("Active Directory forest").fill("litware.com");
  await page.getByLabel("Site name").fill("Redmond");
  await page.getByLabel("Pool name").fill("pool1");
  const kind = options.poolKind ?? "Enterprise pool, consolidated";
  await page.getByLabel("Pool kind").selectOption({ label: kind });
  if (kind === "Standard Edition") {
    await page.getByLabel("Standard Edition server FQDN").fill("se01.litware.com");
  } else {
    await page.getByLabel("Front-end server FQDN").fill("fe01.litware.com");
    await page.getByLabel("Back-end SQL Server FQDN").fill("sql01.litware.com");
  }
  await page.getByRole("button", { name: "Create deployment" }).click();
  await expect(page).toHaveURL(/\/deployments\/[^/]+\/model$/);
  const id = /\/deployments\/([^/]+)\/model$/.exec(new URL(page.url()).pathname)![1];
  await expect(page.getByLabel("Deployment name")).toHaveValue(name);
  return { id, name, base: `/deployments/${id}/model` };
}

/** The polite "Saved." box of a form (role=status), by its text. */
export const savedBox = (page: Page, text: string | RegExp = "Saved.") => page.getByRole("status").filter({ hasText: text });

/** The error summary of a form. Next's route announcer is an alert too, so always filter by text. */
export const alertBox = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

/** Add a server through /model/servers/new and wait for the confirmation. */
export async function addServer(
  page: Page,
  base: string,
  server: { fqdn: string; site?: string; pool?: string; roles: string[]; spare?: boolean },
) {
  await page.goto(`${base}/servers/new`);
  await page.getByLabel("FQDN", { exact: true }).fill(server.fqdn);
  if (server.site) await page.getByLabel("Site", { exact: true }).selectOption(server.site);
  if (server.pool) await page.getByLabel("Pool", { exact: true }).selectOption(server.pool);
  for (const role of server.roles) await page.getByRole("checkbox", { name: role, exact: true }).check();
  if (server.spare) await page.getByLabel("Spare hardware on hand").check();
  await page.getByRole("button", { name: "Add server" }).click();
}
