// Expected failures are values: each problem names the JSON path it is about.

export type Severity = "error" | "warning";

export interface Problem {
  /** JSON path in the deployment file, e.g. `servers[3].roles[1]` (empty for the whole file). */
  path: string;
  message: string;
  severity: Severity;
  /** Rule id from rules.md when a planning rule is behind the check. */
  rule?: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line per problem, as the CLI and API print them. */
export const describeProblem = (p: Problem): string =>
  `${p.severity === "warning" ? "warning" : "error"}: ${p.path || "(file)"}: ${p.message}${p.rule ? ` (rule ${p.rule})` : ""}`;
