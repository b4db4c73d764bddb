// The command line planner as a pure function of its arguments and file access, so it is tested
// without spawning processes. The same schema and engine as the web app and the API.
import { buildJobPack, type JobFile } from "../lib/jobpack";
import { planToMarkdown } from "../lib/engine/markdown";
import { planDeployment } from "../lib/engine/plan";
import { compactPlan } from "../lib/formats/plan-json";
import { MAX_DEPLOYMENT_BYTES, parseDeploymentText } from "../lib/formats/parse-deployment";
import type { Deployment } from "../lib/formats/deployment";
import { describeProblem } from "../lib/formats/problems";
import type { Plan } from "../lib/engine/plan";
import { describeEvidenceProblem, parseZonedTime } from "../lib/formats/evidence";
import { readEvidenceOption } from "./evidence-option";
import { buildIscpDocument, type IscpDocument } from "../lib/print/iscp/document";
import { iscpMarkdown } from "../lib/print/iscp/markdown";
import { parseSuccessorTarget, successorFor } from "../lib/engine/successor";
import type { SuccessorTarget } from "../lib/formats/plan-successor";

export interface CliIo {
  readFile: (path: string) => string;
  fileSize: (path: string) => number;
  /** For --out; absent where the caller only reads. */
  writeFile?: (path: string, text: string) => void;
  /** What is at a path an output folder would go (only asked for --format jobs). */
  folderState?: (path: string) => "missing" | "empty" | "not-empty" | "not-a-folder";
  /** The default as-of time of --evidence (tests pass a fixed one). */
  now?: () => number;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** --format jobs: the files to write into `dir` (the process wrapper writes them; nothing on any error). */
  write?: { dir: string; files: JobFile[] };
  /** --format iscp: the contingency plan document to render as DOCX into `out` (the process wrapper renders it: DOCX is asynchronous). */
  docx?: { out: string; doc: IscpDocument };
}

const USAGE =
  "usage: npm run plan -- <deployment.json|.yaml> [--format json|markdown|iscp-md] [--out <file>] [--evidence <evidence.csv>] [--as-of <ISO time with zone>] [--successor lync-2013|sfb-2015|sfb-2019] | --format jobs --out <folder> | --format iscp --out <file.docx>\n";

