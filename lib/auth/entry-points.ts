// Finds every way into the app's server code — pages and layouts (their default export and
// generateMetadata), route handlers (each HTTP method) and server actions (every export of a
// "use server" module) — through the TypeScript compiler, whatever the export form, and reads the
// authorization call each one makes first. Used by role-matrix.test.ts only (never by the app).
import path from "node:path";
import ts from "typescript";
import { policyRole, type Access } from "./role-matrix";
import { ROLES, type Role } from "./roles";

export const AUTH_FUNCTIONS = ["requireRole", "authorizeAction", "authorizeApi", "authorizeEvidenceUpload"] as const;
/**
 * Route checks that stand for a role although they take something besides a session: the evidence
 * upload takes a planner session (it calls authorizeApi(request, "planner")) or that deployment's
 * upload token, which opens nothing else (role-matrix.test.ts holds the session half to "planner").
 */
const ROUTE_CHECKS_WITH_TOKENS: Record<string, { file: string; role: Role }> = {
  authorizeEvidenceUpload: { file: "lib/auth/evidence-upload.ts", role: "planner" },
};
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const PAGE_FILE = /^(page|layout|template|default)\.(tsx|ts|jsx|js)$/;
const ROUTE_FILE = /^route\.(ts|js)$/;
/** Exports of a page or layout that Next runs on a request, besides the default export. */
const PAGE_FUNCTIONS = new Set(["generateMetadata"]);
/** Exports of a page or layout Next only reads as configuration (not run per request with data). */
const PAGE_CONFIG = new Set([
  "metadata",
  "dynamic",
  "revalidate",
  "fetchCache",
  "runtime",
  "preferredRegion",
  "maxDuration",
  "viewport",
  "dynamicParams",
]);

/** What an entry point's code does first: a role check, no check at all, or something unverifiable. */
export type Check = { kind: "role"; role: Role } | { kind: "none" } | { kind: "problem"; message: string };

export interface EntryPoint {
  /** The matrix row: "page /deployments/[id]", "GET /api/deployments", "action lib/server-actions/users#addUserAction". */
  key: string;
  /** Repository-relative file and line, for messages. */
  where: string;
  check: Check;
}

export interface Scan {
  entries: EntryPoint[];
  /** Things that are wrong whatever the matrix says (an inline server action, an unknown export...). */
  problems: string[];
}

/** The route a file under app/ serves: "app/deployments/[id]/page.tsx" → "/deployments/[id]". */
export function routeOf(appRelativeFile: string): string {
  const dir = path.posix.dirname(appRelativeFile);
  return dir === "." ? "/" : `/${dir}`;
}

const isUseServer = (s: ts.Statement) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server";

/** The directive prologue of a file or function body: its leading string-literal statements. */
function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const s of statements) {
    if (!(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression))) return false;
    if (isUseServer(s)) return true;
  }
  return false;
}

type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction;

const unwrap = (e: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)
    ? unwrap(e.expression)
    : e;

