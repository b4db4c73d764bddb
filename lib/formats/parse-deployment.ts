// Turning untrusted input (text or an object) into a valid deployment, or a list of problems that
// each name their JSON path. Never throws for bad input.
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { checkConsistency } from "./consistency";
import { deploymentSchema, type Deployment } from "./deployment";
import { formatPath, type Problem } from "./problems";

export const MAX_DEPLOYMENT_BYTES = 5 * 1024 * 1024;

export type DeploymentResult =
  { ok: true; deployment: Deployment; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

export function zodProblems(error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({ path: formatPath([...issue.path, key]), message: `unknown field "${key}"`, severity: "error" });
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      out.push({ path: formatPath(issue.path), message: `missing required field (${issue.message})`, severity: "error" });
    } else {
      out.push({ path: formatPath(issue.path), message: issue.message, severity: "error" });
    }
  }
  return out;
}

/** Validate an already-decoded value against the schema and the consistency rules. */
export function validateDeployment(input: unknown): DeploymentResult {
  const parsed = deploymentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodProblems(parsed.error), warnings: [] };
  const problems = checkConsistency(parsed.data);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, deployment: parsed.data, warnings };
}

const fail = (message: string): DeploymentResult => ({ ok: false, errors: [{ path: "", message, severity: "error" }], warnings: [] });

/** Decode a deployment file (JSON, or YAML when the name or content says so) and validate it. */
export function parseDeploymentText(text: string, fileName = ""): DeploymentResult {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_DEPLOYMENT_BYTES)
    return fail(`the file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_DEPLOYMENT_BYTES / 1048576} MB`);
  if (text.trim() === "") return fail("the file is empty");
  const yaml = /\.ya?ml$/i.test(fileName) || (!/\.json$/i.test(fileName) && !/^\s*[{[]/.test(text));
  let value: unknown;
  try {
    value = yaml ? parseYaml(text, { maxAliasCount: 100 }) : JSON.parse(text);
  } catch (e) {
    return fail(`${yaml ? "malformed YAML" : "malformed JSON"}: ${describeSyntaxError(text, e)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail("expected a deployment object at the top level of the file");
  return validateDeployment(value);
}

function describeSyntaxError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(message);
  if (!m) return message.split("\n")[0];
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/, "").split("\n")[0]} at line ${line}, column ${column}`;
}
