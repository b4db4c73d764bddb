// npm run plan -- <file> --format iscp --out <file.docx> | --format iscp-md: the contingency plan document.
import { describe, expect, it } from "vitest";
import { runPlanCli } from "./plan-command";
import { extension2Example } from "../lib/formats/testing/extension-2-example";

const text = JSON.stringify(extension2Example());
const io = { readFile: () => text, fileSize: () => Buffer.byteLength(text), now: () => Date.parse("2026-12-01T09:00:00Z") };

describe("npm run plan -- --format iscp | iscp-md", () => {
  it("iscp-md prints the document's Markdown on stdout, a draft with NIST's headings", () => {
    const r = runPlanCli(["org.json", "--format", "iscp-md"], io);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([
      "# Information System Contingency Plan: Litware headquarters (Enterprise, consolidated) with backup destinations (people, impact, prerequisites)",
      "",
      "**DRAFT: deployment version 1 is not an approved plan version**",
    ]);
    expect(r.stdout).toContain("\n## Appendix M: Document Change Page\n");
    expect(r.stdout).toContain("\n### 3.1 Activation Criteria and Procedure\n");
  });

  it("iscp needs --out and hands the document to the wrapper to write as DOCX", () => {
    expect(runPlanCli(["org.json", "--format", "iscp"], io)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^--format iscp needs --out <file.docx>/),
    });
    const r = runPlanCli(["org.json", "--format", "iscp", "--out", "plan.docx"], io);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.docx?.out).toBe("plan.docx");
    expect(r.docx?.doc.level).toBe("moderate");
    expect(r.docx?.doc.producedOn).toBe("2026-12-01");
  });

  it("an invalid file writes nothing and names the path", () => {
    const bad = JSON.stringify({ ...extension2Example(), contacts: [{ name: "A", roles: ["boss"] }] });
    const r = runPlanCli(["org.json", "--format", "iscp", "--out", "plan.docx"], {
      ...io,
      readFile: () => bad,
      fileSize: () => bad.length,
    });
    expect(r.exitCode).toBe(2);
    expect(r.docx).toBeUndefined();
    expect(r.stderr).toContain("error: contacts[0].roles[0]: expected a contact role");
  });
});
