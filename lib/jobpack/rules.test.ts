// The job pack's rules, each stated as a test over varied generated deployments (issue 31). The golden files
// show that a line changed; these say which rule a change broke, so regenerating the golden files with
// UPDATE_GOLDEN=1 cannot hide a broken rule. What the rules do when they run is shown under Wine (wine.test.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import { validateDeployment } from "../formats/parse-deployment";
import { planDeployment } from "../engine/plan";
import { runs } from "../engine/testing/runs";
import { variedDeploymentArbitrary } from "../engine/testing/varied";
import { buildJobPack, type JobFile } from ".";
import { STAMP_SUBROUTINE } from "./batch";
import { STAMPED_SUBROUTINE } from "./listing";

const DESTINATIONS = [undefined, "\\\\backup01\\ocs", "E:\\OCS backups (nightly)", "\\\\fs-02\\O'Brien]s share\\ocs"];
const OFFSITES = [undefined, "\\\\drfs01\\ocs", "F:\\off site (weekly)"];

/** A varied deployment with a destination (or none), an off-site copy (or none) and its own retention count. */
const packDeployment = fc
  .tuple(variedDeploymentArbitrary, fc.constantFrom(...DESTINATIONS), fc.constantFrom(...OFFSITES), fc.integer({ min: 1, max: 40 }))
  .map(([d, destination, offsite, keep]) => {
    const out = structuredClone(d);
    if (destination) out.backup.destination = destination;
    else delete out.backup.destination;
    if (destination && offsite) out.backup.offsiteDestination = offsite;
    else delete out.backup.offsiteDestination;
    out.backup.retentionCopies = keep;
    const r = validateDeployment(JSON.parse(JSON.stringify(out)));
    if (!r.ok) throw new Error(`generated deployment invalid: ${JSON.stringify(r.errors.slice(0, 3))}`);
    return r.deployment;
  });

function pack(d: Deployment): JobFile[] {
  const built = buildJobPack(d, planDeployment(d));
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.files;
}

const lines = (f: JobFile) => f.text.split("\r\n");
const isCmd = (f: JobFile) => f.path.endsWith(".cmd");
const isSql = (f: JobFile) => f.path.endsWith(".sql");
/** The lines cmd.exe runs: not comments, not labels. */
const cmdCode = (f: JobFile) => lines(f).filter((l) => l !== "" && !/^REM( |$)/.test(l) && !l.startsWith(":") && l !== "@echo off");
/** A cmd line without its double-quoted parts (what cmd.exe would parse as separators and commands). */
const unquoted = (l: string) => l.replace(/"[^"]*"/g, '""');
/** T-SQL without -- comments and without N'…' literals (doubled apostrophes included). */
const sqlOutsideLiterals = (text: string) =>
  text
    .split("\r\n")
    .filter((l) => !l.trimStart().startsWith("--"))
    .join("\n")
    .replace(/N'(?:[^']|'')*'/g, "N''");

const RUN = runs(30);

