// Every page, server action and route handler checks the signed-in user's role on the server. These
// checks read the source, so a new page or action without one fails here before it ships.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const app = path.resolve(__dirname, "../../app");
const serverActions = path.resolve(__dirname, "../server-actions");
const rel = (f: string) => (f.startsWith(serverActions) ? path.relative(path.dirname(serverActions), f) : path.relative(app, f));

function files(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, match);
    return match(name) ? [full] : [];
  });
}

// Public by design: signing in and the first-run set-up (which refuses once any account exists).
const PUBLIC_PAGES = new Set(["sign-in/page.tsx", "setup/page.tsx"]);
const PUBLIC_ACTIONS = new Set(["server-actions/sign-in.ts:signInAction", "server-actions/sign-in.ts:signOutAction", "server-actions/setup.ts:setUpAction"]);
// better-auth's own endpoints check sessions and roles themselves.
const PUBLIC_ROUTES = new Set(["api/auth/[...all]/route.ts"]);
// Evidence uploads also take the deployment's upload token (lib/auth/evidence-upload.ts): a planner
// session or that token, checked first thing against the deployment id of the path.
const EVIDENCE_UPLOAD_ROUTES = new Set(["api/deployments/[id]/evidence/route.ts:POST"]);
const EVIDENCE_UPLOAD_CHECK = /^const \{ id \} = await ctx\.params;\s*const uploader = await authorizeEvidenceUpload\(request, id\);\s*if \(uploader instanceof Response\) return uploader;/;

/** The body of each exported async function, by name. */
function exportedFunctions(source: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /export (?:default )?async function (\w+)\s*\(/g;
  const starts = [...source.matchAll(re)];
  starts.forEach((m, i) => found.set(m[1], source.slice(m.index, starts[i + 1]?.index ?? source.length)));
  return found;
}

describe("role checks on the server", () => {
  it("every page calls requireRole", () => {
    const pages = files(app, (n) => n === "page.tsx");
    expect(pages.length).toBeGreaterThan(30);
    const missing = pages.filter((f) => !PUBLIC_PAGES.has(rel(f)) && !/await requireRole\("(viewer|planner|admin)"\)/.test(readFileSync(f, "utf8")));
    expect(missing.map(rel)).toEqual([]);
  });

  it("every exported server action calls authorizeAction first", () => {
    const actionFiles = [...files(app, (n) => n.endsWith(".ts")), ...files(serverActions, (n) => n.endsWith(".ts"))].filter((f) => /^["']use server["'];/m.test(readFileSync(f, "utf8")));
    expect(actionFiles.length).toBeGreaterThanOrEqual(10);
    const missing: string[] = [];
    let count = 0;
    for (const f of actionFiles) {
      for (const [name, body] of exportedFunctions(readFileSync(f, "utf8"))) {
        count++;
        const firstStatement = body.slice(body.indexOf("{") + 1).trim();
        if (!PUBLIC_ACTIONS.has(`${rel(f)}:${name}`) && !/^(const \w+ = )?await authorizeAction\("(viewer|planner|admin)"\);/.test(firstStatement)) missing.push(`${rel(f)}:${name}`);
      }
    }
    expect(count).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it("every route handler calls authorizeApi first", () => {
    const routes = files(app, (n) => n === "route.ts");
    const missing: string[] = [];
    for (const f of routes) {
      if (PUBLIC_ROUTES.has(rel(f))) continue;
      for (const [name, body] of exportedFunctions(readFileSync(f, "utf8"))) {
        const firstStatement = body.slice(body.indexOf("{") + 1).trim();
        if (EVIDENCE_UPLOAD_ROUTES.has(`${rel(f)}:${name}`) ? EVIDENCE_UPLOAD_CHECK.test(firstStatement) : /^const user = await authorizeApi\(request, "(viewer|planner|admin)"\);\s*if \(user instanceof Response\) return user;/.test(firstStatement)) continue;
        missing.push(`${rel(f)}:${name}`);
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(7);
    expect(missing).toEqual([]);
  });

  it("writes need the planner role: no mutating API method or action is open to viewers", () => {
    const routes = files(app, (n) => n === "route.ts").filter((f) => !PUBLIC_ROUTES.has(rel(f)));
    const openWrites = routes.flatMap((f) =>
      [...exportedFunctions(readFileSync(f, "utf8"))]
        // POST /api/plan computes a plan from the posted file and stores nothing: viewers may use it.
        .filter(([name, body]) =>
          ["PUT", "DELETE", "PATCH"].includes(name) || (name === "POST" && rel(f) !== "api/plan/route.ts")
            ? !/authorizeApi\(request, "(planner|admin)"\)/.test(body) && !(EVIDENCE_UPLOAD_ROUTES.has(`${rel(f)}:${name}`) && EVIDENCE_UPLOAD_CHECK.test(body.slice(body.indexOf("{") + 1).trim()))
            : false,
        )
        .map(([name]) => `${rel(f)}:${name}`),
    );
    expect(openWrites).toEqual([]);
  });
});

describe("the evidence upload check", () => {
  it("takes a planner session (authorizeApi with the planner role) when no token is sent", () => {
    const source = readFileSync(path.resolve(__dirname, "evidence-upload.ts"), "utf8");
    expect(source).toMatch(/const user = await authorizeApi\(request, "planner"\);\s*if \(user instanceof Response\) return user;/);
  });
});
