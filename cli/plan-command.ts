// The command line planner as a pure function of its arguments and file access, so it is tested
// without spawning processes. The same schema and engine as the web app and the API.
import { planToMarkdown } from "../lib/engine/markdown";
import { planDeployment } from "../lib/engine/plan";
import { MAX_DEPLOYMENT_BYTES, parseDeploymentText } from "../lib/formats/parse-deployment";
import { describeProblem } from "../lib/formats/problems";
import { describeEvidenceProblem } from "../lib/formats/evidence";
import { readEvidenceOption } from "./evidence-option";

export interface CliIo {
  readFile: (path: string) => string;
  fileSize: (path: string) => number;
  /** The default as-of time of --evidence (tests pass a fixed one). */
  now?: () => number;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const USAGE = "usage: npm run plan -- <deployment.json|.yaml> [--format json|markdown] [--evidence <evidence.csv> [--as-of <ISO time with zone>]]\n";

export function runPlanCli(args: string[], io: CliIo): CliResult {
  let format = "json";
  let evidenceFile: string | undefined;
  let asOf: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--format") format = args[++i] ?? "";
    else if (a.startsWith("--format=")) format = a.slice("--format=".length);
    else if (a === "--evidence") evidenceFile = args[++i] ?? "";
    else if (a.startsWith("--evidence=")) evidenceFile = a.slice("--evidence=".length);
    else if (a === "--as-of") asOf = args[++i] ?? "";
    else if (a.startsWith("--as-of=")) asOf = a.slice("--as-of=".length);
    else if (a === "--help" || a === "-h") return { stdout: USAGE, stderr: "", exitCode: 0 };
    else if (a.startsWith("-")) return { stdout: "", stderr: `unknown option ${a}\n${USAGE}`, exitCode: 2 };
    else files.push(a);
  }
  if (files.length !== 1) return { stdout: "", stderr: USAGE, exitCode: 2 };
  if (format !== "json" && format !== "markdown")
    return { stdout: "", stderr: `--format must be json or markdown, not "${format}"\n`, exitCode: 2 };
  if (evidenceFile === "") return { stdout: "", stderr: `--evidence needs a file\n${USAGE}`, exitCode: 2 };
  if (asOf !== undefined && evidenceFile === undefined) return { stdout: "", stderr: `--as-of needs --evidence\n${USAGE}`, exitCode: 2 };

  const file = files[0];
  let text: string;
  try {
    if (io.fileSize(file) > MAX_DEPLOYMENT_BYTES)
      return { stdout: "", stderr: `error: ${file}: the file is larger than ${MAX_DEPLOYMENT_BYTES / 1048576} MB\n`, exitCode: 2 };
    text = io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { stdout: "", stderr: `error: cannot read ${file}${code ? ` (${code})` : ""}\n`, exitCode: 2 };
  }
  const parsed = parseDeploymentText(text, file);
  const warnings = parsed.warnings.map((w) => describeProblem(w) + "\n").join("");
  if (!parsed.ok)
    return { stdout: "", stderr: parsed.errors.map((e) => describeProblem(e) + "\n").join("") + warnings, exitCode: 2 };
  const evidence = evidenceFile === undefined ? undefined : readEvidenceOption(evidenceFile, asOf, io);
  if (evidence && !evidence.ok) return { stdout: "", stderr: evidence.stderr + warnings, exitCode: 2 };
  const plan = planDeployment(parsed.deployment, { warnings: parsed.warnings, evidence: evidence?.input });
  const evidenceWarnings = (plan.evidence?.warnings ?? []).map((w) => `warning: ${evidenceFile}: ${describeEvidenceProblem(w)}\n`).join("");
  const stdout = format === "markdown" ? planToMarkdown(plan) : JSON.stringify(plan, null, 2) + "\n";
  return { stdout, stderr: warnings + evidenceWarnings, exitCode: 0 };
}
