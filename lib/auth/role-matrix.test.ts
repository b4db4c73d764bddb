// The role matrix against the code: every page, layout, route handler and server action, found by
// the TypeScript compiler in whatever form it is exported, must check first, on the server, the role
// its ROLE_MATRIX row declares. The second half edits copies of the real files (in memory) the ways a
// change could go wrong and shows that each one fails with a message saying what to fix.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareWithMatrix, entryPointProgram, policyViolations, scanEntryPoints, type Scan } from "./entry-points";
import { BELOW_POLICY, ROLE_MATRIX } from "./role-matrix";

const root = path.resolve(__dirname, "../..");
const SKIP = new Set(["node_modules", "generated"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (SKIP.has(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}
const projectFiles = () => ["app", "components", "lib"].flatMap((d) => sourceFiles(path.join(root, d)));

describe("the role matrix", () => {
  let scan: Scan;
  beforeAll(() => {
    scan = scanEntryPoints(entryPointProgram(root, projectFiles()), root);
  });

  it("matches the code: every entry point has its row and checks exactly that role first", () => {
    expect(compareWithMatrix(scan, ROLE_MATRIX)).toEqual([]);
  });

  it("finds the app's pages, route handlers and server actions", () => {
    const count = (kind: RegExp) => scan.entries.filter((e) => kind.test(e.key)).length;
    expect(count(/^page /)).toBeGreaterThan(30);
    expect(count(/^action /)).toBeGreaterThan(30);
    expect(count(/^(GET|POST|PUT|PATCH|DELETE) /)).toBeGreaterThanOrEqual(9);
    expect(Object.keys(ROLE_MATRIX).length).toBe(scan.entries.length);
  });

  it("follows the policy: writes need planner, user administration admin, and every exception says why", () => {
    expect(policyViolations(ROLE_MATRIX, BELOW_POLICY)).toEqual([]);
    // The policy read off the matrix itself, so a lowered row shows up here as well as above.
    const rows = Object.entries(ROLE_MATRIX);
    expect(rows.filter(([k]) => k.startsWith("action lib/server-actions/users#")).map(([, r]) => r)).toEqual(Array(5).fill("admin"));
    expect(rows.filter(([k, r]) => /^(PUT|DELETE|PATCH) /.test(k) && r !== "planner")).toEqual([]);
    expect(
      rows
        .filter(([k, r]) => k.startsWith("action ") && r !== "planner" && r !== "admin")
        .map(([k]) => k)
        .sort(),
    ).toEqual(
      [
        "action lib/server-actions/account#changePasswordAction",
        "action lib/server-actions/setup#setUpAction",
        "action lib/server-actions/sign-in#signInAction",
        "action lib/server-actions/sign-in#signOutAction",
      ].sort(),
    );
  });

  it("names a policy breach and a stale reason", () => {
    expect(policyViolations({ ...ROLE_MATRIX, "action lib/server-actions/checklists#toggleTickAction": "viewer" }, BELOW_POLICY)).toEqual([
      `ROLE_MATRIX gives "action lib/server-actions/checklists#toggleTickAction" to "viewer", below the policy's "planner": require "planner", or give the reason in BELOW_POLICY`,
    ]);
    expect(policyViolations({ ...ROLE_MATRIX, "page /admin/audit": "planner" }, BELOW_POLICY)).toEqual([
      `ROLE_MATRIX gives "page /admin/audit" to "planner", below the policy's "admin": require "admin", or give the reason in BELOW_POLICY`,
    ]);
    expect(policyViolations({ ...ROLE_MATRIX, "POST /api/plan": "planner" }, BELOW_POLICY)).toEqual([
      `BELOW_POLICY names "POST /api/plan", which is not below the policy any more; remove its reason`,
    ]);
  });
});

describe("the role matrix check fails on", () => {
  const read = (f: string) => readFileSync(path.join(root, f), "utf8");
  /** The messages for the given files, some of them edited or new (untouched rows of other files are ignored). */
  function problems(files: Record<string, string>, matrix = ROLE_MATRIX): string[] {
    const program = entryPointProgram(root, [path.join(root, "lib/auth/server.ts")], files);
    const found = scanEntryPoints(program, root);
    const keys = new Set(found.entries.map((e) => e.key));
    const own = Object.fromEntries(Object.entries(matrix).filter(([k]) => keys.has(k) || !(k in ROLE_MATRIX)));
    return compareWithMatrix(found, own);
  }
  const edit = (file: string, from: string | RegExp, to: string) => {
    const text = read(file);
    const edited = text.replace(from, to);
    expect(edited, `the edit of ${file} must apply`).not.toBe(text);
    return { [file]: edited };
  };

  it("nothing when the files are as committed (the baseline of the cases below)", () => {
    for (const f of [
      "lib/server-actions/checklists.ts",
      "lib/server-actions/users.ts",
      "lib/server-actions/model.ts",
      "app/api/deployments/[id]/route.ts",
      "app/audit/page.tsx",
      "app/deployments/[id]/checklists/page.tsx",
    ]) {
      expect(problems({ [f]: read(f) }), f).toEqual([]);
    }
  });

  it("a lowered role: a checklist write opened to viewers, a user-admin action opened to planners, a write method opened to viewers", () => {
    expect(problems(edit("lib/server-actions/checklists.ts", /authorizeAction\("planner"\)/, 'authorizeAction("viewer")'))).toEqual([
      `action lib/server-actions/checklists#toggleTickAction (lib/server-actions/checklists.ts:16) checks "viewer" but ROLE_MATRIX requires "planner"`,
    ]);
    expect(problems(edit("lib/server-actions/users.ts", /authorizeAction\("admin"\)/, 'authorizeAction("planner")'))).toEqual([
      `action lib/server-actions/users#addUserAction (lib/server-actions/users.ts:10) checks "planner" but ROLE_MATRIX requires "admin"`,
    ]);
    expect(
      problems(edit("app/api/deployments/[id]/route.ts", 'authorizeApi(request, "planner")', 'authorizeApi(request, "viewer")')),
    ).toEqual([`PUT /api/deployments/[id] (app/api/deployments/[id]/route.ts:33) checks "viewer" but ROLE_MATRIX requires "planner"`]);
  });

  it("a check left only in a comment, or removed", () => {
    const commented = edit(
      "lib/server-actions/model.ts",
      '  await authorizeAction("planner");\n',
      '  // await authorizeAction("planner");\n',
    );
    expect(problems(commented)).toEqual([
      `action lib/server-actions/model#saveGeneralAction (lib/server-actions/model.ts:117) makes no authorization call (requireRole, authorizeAction or authorizeApi) but ROLE_MATRIX requires "planner"`,
    ]);
    const removed = edit(
      "app/api/deployments/[id]/route.ts",
      /  const user = await authorizeApi\(request, "planner"\);\n  if \(user instanceof Response\) return user;\n/,
      '  const user = { name: "x", email: "y" } as never;\n',
    );
    expect(problems(removed)).toEqual([
      `PUT /api/deployments/[id] (app/api/deployments/[id]/route.ts:33) makes no authorization call (requireRole, authorizeAction or authorizeApi) but ROLE_MATRIX requires "planner"`,
    ]);
  });

  it("a page whose check comes after its data is loaded, or is not awaited", () => {
    const late = edit("app/audit/page.tsx", /  await requireRole\("viewer"\);\n/, "");
    const lateText = late["app/audit/page.tsx"].replace(
      /(export default async function AuditPage[^\n]*\n)([^\n]*\n)/,
      '$1$2  await requireRole("viewer");\n',
    );
    expect(problems({ "app/audit/page.tsx": lateText })).toEqual([
      "page /audit (app/audit/page.tsx:15) its first statement must be `await requireRole(…)` (nothing may run before the check)",
    ]);
    expect(problems(edit("app/audit/page.tsx", 'await requireRole("viewer")', 'void requireRole("viewer")'))).toEqual([
      "page /audit (app/audit/page.tsx:15) its first statement must be `await requireRole(…)` (nothing may run before the check)",
    ]);
  });

  it("a route handler that ignores authorizeApi's refusal", () => {
    expect(
      problems(
        edit(
          "app/api/deployments/[id]/route.ts",
          /(const user = await authorizeApi\(request, "planner"\);\n)  if \(user instanceof Response\) return user;\n/,
          "$1",
        ),
      ),
    ).toEqual([
      "PUT /api/deployments/[id] (app/api/deployments/[id]/route.ts:33) the statement after authorizeApi must be `if (user instanceof Response) return user;`",
    ]);
  });

  it("a function of the same name that is not lib/auth/server's", () => {
    const text = read("lib/server-actions/checklists.ts").replace(
      /import \{ actorName, authorizeAction \} from "@\/lib\/auth\/server";/,
      'import { actorName } from "@/lib/auth/server";\nconst authorizeAction = async (role: string) => ({ name: role, email: "", id: "", role: "admin" as const });',
    );
    expect(problems({ "lib/server-actions/checklists.ts": text })).toEqual([
      `action lib/server-actions/checklists#toggleTickAction (lib/server-actions/checklists.ts:17) makes no authorization call (requireRole, authorizeAction or authorizeApi) but ROLE_MATRIX requires "planner"`,
      `action lib/server-actions/checklists#resetChecklistAction (lib/server-actions/checklists.ts:27) makes no authorization call (requireRole, authorizeAction or authorizeApi) but ROLE_MATRIX requires "planner"`,
    ]);
  });

  it("new entry points without a row, in every export form, each message naming the row to add", () => {
    const route = [
      'import { authorizeApi as authorize } from "@/lib/auth/server";',
      "export const GET = async (request: Request) => {",
      '  const user = await authorize(request, "viewer");',
      "  if (user instanceof Response) return user;",
      "  return Response.json({});",
      "};",
      "async function remove(request: Request) {",
      '  const me = await authorize(request, "planner");',
      "  if (me instanceof Response) return me;",
      "  return new Response(null, { status: 204 });",
      "}",
      "const post = async function (request: Request) { return Response.json(await request.json()); };",
      "export { remove as DELETE, post as POST };",
    ].join("\n");
    const actions = [
      '"use server"',
      'import { authorizeAction } from "@/lib/auth/server";',
      'export const archiveAction = async () => { await authorizeAction("planner"); };',
      "export async function peekAction() { return 1; }",
    ].join("\n");
    const page = [
      'import { requireRole } from "@/lib/auth/server";',
      'export default async function () { await requireRole("viewer"); return null; }',
    ].join("\n");
    const pageByName = [
      'import { requireRole } from "@/lib/auth/server";',
      'const Settings = async () => { await requireRole("admin"); return null; };',
      "export default Settings;",
    ].join("\n");
    expect(
      problems({
        "app/api/archive/route.ts": route,
        "lib/server-actions/archive.ts": actions,
        "app/reports/page.tsx": page,
        "app/admin/settings/page.tsx": pageByName,
      }).sort(),
    ).toEqual(
      [
        `GET /api/archive (app/api/archive/route.ts:2) has no row in ROLE_MATRIX: add  "GET /api/archive": "viewer",  to lib/auth/role-matrix.ts`,
        `DELETE /api/archive (app/api/archive/route.ts:7) has no row in ROLE_MATRIX: add  "DELETE /api/archive": "planner",  to lib/auth/role-matrix.ts`,
        `POST /api/archive (app/api/archive/route.ts:12) has no row in ROLE_MATRIX: add  "POST /api/archive": "planner",  to lib/auth/role-matrix.ts and make it check that role (it checks nothing)`,
        `action lib/server-actions/archive#archiveAction (lib/server-actions/archive.ts:3) has no row in ROLE_MATRIX: add  "action lib/server-actions/archive#archiveAction": "planner",  to lib/auth/role-matrix.ts`,
        `action lib/server-actions/archive#peekAction (lib/server-actions/archive.ts:4) has no row in ROLE_MATRIX: add  "action lib/server-actions/archive#peekAction": "planner",  to lib/auth/role-matrix.ts and make it check that role (it checks nothing)`,
        `page /reports (app/reports/page.tsx:2) has no row in ROLE_MATRIX: add  "page /reports": "viewer",  to lib/auth/role-matrix.ts`,
        `page /admin/settings (app/admin/settings/page.tsx:2) has no row in ROLE_MATRIX: add  "page /admin/settings": "admin",  to lib/auth/role-matrix.ts`,
      ].sort(),
    );
  });

  it("a stale row, an inline server action, and an export whose check cannot be read", () => {
    expect(problems({ "app/audit/page.tsx": read("app/audit/page.tsx") }, { ...ROLE_MATRIX, "page /reports": "viewer" })).toEqual([
      `ROLE_MATRIX row "page /reports" is stale: no page, layout, route or server action has that key; remove it from lib/auth/role-matrix.ts`,
    ]);
    const inline = ["export function Button() {", "  async function go() {", '    "use server";', "  }", "  return go;", "}"].join("\n");
    expect(problems({ "components/inline.tsx": inline })).toEqual([
      `components/inline.tsx:2: an inline server action; move it to a "use server" module in lib/server-actions/ and give it a row in ROLE_MATRIX`,
    ]);
    const wrapped = [
      'import { authorizeApi } from "@/lib/auth/server";',
      "const wrap = (f: unknown) => f;",
      'export const GET = wrap(async (request: Request) => authorizeApi(request, "viewer"));',
    ].join("\n");
    expect(problems({ "app/api/wrapped/route.ts": wrapped }, { ...ROLE_MATRIX, "GET /api/wrapped": "viewer" })).toEqual([
      "GET /api/wrapped (app/api/wrapped/route.ts:3) is not a function declared in the project (wrapped or computed), so its check cannot be verified",
    ]);
  });
});

describe("route checks that also take a token", () => {
  it("the evidence upload's session half asks for the planner role the matrix records for it", () => {
    const source = readFileSync(path.resolve(__dirname, "evidence-upload.ts"), "utf8");
    expect(source).toMatch(/const user = await authorizeApi\(request, "planner"\);\s*if \(user instanceof Response\) return user;/);
    expect(ROLE_MATRIX["POST /api/deployments/[id]/evidence"]).toBe("planner");
  });
});