describe("the job pack's rules, over varied deployments", () => {
  it("robocopy: every exit code check reads 8 or more (and a negative crash code) as failure, 0-7 as success", () => {
    fc.assert(
      fc.property(packDeployment, (d) => {
        for (const f of pack(d).filter(isCmd)) {
          const code = cmdCode(f);
          code.forEach((l, i) => {
            if (!/^robocopy /.test(l)) return;
            // The very next line captures robocopy's code, before anything can change ERRORLEVEL.
            expect(code[i + 1], `${f.path}: after ${l}`).toMatch(/^(set "RC=%ERRORLEVEL%"|call :robocopy_result \S+ %ERRORLEVEL%)$/);
          });
          // Every comparison of a captured robocopy code: failure at GEQ 8, or below 0; nothing else.
          const checks = code.filter((l) => /^if %(RC|2)% /.test(l) || /^if %2 /.test(l));
          for (const l of checks) expect(l, f.path).toMatch(/^if %(RC%|2) (GEQ 8|LSS 0) /);
          if (code.some((l) => /^robocopy /.test(l))) {
            expect(checks.filter((l) => / GEQ 8 /.test(l)).length, f.path).toBeGreaterThan(0);
            expect(checks.filter((l) => / LSS 0 /.test(l)).length, f.path).toBeGreaterThan(0);
          }
          // IF ERRORLEVEL n is true for any code >= n and misses negative codes: never used.
          expect(
            code.filter((l) => /\bif (not )?errorlevel \d/i.test(l)),
            f.path,
          ).toEqual([]);
        }
      }),
      RUN,
    );
  });

  it("databases: every BACKUP DATABASE has WITH CHECKSUM and is followed by RESTORE VERIFYONLY WITH CHECKSUM of the same file", () => {
    fc.assert(
      fc.property(packDeployment, (d) => {
        for (const f of pack(d).filter(isSql)) {
          const text = f.path.endsWith("-agent-job.sql") ? f.text.replace(/''/g, "'") : f.text;
          const backups = [...text.matchAll(/BACKUP DATABASE (\[[^\]]+\]) TO DISK = @file WITH ([^;]*);/g)];
          const anyBackup = (text.match(/BACKUP DATABASE/g) ?? []).length;
          expect(backups.length, f.path).toBe(anyBackup);
          backups.forEach((b, i) => {
            expect(b[2].split(", ")[0], `${f.path} ${b[1]}`).toBe("CHECKSUM");
            const next = backups[i + 1]?.index ?? text.length;
            const between = text.slice(b.index, next);
            expect(between, `${f.path} ${b[1]}`).toMatch(
              /\r\nSET @error = @@ERROR;\r\nIF @error = 0\r\nBEGIN\r\n {2}RESTORE VERIFYONLY FROM DISK = @file WITH CHECKSUM;/,
            );
            // The file is not reassigned between the backup and its verification.
            expect(between.slice(0, between.indexOf("RESTORE VERIFYONLY")), `${f.path} ${b[1]}`).not.toMatch(/SET @file =/);
            // VERIFIED (what retention counts as good) is printed only when both succeeded.
            expect(between, `${f.path} ${b[1]}`).toMatch(
              / {2}SET @error = @@ERROR;\r\nEND;\r\n.*\r\nIF @error = 0\r\n {2}PRINT N'VERIFIED: ' \+ @name;/,
            );
          });
        }
      }),
      RUN,
    );
  });

  it("retention: keeps retentionCopies GOOD copies per item, newest first by the stamp, never the newest good one", () => {
    fc.assert(
      fc.property(packDeployment, (d) => {
        const f = pack(d).find((x) => x.path === "retention-and-offsite.cmd")!;
        const code = cmdCode(f);
        expect(code).toContain(`set "KEEP=${Math.max(1, d.backup.retentionCopies)}"`);
        // Listings are name-descending, and a name is used only once :stamped has accepted it as exactly
        // <prefix>yyyyMMdd-HHmmss<suffix>: name order is stamp order.
        const listing = code.filter((l) => l.includes("('dir /b"));
        expect(listing.length).toBeGreaterThan(0);
        for (const l of listing.filter((x) => !x.includes("\\logs\\")))
          expect(l).toMatch(/\('dir \/b %R_ATTR% \/o-n "%R_DIR%\\%P_PRE%\*%P_SUF%" 2\^>nul'\) do \(set "N=%%F" & call :retain_one\)$/);
        const body = f.text.slice(f.text.indexOf("\r\n:retain_one\r\n"));
        expect(body.split("\r\n").slice(3, 5)).toEqual(["call :stamped", 'if "%OK%"=="0" exit /b 0']);
        // A good copy is deleted only beyond KEEP good ones (KEEP >= 1, so never the newest good one);
        // a failed one only when a newer good one exists.
        const deletes = code.filter((l) => l.includes("call :delete"));
        expect(deletes).toEqual([
          'if not "%R_NEWEST%"=="none" call :delete "failed, older than the newest good copy %R_NEWEST%"',
          'if %R_GOOD% GTR %KEEP% call :delete "good, beyond the %KEEP% newest good copies"',
        ]);
        // No good copy younger than the interval: exit 1 and a failed evidence row.
        expect(code).toContain("if %AGE% GTR %R_MIN% goto retain_stale");
        expect(code).toContain('>>"%ROWS%" echo %R_ROW%,%CLOCK%,,failed,');
        // Every item the pack writes is judged, at its own interval.
        const items = code.filter((l) => l.startsWith("call :retain ") && l.includes('"%DEST%'));
        for (const l of items)
          expect(l).toMatch(/^call :retain (database|file|dir) "%DEST%\\[^"]+" "[A-Za-z0-9._-]*" "(\.bak|\.xml|)" [1-9]\d* /);
      }),
      RUN,
    );
  });

  it("quoting: every path from the model, and every variable holding one, is used only inside double quotes", () => {
    fc.assert(
      fc.property(packDeployment, (d) => {
        const files = pack(d);
        const modelPaths = [d.backup.destination, d.backup.offsiteDestination, ...(d.fileShares ?? []).map((s) => s.path)].filter(
          (p): p is string => !!p,
        );
        // (A listed name, %N%, is used unquoted only after :stamped accepted it: letters, digits, . _ - only.)
        const variables = [
          "%DEST%",
          "%OFFSITE%",
          "%COLLECT%",
          "%TARGET%",
          "%FILE%",
          "%LOG%",
          "%CSV%",
          "%ROWS%",
          "%C%",
          "%R_DIR%",
          "%LCSCMD%",
        ];
        for (const f of files.filter(isCmd))
          for (const l of cmdCode(f)) {
            const bare = unquoted(l);
            for (const v of variables) expect(bare.includes(v), `${f.path}: ${l}`).toBe(false);
            for (const p of modelPaths) expect(bare.includes(p), `${f.path}: ${l}`).toBe(false);
          }
        // T-SQL: the destination only ever inside an N'...' literal.
        for (const f of files.filter(isSql))
          for (const p of modelPaths) expect(sqlOutsideLiterals(f.text).includes(p.replace(/'/g, "''")), f.path).toBe(false);
      }),
      RUN,
    );
  });

  it("the stamp is yyyyMMdd-HHmmss: every script that names a file with %STAMP% reads it with :stamp, the T-SQL builds the same", () => {
    // :stamp turns wmic's yyyyMMddHHmmss.ffffff+UUU into yyyyMMdd-HHmmss.
    expect(STAMP_SUBROUTINE).toContain('set "STAMP=%STAMP:~0,8%-%STAMP:~8,6%"');
    expect(STAMP_SUBROUTINE).toContain('if "%STAMP:~13,1%"=="" exit /b 1');
    // :stamped accepts exactly 8 digits, -, 6 digits between the prefix and the suffix.
    expect(STAMPED_SUBROUTINE).toContain('if not "%N%"=="%P_PRE%%S%%P_SUF%" set "OK=0"');
    expect(STAMPED_SUBROUTINE).toContain('for /f "delims=0123456789" %%X in ("%S:~0,8%%S:~9,6%") do set "OK=0"');
    expect(STAMPED_SUBROUTINE).toContain('if not "%S:~8,1%"=="-" set "OK=0"');
    fc.assert(
      fc.property(packDeployment, (d) => {
        for (const f of pack(d)) {
          if (isCmd(f) && f.text.includes("%STAMP%")) {
            expect(f.text, f.path).toContain(STAMP_SUBROUTINE.join("\r\n"));
            const code = cmdCode(f);
            expect(code.indexOf("call :stamp"), f.path).toBeGreaterThanOrEqual(0);
            const firstUse = code.findIndex((l) => l.includes("%STAMP%") && !l.startsWith('set "STAMP='));
            expect(code.indexOf("call :stamp"), f.path).toBeLessThan(firstUse);
            for (const name of f.text.matchAll(/-%STAMP%(\.\w+)?"/g)) expect(name[0]).toMatch(/^-%STAMP%(\.(xml|bak|log|csv))?"$/);
          }
          if (isSql(f) && f.text.includes("BACKUP DATABASE")) {
            const stamp = "SET @stamp = CONVERT(nchar(8), @now, 112) + N'-' + REPLACE(CONVERT(nchar(8), @now, 108), N':', N'');";
            // The Agent job carries the same T-SQL inside a literal, its apostrophes doubled.
            expect(f.text, f.path).toContain(f.path.endsWith("-agent-job.sql") ? stamp.replace(/'/g, "''") : stamp);
          }
        }
      }),
      RUN,
    );
  });

  it("sqlcmd is always called with -b (a T-SQL error becomes a non-zero exit code) and Windows authentication", () => {
    fc.assert(
      fc.property(packDeployment, (d) => {
        for (const f of pack(d))
          for (const l of lines(f).filter((x) => /\bsqlcmd -S /.test(x))) expect(l, f.path).toMatch(/\bsqlcmd -S \S+ -E -b /);
      }),
      RUN,
    );
  });

  it("NOT READY: without a destination every file says so, and every script stops before it writes or runs anything", () => {
    fc.assert(
      fc.property(
        packDeployment.filter((d) => !d.backup.destination),
        (d) => {
          for (const f of pack(d)) {
            if (f.path === "README.txt") expect(f.text).toContain("NOT READY: the model names no backup destination");
            else if (isCmd(f)) {
              const code = cmdCode(f);
              const guard = code.indexOf('if "%DEST%"=="<dir>" exit /b 1');
              expect(guard, f.path).toBeGreaterThan(0);
              const before = code.slice(0, guard).filter((l) => !/^(setlocal |set "[A-Z]+=[^%]*"$|if "%DEST%"=="<dir>" echo )/.test(l));
              expect(before, f.path).toEqual([]);
            } else if (isSql(f)) {
              const statements = f.text.split("\r\n").filter((l) => l !== "" && !l.startsWith("--"));
              const guard = [
                "RAISERROR(N'No backup destination is set for this job pack: set it in the planner and generate the pack again.', 16, 1);",
                "RETURN;",
              ];
              const expected = f.path.endsWith("-agent-job.sql") ? guard : ["SET NOCOUNT ON;", ...guard];
              expect(statements.slice(0, expected.length), f.path).toEqual(expected);
            }
          }
        },
      ),
      runs(15),
    );
  });
});
