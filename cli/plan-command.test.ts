import path from "node:path";
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runPlanCli } from "./plan-command";
import { planSchema } from "../lib/formats/plan";

const examples = path.resolve(__dirname, "../../shared/examples");
const realIo = { readFile: (p: string) => readFileSync(p, "utf8"), fileSize: (p: string) => statSync(p).size };
const memoryIo = (text: string) => ({ readFile: () => text, fileSize: () => Buffer.byteLength(text) });

describe("npm run plan", () => {
  it("prints the plan as JSON only on stdout and exits 0 for a valid file", () => {
    const r = runPlanCli([path.join(examples, "litware-standard.json")], realIo);
    expect(r.exitCode).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.stdout));
    expect(plan.format).toBe("ocs-backup-plan-result/v1");
    expect(plan.deployment).toBe("Litware branch (Standard Edition)");
    // Servers in canonical order: by site, then restore phase (table 17-9), then FQDN.
    expect(plan.settingsExports.filter((e) => e.levels.includes("machine")).map((e) => e.server)).toEqual([
      "ocsse1.litware.com",
      "arch1.litware.com",
      "mon1.litware.com",
      "med1.litware.com",
      "edge1.litware.com",
    ]);
  });

  it("prints Markdown with --format markdown", () => {
    const r = runPlanCli([path.join(examples, "litware-enterprise-consolidated.json"), "--format", "markdown"], realIo);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain("lcscmd /config /action:export /level:global,pool");
  });

  it("exits 2 with path-naming errors on stderr for an invalid file", () => {
    const d = JSON.parse(readFileSync(path.join(examples, "litware-standard.json"), "utf8"));
    d.servers[1].roles = ["archivng"];
    const r = runPlanCli(["bad.json"], memoryIo(JSON.stringify(d)));
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("servers[1].roles[0]");
  });

  it("refuses an unknown format option", () => {
    const r = runPlanCli(["x.json", "--format", "pdf"], memoryIo("{}"));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--format must be json, markdown, jobs, iscp or iscp-md/);
  });

  it("writes the plan to --out, the same text stdout gets, and says where on stderr", () => {
    const file = path.join(examples, "litware-standard.json");
    const written: Record<string, string> = {};
    const io = { ...realIo, writeFile: (p: string, text: string) => void (written[p] = text) };
    for (const args of [
      [file, "--out", "plan.json"],
      [file, "--out=plan.json"],
    ]) {
      const r = runPlanCli(args, io);
      expect(r).toEqual({ stdout: "", stderr: "The plan is in plan.json.\n", exitCode: 0 });
      expect(written["plan.json"]).toBe(runPlanCli([file], realIo).stdout);
    }
  });

  it("reports a file it cannot write, and --out without a name", () => {
    const refuse = () => {
      throw Object.assign(new Error("no"), { code: "EACCES" });
    };
    const file = path.join(examples, "litware-standard.json");
    expect(runPlanCli([file, "--out", "C:\\plans\\plan.json"], { ...realIo, writeFile: refuse })).toEqual({
      stdout: "",
      stderr: "error: cannot write C:\\plans\\plan.json (EACCES)\n",
      exitCode: 2,
    });
    const r = runPlanCli([file, "--out"], realIo);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^--out needs a file name/);
  });

  it("reports a missing file without a stack trace", () => {
    const r = runPlanCli(["/nonexistent/deployment.json"], realIo);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot read \/nonexistent\/deployment.json \(ENOENT\)/);
  });
});

