// Security headers (issue #7): every response carries them, the Content-Security-Policy is one the
// app really passes (no violation on the main pages, the lazily loaded chart still draws), and the
// client bundles carry no server secrets or deployment data.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./users";
import { demoId } from "./fixtures";

function expectSecurityHeaders(response: APIResponse | null, what: string) {
  expect(response, what).toBeTruthy();
  const h = response!.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("same-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["permissions-policy"], what).toContain("camera=()");
  const csp = h["content-security-policy"];
  expect(csp, what).toBeTruthy();
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives.get("default-src"), what).toEqual(["'self'"]);
  expect(directives.get("script-src"), what).toContain("'self'");
  expect(directives.get("script-src"), what).not.toContain("'unsafe-inline'");
  expect(directives.get("script-src"), what).not.toContain("'unsafe-eval'");
  expect(directives.get("object-src"), what).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(directives.get("base-uri"), what).toEqual(["'self'"]);
  expect(directives.get("form-action"), what).toEqual(["'self'"]);
  expect(directives.get("connect-src"), what).toEqual(["'self'"]);
  expect(directives.get("img-src"), what).toEqual(["'self'", "data:", "blob:"]);
  return csp;
}

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test("pages, API routes and downloads carry the security headers", async ({ page, request }) => {
  const id = await demoId(page.request);

  const home = await request.get("/");
  const csp = expectSecurityHeaders(home, "page /");
  const nonce = nonceOf(csp);
  expect(nonce, "pages get a nonce for Next's inline scripts").toBeTruthy();
  // Every script tag in the page carries this response's nonce; none is left without.
  const html = await home.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A fresh nonce per response.
  expect(nonceOf(expectSecurityHeaders(await request.get("/"), "page / again"))).not.toBe(nonce);
  // A nonce sent by the client is ignored.
  const forged = await request.get("/", { headers: { "content-security-policy": "script-src 'nonce-forged'", "x-nonce": "forged" } });
  expect(nonceOf(expectSecurityHeaders(forged, "page / with a forged nonce"))).not.toBe("forged");
  expect(await forged.text()).not.toContain('nonce="forged"');

  expectSecurityHeaders(await request.get("/api/deployments"), "GET /api/deployments");
  expectSecurityHeaders(await request.get(`/api/deployments/${id}`), "GET /api/deployments/:id");
  expectSecurityHeaders(await request.get(`/api/deployments/${id}/plan`), "GET /api/deployments/:id/plan");
  expectSecurityHeaders(await request.get("/api/deployments/does-not-exist"), "API 404");

  const markdown = await request.get(`/deployments/${id}/runbooks/loss-of-active-directory/markdown`);
  expect(markdown.status()).toBe(200);
  expectSecurityHeaders(markdown, "Markdown download");
  const pdf = await request.get(`/deployments/${id}/runbooks/loss-of-active-directory/pdf`);
  expect(pdf.status()).toBe(200);
  expectSecurityHeaders(pdf, "PDF download");

  // Static build files carry the headers too (with a policy that allows no inline script at all).
  const chunk = /<script\b[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const staticCsp = expectSecurityHeaders(await request.get(chunk!), "static chunk");
  expect(nonceOf(staticCsp)).toBeUndefined();
});

/** Records every CSP violation the page reports, from the console and from the DOM event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    const text = m.text();
    if (/Content Security Policy|Refused to/i.test(text)) violations.push(`console: ${text}`);
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy|Refused to|unsafe-eval|unsafe-inline/i.test(e.message)) violations.push(`pageerror: ${e.message}`);
  });
  // Playwright's init scripts run outside the page's CSP, so this listener is always installed.
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return violations;
}

const domViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

test("the main pages run under the policy without a single violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  const id = await demoId(page.request);

  const visit = async (url: string) => {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await page.waitForLoadState("networkidle");
    expect([...violations, ...(await domViolations(page))], `CSP violations on ${url}`).toEqual([]);
  };

  await visit("/");
  await expect(page.getByRole("heading", { name: "Deployments", level: 1 })).toBeVisible();
  await visit("/import");

  // The overview loads Recharts lazily (next/dynamic): its chunk must be allowed and the chart drawn.
  await visit(`/deployments/${id}`);
  const chart = page.getByRole("img", { name: /Recovery time per workload/ });
  await expect(chart.locator("svg").first()).toBeVisible();
  await expect(chart.locator("svg .recharts-bar-rectangle, svg path").first()).toBeAttached();

  // A runbook, found the way a user finds it.
  await visit(`/deployments/${id}/runbooks`);
  const runbook = await page.locator(`a[href^="/deployments/${id}/runbooks/"]`).first().getAttribute("href");
  expect(runbook).toBeTruthy();
  await visit(runbook!);
  await expect(page.getByTestId("runbook-steps").first().locator("li").first()).toBeVisible();
  await visit(`${runbook}/print`);

  for (const sub of ["plan", "gaps", "checklists", "model", "model/servers", "topology", "timeline", "drills"])
    await visit(`/deployments/${id}/${sub}`);
  await visit("/deployments/new");
  await visit("/account");

  // Client-side navigation (RSC fetches, hydration of the next page) stays within the policy too.
  await page.goto("/");
  await page.getByRole("link", { name: "Fabrikam production (demo)", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Fabrikam production (demo)", level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect([...violations, ...(await domViolations(page))]).toEqual([]);
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

test("client bundles carry no server secrets or deployment data", () => {
  const staticDir = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static");
  expect(existsSync(staticDir), `${staticDir} exists (build first)`).toBe(true);
  const files = filesUnder(staticDir).filter((f) => /\.(js|mjs|css|json|txt|map)$/.test(f));
  expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(5);

  const demo = JSON.parse(readFileSync(path.resolve(process.cwd(), "lib/demo/fabrikam-demo.json"), "utf8"));
  const demoServers: string[] = demo.servers.map((s: { fqdn: string }) => s.fqdn);
  expect(demoServers).toContain("fabsql01.fabrikam.com");
  const secrets = [
    "DATABASE_URL",
    "TEST_POSTGRES_URL",
    "postgresql://",
    "postgres://",
    "better-sqlite3",
    "planner.db",
    "fabsql01",
    ...demoServers,
    ...demoServers.map((fqdn) => fqdn.split(".")[0]),
  ];
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) if (text.includes(secret)) found.push(`${path.relative(process.cwd(), file)} contains "${secret}"`);
  }
  expect(found).toEqual([]);
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("the sign-in page, and signing in through it, run under the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto("/sign-in");
    expect(response?.status()).toBe(200);
    await page.getByLabel("Email").fill(E2E_USERS.viewer.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Deployments", level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect([...violations, ...(await domViolations(page))]).toEqual([]);
  });
});