export function runPlanCli(args: string[], io: CliIo): CliResult {
  let format = "json";
  let out: string | undefined;
  let evidenceFile: string | undefined;
  let asOf: string | undefined;
  let successor: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--format") format = args[++i] ?? "";
    else if (a.startsWith("--format=")) format = a.slice("--format=".length);
    else if (a === "--out") out = args[++i] ?? "";
    else if (a.startsWith("--out=")) out = a.slice("--out=".length);
    else if (a === "--evidence") evidenceFile = args[++i] ?? "";
    else if (a.startsWith("--evidence=")) evidenceFile = a.slice("--evidence=".length);
    else if (a === "--as-of") asOf = args[++i] ?? "";
    else if (a.startsWith("--as-of=")) asOf = a.slice("--as-of=".length);
    else if (a === "--successor") successor = args[++i] ?? "";
    else if (a.startsWith("--successor=")) successor = a.slice("--successor=".length);
    else if (a === "--help" || a === "-h") return { stdout: USAGE, stderr: "", exitCode: 0 };
    else if (a.startsWith("-")) return { stdout: "", stderr: `unknown option ${a}\n${USAGE}`, exitCode: 2 };
    else files.push(a);
  }
  if (files.length !== 1) return { stdout: "", stderr: USAGE, exitCode: 2 };
  if (!["json", "markdown", "jobs", "iscp", "iscp-md"].includes(format))
    return { stdout: "", stderr: `--format must be json, markdown, jobs, iscp or iscp-md, not "${format}"\n`, exitCode: 2 };
  if (out === "") return { stdout: "", stderr: `--out needs a file name\n${USAGE}`, exitCode: 2 };
  if (format === "jobs" && !out) return { stdout: "", stderr: `--format jobs needs --out <folder>\n${USAGE}`, exitCode: 2 };
  if (format === "iscp" && !out) return { stdout: "", stderr: `--format iscp needs --out <file.docx>\n${USAGE}`, exitCode: 2 };
  if (evidenceFile === "") return { stdout: "", stderr: `--evidence needs a file\n${USAGE}`, exitCode: 2 };
  let successorTarget: SuccessorTarget | undefined;
  if (successor !== undefined) {
    const t = parseSuccessorTarget(successor);
    if (!t.ok) return { stdout: "", stderr: `--successor ${t.message}\n${USAGE}`, exitCode: 2 };
    if (format === "jobs")
      return { stdout: "", stderr: `--successor adds to the plan: use it with --format json or markdown\n`, exitCode: 2 };
    successorTarget = t.target;
  }
  // --as-of (default now) judges the evidence, certificate expiry and the years since support ended (rules S9, L1).
  let asOfMs = io.now?.() ?? Date.now();
  if (asOf !== undefined) {
    const t = parseZonedTime(asOf);
    if (!t.ok) return { stdout: "", stderr: `error: --as-of: ${t.message}\n`, exitCode: 2 };
    asOfMs = t.ms;
  }

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
  if (!parsed.ok) return { stdout: "", stderr: parsed.errors.map((e) => describeProblem(e) + "\n").join("") + warnings, exitCode: 2 };
  const evidence = evidenceFile === undefined ? undefined : readEvidenceOption(evidenceFile, asOf, io);
  if (evidence && !evidence.ok) return { stdout: "", stderr: evidence.stderr + warnings, exitCode: 2 };
  const planned = planDeployment(parsed.deployment, {
    warnings: parsed.warnings,
    evidence: evidence?.input,
    asOfMs,
    certificateReadings: evidence?.certificates,
    recommendations: format !== "jobs",
  });
  const asOfDay = new Date(asOfMs).toISOString().slice(0, 10);
  const plan = successorTarget
    ? { ...planned, successor: successorFor(parsed.deployment, planned, successorTarget, { asOfDay }) }
    : planned;
  if (format === "jobs") return jobPackResult(parsed.deployment, plan, out!, warnings, io);
  if (format === "iscp" || format === "iscp-md") {
    // A file holds no approvals or exercises: the document is a draft, and says where those come from.
    const doc = buildIscpDocument({
      deployment: parsed.deployment,
      deploymentVersion: 1,
      plan,
      versions: [],
      exercises: null,
      lastTested: null,
      producedOn: new Date(io.now?.() ?? Date.now()),
    });
    if (format === "iscp")
      return { stdout: "", stderr: `${warnings}The contingency plan is in ${out}.\n`, exitCode: 0, docx: { out: out!, doc } };
    if (out === undefined) return { stdout: iscpMarkdown(doc), stderr: warnings, exitCode: 0 };
    if (!io.writeFile) throw new Error("runPlanCli: --out needs io.writeFile");
    try {
      io.writeFile(out, iscpMarkdown(doc));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { stdout: "", stderr: `${warnings}error: cannot write ${out}${code ? ` (${code})` : ""}\n`, exitCode: 2 };
    }
    return { stdout: "", stderr: `${warnings}The contingency plan is in ${out}.\n`, exitCode: 0 };
  }
  const evidenceWarnings = (plan.evidence?.warnings ?? []).map((w) => `warning: ${evidenceFile}: ${describeEvidenceProblem(w)}\n`).join("");
  const output = format === "markdown" ? planToMarkdown(plan) : JSON.stringify(compactPlan(plan), null, 2) + "\n";
  if (out === undefined) return { stdout: output, stderr: warnings + evidenceWarnings, exitCode: 0 };
  // --out writes the file itself: no shell redirection, so npm's own lines never end up in it.
  if (!io.writeFile) throw new Error("runPlanCli: --out needs io.writeFile");
  try {
    io.writeFile(out, output);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { stdout: "", stderr: `${warnings}${evidenceWarnings}error: cannot write ${out}${code ? ` (${code})` : ""}\n`, exitCode: 2 };
  }
  return { stdout: "", stderr: `${warnings}${evidenceWarnings}The plan is in ${out}.\n`, exitCode: 0 };
}

function jobPackResult(d: Deployment, plan: Plan, dir: string, warnings: string, io: CliIo): CliResult {
  const state = io.folderState?.(dir) ?? "missing";
  if (state === "not-a-folder") return { stdout: "", stderr: `error: --out ${dir}: not a folder\n`, exitCode: 2 };
  if (state === "not-empty")
    return {
      stdout: "",
      stderr: `error: --out ${dir}: the folder is not empty; name a new or empty folder so no old job file stays beside the new ones\n`,
      exitCode: 2,
    };
  const pack = buildJobPack(d, plan);
  if (!pack.ok) return { stdout: "", stderr: pack.errors.map((e) => describeProblem(e) + "\n").join("") + warnings, exitCode: 2 };
  const list = pack.files.map((f) => `${dir.replace(/[\\/]+$/, "")}/${f.path}\n`).join("");
  return { stdout: "", stderr: warnings + list, exitCode: 0, write: { dir, files: pack.files } };
}
