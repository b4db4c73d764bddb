// npm run plan -- <deployment.json|yaml> [--format json|markdown] [--out <file>]
// Prints the plan for a deployment file on stdout (nothing else), or writes it to --out; exit 2 with
// one line per problem, each naming its JSON path, on stderr when the file is invalid.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { runPlanCli } from "./plan-command";

// A closed pipe (`| head`) is a normal end for a command line tool, not a crash.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

const result = runPlanCli(process.argv.slice(2), {
  readFile: (p) => readFileSync(p, "utf8"),
  fileSize: (p) => statSync(p).size,
  writeFile: (p, text) => writeFileSync(p, text),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
