// Safety: a value from the deployment file never changes what a generated script does. Each hostile
// value is either refused (with the JSON path of the field) or lands quoted so it stays data.
import { describe, expect, it } from "vitest";
import { sqlIdentifier, sqlLiteral } from "../engine/commands";
import { planDeployment } from "../engine/plan";
import { enterprise, enterpriseWithDestinations, standard, type Json } from "../engine/testing/fixtures";
import { validateDeployment } from "../formats/parse-deployment";
import { buildJobPack } from ".";

const HOSTILE = ["&", "%PATH%", '"', "^", "|", "<", ">", "!"];

function packErrors(edit: (d: Json) => void) {
  const d = structuredClone(enterpriseWithDestinations()) as Json;
  edit(d);
  const r = validateDeployment(d);
  if (!r.ok) return { stage: "validation", errors: r.errors.map((e) => `${e.path}: ${e.message}`) };
  const pack = buildJobPack(r.deployment, planDeployment(r.deployment));
  return pack.ok
    ? { stage: "pack", errors: [] as string[], files: pack.files }
    : { stage: "pack", errors: pack.errors.map((e) => `${e.path}: ${e.message}`) };
}

describe("hostile values in the job pack", () => {
  it.each(HOSTILE)("refuses %s in a share path a job copies, naming fileShares[i].path", (c) => {
    const r = packErrors((d) => (d.fileShares[2].path = `\\\\fs01\\ocs\\comp${c}liance`));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^fileShares\[2\]\.path: a share a backup job copies: /);
  });

  it("refuses a 300-character share path", () => {
    const r = packErrors((d) => (d.fileShares[0].path = `\\\\fs01\\ocs\\${"m".repeat(289)}`));
    expect(r.errors).toEqual(["fileShares[0].path: a share a backup job copies: expected at most 200 characters (found 300)"]);
  });

  it("refuses a hostile address-book folder, which the pack reads the normalization rules file from (D9)", () => {
    const r = packErrors((d) => (d.fileShares[3].path = "\\\\fs01\\ocs\\abs&x"));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(
      /^fileShares\[3\]\.path: a folder a backup job copies the normalization rules file from \(D9\): "&" is not allowed/,
    );
  });

  it("does not refuse a hostile address-book folder when the deployment says it holds no rules file (nothing reads it)", () => {
    const r = packErrors((d) => {
      d.fileShares[3].path = "\\\\fs01\\ocs\\abs&x";
      d.fileShares[3].normalizationRules = false;
    });
    expect(r.errors).toEqual([]);
    expect(r.files!.some((f) => f.text.includes("abs&x") && f.path !== "README.txt")).toBe(false);
  });

  it.each([
    ["backup.destination", (d: Json) => (d.backup.destination = "\\\\backup01\\sauvegardes-été")],
    ["backup.offsiteDestination", (d: Json) => (d.backup.offsiteDestination = "\\\\drfs01\\Zürich")],
    ["fileShares[0].path", (d: Json) => (d.fileShares[0].path = "\\\\fs01\\réunions")],
  ])("refuses a non-ASCII path in %s (cmd.exe and sqlcmd would misread the UTF-8 file)", (at, edit) => {
    const r = packErrors(edit);
    // Destinations are refused when the deployment is validated, share paths when a job would copy them.
    expect(r.stage).toBe(at.startsWith("backup.") ? "validation" : "pack");
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(new RegExp(`^${at.replace(/[[\].]/g, "\\$&")}: .*"[éü]" is not ASCII`));
  });

  it.each(["pool&1", "%PATH%", 'po"ol', "po^ol", "pool]1"])("refuses the pool name %s before it reaches /poolname:", (name) => {
    const r = packErrors((d) => {
      d.pools[0].name = name;
      for (const s of d.servers) if (s.pool) s.pool = name;
    });
    expect(r.errors).toContain(
      "pools[0].name: a pool name in a backup job may hold only letters, digits, . _ and - (it is used in /poolname: and in file names)",
    );
  });

  it.each(["\\\\backup01\\ocs&calc", "E:\\%PATH%", 'E:\\a"b', "E:\\a^b", `E:\\${"x".repeat(297)}`])(
    "refuses the destination %s at validation, before any pack",
    (dest) => {
      const r = packErrors((d) => (d.backup.destination = dest));
      expect(r.stage).toBe("validation");
      expect(r.errors.some((e) => e.startsWith("backup.destination: "))).toBe(true);
    },
  );

  it("keeps an apostrophe, a bracket, parentheses and spaces in a destination as data: quoted in cmd, '' in T-SQL literals", () => {
    const dest = "E:\\O'Brien]s backups (nightly)";
    const r = packErrors((d) => (d.backup.destination = dest));
    expect(r.errors).toEqual([]);
    const file = (name: string) => r.files!.find((f) => f.path === name)!.text;
    // cmd.exe: the value is only ever set inside quotes, and only used inside quotes.
    expect(file("fs01-shares.cmd")).toContain(`set "DEST=${dest}"\r\n`);
    for (const f of r.files!.filter((x) => x.path.endsWith(".cmd")))
      for (const line of f.text.split("\r\n").filter((l) => l.includes("%DEST%") && !l.startsWith("REM")))
        expect(line.replace(/"[^"]*"/g, ""), `${f.path}: ${line}`).not.toContain("%DEST%");
    // T-SQL: a literal with the apostrophe doubled; twice over inside the Agent job's step command.
    expect(file("sql01.litware.com-databases.sql")).toContain(
      "SET @file = N'E:\\O''Brien]s backups (nightly)\\databases\\sql01.litware.com\\' + @name;",
    );
    expect(file("sql01.litware.com-agent-job.sql")).toContain(
      "SET @file = N''E:\\O''''Brien]s backups (nightly)\\databases\\sql01.litware.com\\'' + @name;",
    );
    expect(file("sql01.litware.com-agent-job.sql")).toContain(
      "@output_file_name = N'E:\\O''Brien]s backups (nightly)\\logs\\sql01.litware.com-agent-databases.log'",
    );
  });

  it("quotes T-SQL identifiers QUOTENAME-style and literals with doubled apostrophes", () => {
    expect(sqlIdentifier("RTC")).toBe("[RTC]");
    expect(sqlIdentifier("a]b];DROP")).toBe("[a]]b]];DROP]");
    expect(sqlLiteral("it's")).toBe("N'it''s'");
    expect(sqlLiteral("'; EXEC xp_cmdshell 'x' --")).toBe("N'''; EXEC xp_cmdshell ''x'' --'");
  });

  it("refuses a ] or a quote in a SQL instance at validation (it reaches sqlcmd -S)", () => {
    const r = packErrors((d) => (d.servers[0].sqlInstance = "OCS]BE"));
    expect(r.stage).toBe("validation");
    expect(r.errors).toEqual([
      "servers[0].sqlInstance: expected a SQL Server instance name: 1-16 letters, digits, _ or $, starting with a letter or _",
    ]);
  });

  it("never copies the deployment's name into a script; README shows it with cmd characters replaced", () => {
    const d = structuredClone(standard()) as Json;
    d.name = 'Evil & "name" %PATH% ^ | > x';
    const r = validateDeployment(d);
    if (!r.ok) throw new Error("invalid");
    const pack = buildJobPack(r.deployment, planDeployment(r.deployment));
    if (!pack.ok) throw new Error("no pack");
    for (const f of pack.files.filter((x) => x.path !== "README.txt")) expect(f.text).not.toContain("Evil");
    expect(pack.files[0].text.split("\r\n")[0]).toBe("OCS 2007 R2 backup job pack: Evil _ _name_ _PATH_ _ _ _ x");
  });

  it("copies a local share path on the server the plan puts it on (the pool's first front end)", () => {
    const d = structuredClone(enterprise()) as Json;
    d.fileShares[0].path = "D:\\meetings";
    d.pools[0].kind = "enterprise-consolidated";
    const r = validateDeployment(d);
    if (!r.ok) throw new Error("invalid");
    // The plan puts a local path on the pool's first front end, so it is accepted and copied there.
    const pack = buildJobPack(r.deployment, planDeployment(r.deployment));
    expect(pack.ok && pack.files.map((f) => f.path)).toContain("ocspool1server1.litware.com-shares.cmd");
  });
});
