// The command line planner as a pure function of its arguments and file access, so it is tested
// without spawning processes. The same schema and engine as the web app and the API.
import { planToMarkdown } from "../lib/engine/markdown";
import { planDeployment } from "../lib/engine/plan";
import { MAX_DEPLOYMENT_BYTES, parseDeploymentText } from "../lib/formats/parse-deployment";
import { describeProblem } from "../lib/formats/problems";

export interface CliIo {
  readFile: (path: string) => string;
  fileSize: (path: string) => number;
  /** For --out; absent where the caller only reads. */
  writeFile?: (path: string, text: string) => void;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const USAGE = "usage: npm run plan -- <deployment.json|.yaml> [--format json|markdown] [--out <file>]\n";

export function runPlanCli(args: string[], io: CliIo): CliResult {
  let format = "json";
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--format") format = args[++i] ?? "";
    else if (a.startsWith("--format=")) format = a.slice("--format=".length);
    else if (a === "--out") out = args[++i] ?? "";
    else if (a.startsWith("--out=")) out = a.slice("--out=".length);
    else if (a === "--help" || a === "-h") return { stdout: USAGE, stderr: "", exitCode: 0 };
    else if (a.startsWith("-")) return { stdout: "", stderr: `unknown option ${a}\n${USAGE}`, exitCode: 2 };
    else files.push(a);
  }
  if (files.length !== 1) return { stdout: "", stderr: USAGE, exitCode: 2 };
  if (format !== "json" && format !== "markdown")
    return { stdout: "", stderr: `--format must be json or markdown, not "${format}"\n`, exitCode: 2 };
  if (out === "") return { stdout: "", stderr: `--out needs a file name\n${USAGE}`, exitCode: 2 };

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
  const plan = planDeployment(parsed.deployment, { warnings: parsed.warnings, recommendations: true });
  const output = format === "markdown" ? planToMarkdown(plan) : JSON.stringify(plan, null, 2) + "\n";
  if (out === undefined) return { stdout: output, stderr: warnings, exitCode: 0 };
  // --out writes the file itself: no shell redirection, so npm's own lines never end up in it.
  if (!io.writeFile) throw new Error("runPlanCli: --out needs io.writeFile");
  try {
    io.writeFile(out, output);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { stdout: "", stderr: `${warnings}error: cannot write ${out}${code ? ` (${code})` : ""}\n`, exitCode: 2 };
  }
  return { stdout: "", stderr: `${warnings}The plan is in ${out}.\n`, exitCode: 0 };
}
