// The rendered-page cache (lib/http/page-cache.ts) as a browser and an API client meet it: the overview
// comes from the cache with a fresh nonce each time, a write shows at once, each viewer gets their own
// page, and a signed-out session gets no kept page. Other tests write in parallel (every write renders
// the pages again), so these tests judge what a page shows, and look for a hit among a few tries.
import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS, type E2ERole } from "./users";
import { readExample, unique } from "./fixtures";

const SESSION_COOKIE = /^(__Secure-)?ocs-planner\.session_token=/;

async function signIn(base: string, role: E2ERole): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: E2E_USERS[role].email, password: E2E_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .find((c) => SESSION_COOKIE.test(c))!
    .split(";")[0];
}

/** A browser opening a page asks for HTML (a client-side navigation's fetch asks for anything). */
const OPEN_PAGE = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const get = (base: string, cookie: string, path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers: { cookie, ...OPEN_PAGE, ...headers }, redirect: "manual" });
const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

/** Asks until the cache answers (other tests' writes may each force one more render); returns that answer. */
async function aHit(base: string, cookie: string, path: string): Promise<{ response: Response; html: string }> {
  for (let i = 0; i < 20; i++) {
    const response = await get(base, cookie, path);
    const html = await response.text();
    if (response.headers.get("x-page-cache") === "hit") return { response, html };
  }
  throw new Error(`no answer from the cache in 20 requests of ${path}`);
}

test("the overview comes from the cache with a fresh nonce, and a change shows on the next request", async ({ baseURL }) => {
  const base = baseURL!;
  const cookie = await signIn(base, "planner");
  const d = readExample("litware-standard.json");
  d.name = unique("Cached overview");
  const created = await fetch(`${base}/api/deployments`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(d),
  });
  expect(created.status).toBe(201);
  const id = (await created.json()).id as string;
  const path = `/deployments/${id}`;

  const first = await get(base, cookie, path);
  const firstHtml = await first.text();
  expect(first.status).toBe(200);
  expect(firstHtml).toContain(d.name);
  const { response: hit, html } = await aHit(base, cookie, path);
  expect(html).toContain(d.name);
  // Every script carries this answer's nonce, never the one of the render the cache kept.
  const nonce = nonceOf(hit)!;
  expect(nonce).not.toBe(nonceOf(first));
  expect(html).toContain(`nonce="${nonce}"`);
  expect(html).not.toContain(`nonce="${nonceOf(first)}"`);
  expect(hit.headers.get("content-type")).toMatch(/^text\/html/);
  expect(hit.headers.get("x-frame-options")).toBe("DENY");

  // A change through the API: the very next request shows it.
  const current = await get(base, cookie, `/api/deployments/${id}`, { accept: "application/json" });
  const renamed = { ...(await current.json()), name: unique("Renamed overview") };
  const put = await fetch(`${base}/api/deployments/${id}`, {
    method: "PUT",
    headers: { cookie, "content-type": "application/json", "if-match": `"${current.headers.get("x-deployment-version")}"` },
    body: JSON.stringify(renamed),
  });
  expect(put.status, await put.clone().text()).toBe(200);
  const after = await (await get(base, cookie, path)).text();
  expect(after).toContain(renamed.name);
  expect(after).not.toContain(d.name);
});

test("a planner and a viewer each get their own page, and a signed-out session gets none", async ({ baseURL, request }) => {
  const base = baseURL!;
  const planner = await signIn(base, "planner");
  const viewer = await signIn(base, "viewer");
  const { deployments } = await (await request.get("/api/deployments")).json();
  const path = `/deployments/${deployments.find((x: { name: string }) => x.name === "Fabrikam production (demo)").id}`;
  const readOnly = "You can read and print everything here";

  expect((await aHit(base, viewer, path)).html).toContain(readOnly);
  expect((await aHit(base, planner, path)).html).not.toContain(readOnly);
  expect((await aHit(base, viewer, path)).html).toContain(readOnly);

  const out = await fetch(`${base}/api/auth/sign-out`, {
    method: "POST",
    headers: { cookie: viewer, origin: base, "content-type": "application/json" },
    body: "{}",
  });
  expect(out.status).toBe(200);
  const after = await get(base, viewer, path);
  expect(after.status).toBe(307);
  expect(after.headers.get("location")).toContain("/sign-in");
  expect(after.headers.get("x-page-cache")).toBeNull();
});

test("a hard reload renders the overview again; a client-side navigation is never answered from the cache", async ({
  baseURL,
  request,
}) => {
  const base = baseURL!;
  const cookie = await signIn(base, "planner");
  const { deployments } = await (await request.get("/api/deployments")).json();
  const path = `/deployments/${deployments.find((x: { name: string }) => x.name === "Fabrikam production (demo)").id}`;
  await aHit(base, cookie, path);
  const reload = await get(base, cookie, path, { "cache-control": "no-cache" });
  expect(reload.headers.get("x-page-cache")).toBe("filled");
  // (Next answers a bare RSC request with a redirect to its cache-busting URL; either way, not from the cache.)
  const rsc = await get(base, cookie, path, { rsc: "1", accept: "*/*" });
  expect(rsc.headers.get("x-page-cache")).toBeNull();
  expect(rsc.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
});