describe("npm run plan -- <file> --evidence <evidence.csv> [--as-of <time>]", () => {
  const deployment = path.join(examples, "litware-enterprise-consolidated.json");
  const files = (evidence: string) => ({
    readFile: (p: string) => (p === "evidence.csv" ? evidence : readFileSync(p, "utf8")),
    fileSize: (p: string) => (p === "evidence.csv" ? Buffer.byteLength(evidence) : statSync(p).size),
    now: () => Date.parse("2026-11-28T12:00:00Z"),
  });
  const good =
    "kind,server,item,finishedAt,sizeBytes,result\nsettings,dir1.litware.com,machine,2026-11-28T01:00:00Z,,ok\ndatabase,sql01.litware.com,RTC,2026-11-20T01:42:10Z,,ok\ndatabase,sql09.litware.com,RTC,2026-11-28T01:42:10Z,,ok\n";

  it("adds the evidence section and its gaps, judged at --as-of", () => {
    const r = runPlanCli([deployment, "--evidence", "evidence.csv", "--as-of", "2026-11-21T01:00:00+01:00"], files(good));
    expect(r.exitCode).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.stdout));
    expect(plan.evidence?.asOf).toBe("2026-11-21T00:00:00Z");
    expect(plan.evidence?.items.find((i) => i.item === "RTC")).toMatchObject({ ageHours: 22.3, status: "ok" });
    // The machine export ran after the as-of time: not counted.
    expect(plan.evidence?.items.find((i) => i.server === "dir1.litware.com")).toMatchObject({ status: "no-evidence" });
    expect(r.stderr).toContain(
      "warning: evidence.csv: line 4, column 2 (server): the deployment has no server sql09.litware.com: not counted",
    );
  });

  it("judges at the current time without --as-of", () => {
    const r = runPlanCli([deployment, "--evidence=evidence.csv"], files(good));
    const plan = planSchema.parse(JSON.parse(r.stdout));
    expect(plan.evidence?.asOf).toBe("2026-11-28T12:00:00Z");
    expect(plan.evidence?.items.find((i) => i.item === "RTC")).toMatchObject({ status: "stale" });
    expect(plan.gaps.map((g) => g.id)).toContain("evidence-stale:RTC@sql01.litware.com");
  });

  it("exits 2 with line and column errors for a bad evidence file, and prints no plan", () => {
    const r = runPlanCli(
      [deployment, "--evidence", "evidence.csv"],
      files("kind,server,item,finishedAt,sizeBytes,result\ndatabase,sql01.litware.com,RTC,2026-11-20 01:42,,ok\n"),
    );
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'error: evidence.csv: line 2, column 4 (finishedAt): "2026-11-20 01:42" has no time zone: add Z (UTC) or an offset such as +01:00\n',
    );
  });

  it("refuses an --as-of without a zone, with or without --evidence", () => {
    const r = runPlanCli([deployment, "--evidence", "evidence.csv", "--as-of", "2026-11-21T01:00:00"], files(good));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: --as-of: "2026-11-21T01:00:00" has no time zone/);
    expect(runPlanCli([deployment, "--as-of", "2026-11-21T01:00"], files(good)).stderr).toMatch(/^error: --as-of: .* has no time zone/);
  });

  it("reports a missing evidence file without a stack trace", () => {
    const r = runPlanCli([deployment, "--evidence", "nowhere.csv"], realIo);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot read nowhere.csv \(ENOENT\)/);
  });
});

describe("npm run plan -- --format jobs --out <folder>", () => {
  const folderIo = (state: "missing" | "empty" | "not-empty" | "not-a-folder") => ({ ...realIo, folderState: () => state });

  it("returns the job pack's files to write and lists them on stderr, nothing on stdout", () => {
    const r = runPlanCli(
      [path.join(examples, "extension-1/litware-enterprise-destinations.json"), "--format", "jobs", "--out", "pack"],
      folderIo("missing"),
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.write?.dir).toBe("pack");
    const names = r.write!.files.map((f) => f.path);
    expect(names).toContain("README.txt");
    expect(names).toContain("install-schedule.cmd");
    expect(names).toContain("sql01.litware.com-agent-job.sql");
    expect(r.stderr.trim().split("\n")).toEqual(names.map((n) => `pack/${n}`));
  });

  it("exits 2 with path-named errors and writes nothing for an invalid file", () => {
    const d = JSON.parse(readFileSync(path.join(examples, "extension-1/litware-enterprise-destinations.json"), "utf8"));
    d.backup.destination = "\\\\backup01\\ocs & del C:\\x";
    d.servers[0].sqlInstance = "OCS]BE";
    const r = runPlanCli(["bad.json", "--format", "jobs", "--out", "pack"], {
      ...memoryIo(JSON.stringify(d)),
      folderState: () => "missing" as const,
    });
    expect(r.exitCode).toBe(2);
    expect(r.write).toBeUndefined();
    expect(r.stderr).toContain('error: backup.destination: the backup destination: "&" is not allowed');
    expect(r.stderr).toContain("error: servers[0].sqlInstance: expected a SQL Server instance name");
  });

  it("exits 2 naming the share path a job could not use, and writes nothing", () => {
    const d = JSON.parse(readFileSync(path.join(examples, "litware-enterprise-consolidated.json"), "utf8"));
    d.fileShares[1].path = "\\\\fs01\\ocs\\%PATH%";
    const r = runPlanCli(["bad.json", "--format", "jobs", "--out", "pack"], {
      ...memoryIo(JSON.stringify(d)),
      folderState: () => "missing" as const,
    });
    expect(r.exitCode).toBe(2);
    expect(r.write).toBeUndefined();
    expect(r.stderr).toMatch(/^error: fileShares\[1\]\.path: a share a backup job copies: "%" is not allowed/);
  });

  it("refuses a folder that is not empty, and --format jobs without --out", () => {
    const file = path.join(examples, "litware-standard.json");
    const full = runPlanCli([file, "--format", "jobs", "--out", "pack"], folderIo("not-empty"));
    expect([full.exitCode, full.write]).toEqual([2, undefined]);
    expect(full.stderr).toMatch(/not empty/);
    expect(runPlanCli([file, "--format", "jobs"], folderIo("missing")).exitCode).toBe(2);
    // Without --format jobs, --out names the plan file instead of a folder.
    const written: string[] = [];
    const asFile = runPlanCli([file, "--out", "x"], { ...folderIo("missing"), writeFile: (p) => void written.push(p) });
    expect([asFile.exitCode, asFile.write, written]).toEqual([0, undefined, ["x"]]);
    expect(runPlanCli([file, "--format", "jobs", "--out", "pack"], folderIo("empty")).exitCode).toBe(0);
  });
});
