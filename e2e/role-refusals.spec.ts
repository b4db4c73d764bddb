// Every write the app has is refused on the server to a role below its ROLE_MATRIX row, whatever the
// page shows: each server action (called directly, the way a tampered page or a script would, by the
// id the production build gave it) and each write method of the JSON API. Nothing is recorded in the
// audit log meanwhile, and the same calls by the role the row names are not refused.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ROLE_MATRIX } from "../lib/auth/role-matrix";
import { allows } from "../lib/auth/roles";
import { E2E_USERS, storageStateOf, type E2ERole } from "./users";
import { demoId, importExample, readExample, unique } from "./fixtures";

const port = process.env.E2E_PORT || "3100";
const baseURL = `http://127.0.0.1:${port}`;

interface ActionEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}
/** The build's server actions: id → module, export and the pages that can run it. */
const manifest = () => JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")).node as Record<string, ActionEntry>;

/** The actions the matrix protects, with the role each needs. */
const protectedActions = Object.entries(ROLE_MATRIX)
  .filter(([key, role]) => key.startsWith("action ") && role !== "public")
  .map(([key, role]) => ({
    key,
    role,
    file: `${key.slice("action ".length, key.indexOf("#"))}.ts`,
    name: key.slice(key.indexOf("#") + 1),
  }));

const apiAs = (role: E2ERole): Promise<APIRequestContext> => playwrightRequest.newContext({ baseURL, storageState: storageStateOf(role) });
const auditCount = () => {
  const db = new Database(`data/e2e-${port}.db`, { readonly: true });
  try {
    // Only what the refused callers could have written: the other specs run beside this one and write
    // their own entries. Viewers write nothing; the planner's admin-only calls are account actions,
    // which belong to no deployment.
    const sql = "SELECT COUNT(*) AS n FROM AuditEntry WHERE actor LIKE ? OR (actor LIKE ? AND deploymentId IS NULL)";
    return (db.prepare(sql).get(`%<${E2E_USERS.viewer.email}>%`, `%<${E2E_USERS.planner.email}>%`) as { n: number }).n;
  } finally {
    db.close();
  }
};

/** A URL of a page that can run the action (its dynamic segments filled with the demo's). */
function pageFor(entry: ActionEntry, deploymentId: string): string {
  const pages = Object.keys(entry.workers).filter((w) => w.startsWith("app/") && w.endsWith("/page") && !w.includes("_not-found"));
  const chosen = pages.find((p) => !p.includes("[")) ?? pages[0];
  expect(chosen, `${entry.filename}#${entry.exportedName} runs on no page`).toBeTruthy();
  return (
    chosen
      .slice("app".length, -"/page".length)
      .replace("[id]", deploymentId)
      .replace("[number]", "1")
      .replace("[scenario]", "loss-of-active-directory")
      .replace("[fqdn]", "x") || "/"
  );
}

/** Calls a server action as a browser would (no arguments: a refusal happens before they are read). */
async function callAction(api: APIRequestContext, id: string, url: string) {
  const res = await api.post(url, {
    headers: { "next-action": id, origin: baseURL, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: "[]",
    maxRedirects: 0,
  });
  return { status: res.status(), redirect: res.headers()["x-action-redirect"] ?? "" };
}

test.describe("writes refused below their role", () => {
  test("every protected server action refuses a viewer (and a planner where it needs admin), changing nothing", async () => {
    const actions = manifest();
    const byName = new Map(Object.entries(actions).map(([id, a]) => [`${a.filename}#${a.exportedName}`, { id, ...a }]));
    // Each row the matrix protects is in the build, so none escapes this test.
    expect(protectedActions.length).toBeGreaterThan(30);
    for (const a of protectedActions) expect(byName.has(`${a.file}#${a.name}`), `${a.key} is not in the build's server actions`).toBe(true);

    const planner = await apiAs("planner");
    const id = await demoId(planner);
    const before = auditCount();
    for (const role of ["viewer", "planner"] as const) {
      const api = await apiAs(role);
      for (const a of protectedActions.filter((x) => !allows(role, x.role as "planner" | "admin"))) {
        const entry = byName.get(`${a.file}#${a.name}`)!;
        const answer = await callAction(api, entry.id, pageFor(entry, id));
        expect(answer.redirect, `${a.key} as ${role}: ${JSON.stringify(answer)}`).toMatch(new RegExp(`^/forbidden\\?need=${a.role}`));
      }
      await api.dispose();
    }
    expect(auditCount()).toBe(before);

    // The control: the role the row names gets past the check. Called with no form at all (a request
    // no page of the app sends), the action answers that it got none: never a server error.
    const admin = await apiAs("admin");
    for (const a of protectedActions) {
      const entry = byName.get(`${a.file}#${a.name}`)!;
      const answer = await callAction(a.role === "admin" ? admin : planner, entry.id, pageFor(entry, id));
      expect(answer.redirect, `${a.key} as ${a.role}`).not.toMatch(/^\/forbidden/);
      expect(answer.status, `${a.key} as ${a.role} without a form`).toBeLessThan(500);
    }
    await Promise.all([planner.dispose(), admin.dispose()]);
  });

  test("every write method of the JSON API refuses a viewer with 403, changing nothing", async () => {
    const planner = await apiAs("planner");
    const id = await importExample(planner, "litware-standard.json", unique("Refusals"));
    const file = await (await planner.get(`/api/deployments/${id}`)).json();
    const viewer = await apiAs("viewer");
    const before = auditCount();
    const writes = Object.entries(ROLE_MATRIX).filter(
      ([key, role]) => /^(POST|PUT|PATCH|DELETE) \/api\//.test(key) && role !== "public" && role !== "viewer",
    );
    expect(writes.map(([k]) => k).sort()).toEqual([
      "DELETE /api/deployments/[id]",
      "POST /api/deployments",
      "POST /api/deployments/[id]/evidence",
      "POST /api/deployments/[id]/evidence/preview",
      "PUT /api/deployments/[id]",
    ]);
    for (const [key] of writes) {
      const [method, route] = key.split(" ");
      const url = route.replace("[id]", id);
      const res = await viewer.fetch(url, {
        method,
        data:
          method === "DELETE"
            ? undefined
            : method === "POST"
              ? readExample("litware-standard.json")
              : { ...file, name: "Changed by a viewer" },
      });
      expect(res.status(), key).toBe(403);
      expect((await res.json()).error, key).toMatch(/your role \(viewer\) cannot do this; it needs planner/);
    }
    expect(auditCount()).toBe(before);
    expect((await (await planner.get(`/api/deployments/${id}`)).json()).name).toBe(file.name);
    await Promise.all([planner.dispose(), viewer.dispose()]);
  });
});