export function scanEntryPoints(program: ts.Program, root: string): Scan {
  const checker = program.getTypeChecker();
  const entries: EntryPoint[] = [];
  const problems: string[] = [];
  const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");
  const where = (node: ts.Node) => {
    const sf = node.getSourceFile();
    return `${rel(sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };
  const authServer = path.join(root, "lib/auth/server.ts");

  /** The auth function a call makes, resolved through imports and renames, or null. */
  function authFunctionOf(call: ts.CallExpression): (typeof AUTH_FUNCTIONS)[number] | null {
    let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression);
    if (!symbol) return null;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol.declarations?.[0];
    const name = symbol.getName();
    const withToken = ROUTE_CHECKS_WITH_TOKENS[name];
    const home = withToken ? path.join(root, withToken.file) : authServer;
    if (!declaration || path.resolve(declaration.getSourceFile().fileName) !== home) return null;
    return (AUTH_FUNCTIONS as readonly string[]).includes(name) ? (name as (typeof AUTH_FUNCTIONS)[number]) : null;
  }

  /** The first auth call in evaluation order, not looking into nested functions (they do not run first). */
  function firstAuthCall(node: ts.Node): ts.CallExpression | null {
    let found: ts.CallExpression | null = null;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (n !== node && ts.isFunctionLike(n)) return;
      if (ts.isCallExpression(n)) {
        ts.forEachChild(n, visit); // arguments are evaluated before the call itself
        if (!found && authFunctionOf(n)) found = n;
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  }

  /** The statement an awaited call sits at the top of: `await f(...)` or `const x = await f(...)`. */
  function topStatementOf(call: ts.CallExpression): { statement: ts.Statement; variable?: string } | null {
    const awaited = call.parent;
    if (!ts.isAwaitExpression(awaited)) return null;
    const p = awaited.parent;
    if (ts.isExpressionStatement(p)) return { statement: p };
    if (
      ts.isVariableDeclaration(p) &&
      p.initializer === awaited &&
      ts.isVariableDeclarationList(p.parent) &&
      p.parent.declarations.length === 1 &&
      ts.isVariableStatement(p.parent.parent)
    ) {
      return { statement: p.parent.parent, variable: ts.isIdentifier(p.name) ? p.name.text : undefined };
    }
    return null;
  }

  /** `if (user instanceof Response) return user;` */
  const returnsRefusal = (s: ts.Statement | undefined, variable: string) =>
    !!s &&
    ts.isIfStatement(s) &&
    ts.isBinaryExpression(s.expression) &&
    s.expression.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword &&
    ts.isIdentifier(s.expression.left) &&
    s.expression.left.text === variable &&
    ts.isIdentifier(s.expression.right) &&
    s.expression.right.text === "Response" &&
    (() => {
      const r = ts.isBlock(s.thenStatement) && s.thenStatement.statements.length === 1 ? s.thenStatement.statements[0] : s.thenStatement;
      return ts.isReturnStatement(r) && !!r.expression && ts.isIdentifier(r.expression) && r.expression.text === variable;
    })();

  function checkOf(fn: FunctionNode, isRoute: boolean): Check {
    if (!fn.body) return { kind: "problem", message: "has no body" };
    const call = firstAuthCall(fn.body);
    if (!call) return { kind: "none" };
    const name = authFunctionOf(call)!;
    const withToken = ROUTE_CHECKS_WITH_TOKENS[name];
    const roleArg = call.arguments[name === "authorizeApi" ? 1 : 0];
    const role = withToken ? withToken.role : roleArg && ts.isStringLiteralLike(roleArg) ? roleArg.text : null;
    if (!role || !(ROLES as readonly string[]).includes(role))
      return { kind: "problem", message: `${name} must get the role as a literal ("viewer", "planner" or "admin")` };
    if (isRoute !== (name === "authorizeApi" || !!withToken))
      return {
        kind: "problem",
        message: isRoute
          ? `a route handler must call authorizeApi(request, role), not ${name}`
          : `${name} is for route handlers; pages call requireRole, actions authorizeAction`,
      };
    const top = topStatementOf(call);
    const statements = ts.isBlock(fn.body) ? fn.body.statements : null;
    if (!top || !statements || statements[0] !== top.statement)
      return { kind: "problem", message: `its first statement must be \`await ${name}(…)\` (nothing may run before the check)` };
    if (isRoute) {
      const request = fn.parameters[0]?.name;
      const firstArg = call.arguments[0];
      if (!request || !ts.isIdentifier(request) || !ts.isIdentifier(firstArg) || firstArg.text !== request.text)
        return { kind: "problem", message: "authorizeApi must get the handler's own request" };
      if (!top.variable || !returnsRefusal(statements[1], top.variable))
        return { kind: "problem", message: "the statement after authorizeApi must be `if (user instanceof Response) return user;`" };
    }
    return { kind: "role", role: role as Role };
  }

  /** The function an export stands for, followed through aliases (`export { x as POST }`, re-exports). */
  function functionOf(symbol: ts.Symbol): FunctionNode | "not-a-value" | null {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & ts.SymbolFlags.Value)) return "not-a-value"; // types and interfaces
    const d = target.valueDeclaration ?? target.declarations?.[0];
    if (!d) return null;
    if (ts.isFunctionDeclaration(d)) return d;
    const expression = ts.isVariableDeclaration(d) ? d.initializer : ts.isExportAssignment(d) ? d.expression : undefined;
    if (!expression) return null;
    const e = unwrap(expression);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return e;
    if (ts.isIdentifier(e)) {
      const s = checker.getSymbolAtLocation(e);
      return s && s !== target ? functionOf(s) : null;
    }
    return null;
  }

  function addEntry(key: string, symbol: ts.Symbol, file: ts.SourceFile, isRoute: boolean) {
    const fn = functionOf(symbol);
    const at = symbol.declarations?.[0] ?? file;
    if (fn === "not-a-value") return;
    if (!fn) {
      entries.push({
        key,
        where: where(at),
        check: {
          kind: "problem",
          message: "is not a function declared in the project (wrapped or computed), so its check cannot be verified",
        },
      });
      return;
    }
    entries.push({ key, where: where(fn), check: checkOf(fn, isRoute) });
  }

  const exportsOf = (file: ts.SourceFile) => {
    const moduleSymbol = checker.getSymbolAtLocation(file);
    return moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  };

  for (const file of program.getSourceFiles()) {
    const fileName = path.resolve(file.fileName);
    if (!fileName.startsWith(root + path.sep) || fileName.includes(`${path.sep}node_modules${path.sep}`) || file.isDeclarationFile)
      continue;
    const relative = rel(fileName);
    const base = path.basename(fileName);
    const inApp = relative.startsWith("app/");

    // Inline server actions ("use server" inside a function) have no export to list: refuse them.
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n) && "body" in n && n.body && ts.isBlock(n.body as ts.Node) && hasUseServer((n.body as ts.Block).statements)) {
        problems.push(
          `${where(n)}: an inline server action; move it to a "use server" module in lib/server-actions/ and give it a row in ROLE_MATRIX`,
        );
      }
      ts.forEachChild(n, visit);
    };
    visit(file);

    if (hasUseServer(file.statements)) {
      const id = relative.replace(/\.(tsx?|jsx?)$/, "");
      for (const symbol of exportsOf(file)) addEntry(`action ${id}#${symbol.getName()}`, symbol, file, false);
      continue;
    }
    if (inApp && PAGE_FILE.test(base)) {
      const kind = base.replace(/\..*$/, "");
      const route = routeOf(relative.slice("app/".length));
      for (const symbol of exportsOf(file)) {
        const name = symbol.getName();
        if (name === "default") addEntry(`${kind} ${route}`, symbol, file, false);
        else if (PAGE_FUNCTIONS.has(name)) addEntry(`${name === "generateMetadata" ? "metadata" : name} ${route}`, symbol, file, false);
        else if (!PAGE_CONFIG.has(name) && functionOf(symbol) !== "not-a-value")
          problems.push(
            `${relative}: exports "${name}", which is neither the ${kind} nor a Next.js option this check knows; teach lib/auth/entry-points.ts about it`,
          );
      }
      continue;
    }
    if (inApp && ROUTE_FILE.test(base)) {
      const route = routeOf(relative.slice("app/".length));
      for (const symbol of exportsOf(file)) {
        const name = symbol.getName();
        if ((HTTP_METHODS as readonly string[]).includes(name)) addEntry(`${name} ${route}`, symbol, file, true);
        else if (!PAGE_CONFIG.has(name) && functionOf(symbol) !== "not-a-value")
          problems.push(`${relative}: exports "${name}", which is not an HTTP method or a route option`);
      }
    }
  }
  return { entries, problems };
}

