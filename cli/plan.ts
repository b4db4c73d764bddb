// npm run plan -- <deployment.json|yaml> [--format json|markdown] [--out <file>]
// npm run plan -- <deployment.json|yaml> --format jobs --out <folder>
// npm run plan -- <deployment.json|yaml> --format iscp --out <file.docx>   (the contingency plan; iscp-md: Markdown)
// Prints the plan for a deployment file on stdout (nothing else), or writes it to --out; with
// --format jobs writes the backup job pack into a new folder and lists its files on stderr. Exit 2
// with one line per problem, each naming its JSON path, on stderr when the file is invalid (and then
// nothing is written).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPlanCli } from "./plan-command";
import { renderIscpDocx } from "../lib/print/iscp/docx";

// A closed pipe (`| head`) is a normal end for a command line tool, not a crash.
process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1));

const result = runPlanCli(process.argv.slice(2), {
  readFile: (p) => readFileSync(p, "utf8"),
  fileSize: (p) => statSync(p).size,
  writeFile: (p, text) => writeFileSync(p, text),
  folderState: (p) => {
    try {
      if (!statSync(p).isDirectory()) return "not-a-folder";
      return readdirSync(p).length === 0 ? "empty" : "not-empty";
    } catch {
      return "missing";
    }
  },
});
if (result.write) {
  mkdirSync(result.write.dir, { recursive: true });
  for (const f of result.write.files) writeFileSync(path.join(result.write.dir, f.path), f.text, { encoding: "utf8", flag: "wx" });
}
if (result.docx) {
  try {
    writeFileSync(result.docx.out, await renderIscpDocx(result.docx.doc));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    result.stderr = `error: cannot write ${result.docx.out}${code ? ` (${code})` : ""}\n`;
    result.exitCode = 2;
  }
}
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