/**
 * A program of the given files (no node_modules: only how the project's own files export and
 * import matters). `overrides` replaces or adds file texts, for checking edited copies of the code.
 */
export function entryPointProgram(root: string, files: string[], overrides: Record<string, string> = {}): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("cannot read tsconfig.json");
  const options: ts.CompilerOptions = { ...config.options, noEmit: true, incremental: false, noResolve: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  const text = (f: string) => overrides[path.relative(root, f).split(path.sep).join("/")];
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (f, language, ...rest) => {
    const t = text(f);
    return t !== undefined ? ts.createSourceFile(f, t, language, true) : getSourceFile.call(host, f, language, ...rest);
  };
  host.fileExists = (f) => text(f) !== undefined || fileExists.call(host, f);
  host.readFile = (f) => text(f) ?? readFile.call(host, f);
  const roots = [...new Set([...files, ...Object.keys(overrides).map((f) => path.join(root, f))])];
  return ts.createProgram({ rootNames: roots, options, host });
}

const RANK: Record<Access, number> = { public: -1, viewer: 0, planner: 1, admin: 2 };
const MATRIX_FILE = "lib/auth/role-matrix.ts";

/**
 * Everything that disagrees between the code and the matrix, each message saying what to change:
 * a missing row (with the row to add), a stale row, a missing check, a check of another role.
 */
export function compareWithMatrix(scan: Scan, matrix: Record<string, Access>): string[] {
  const out = [...scan.problems];
  const seen = new Set<string>();
  for (const { key, where, check } of scan.entries) {
    seen.add(key);
    const declared = matrix[key];
    if (check.kind === "problem") {
      out.push(`${key} (${where}) ${check.message}`);
      continue;
    }
    const found: Access = check.kind === "role" ? check.role : "public";
    if (declared === undefined) {
      const policy = policyRole(key);
      const suggest: Access = RANK[found] >= RANK[policy] ? found : policy;
      out.push(
        `${key} (${where}) has no row in ROLE_MATRIX: add  "${key}": "${suggest}",  to ${MATRIX_FILE}${suggest !== found ? ` and make it check that role (it checks ${found === "public" ? "nothing" : `"${found}"`})` : ""}`,
      );
    } else if (declared !== found) {
      const what = found === "public" ? "makes no authorization call (requireRole, authorizeAction or authorizeApi)" : `checks "${found}"`;
      out.push(`${key} (${where}) ${what} but ROLE_MATRIX requires "${declared}"`);
    }
  }
  for (const key of Object.keys(matrix))
    if (!seen.has(key))
      out.push(`ROLE_MATRIX row "${key}" is stale: no page, layout, route or server action has that key; remove it from ${MATRIX_FILE}`);
  return out;
}

/** Rows that give less than the policy's role without a reason in BELOW_POLICY, and reasons for no such row. */
export function policyViolations(matrix: Record<string, Access>, belowPolicy: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [key, access] of Object.entries(matrix)) {
    const policy = policyRole(key);
    if (RANK[access] < RANK[policy] && !belowPolicy[key])
      out.push(
        `ROLE_MATRIX gives "${key}" to ${access === "public" ? "everyone" : `"${access}"`}, below the policy's "${policy}": require "${policy}", or give the reason in BELOW_POLICY`,
      );
  }
  for (const key of Object.keys(belowPolicy)) {
    if (!(key in matrix)) out.push(`BELOW_POLICY names "${key}", which has no ROLE_MATRIX row`);
    else if (RANK[matrix[key]] >= RANK[policyRole(key)])
      out.push(`BELOW_POLICY names "${key}", which is not below the policy any more; remove its reason`);
  }
  return out;
}
