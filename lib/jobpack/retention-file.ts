// P5 retention judged by each copy's own evidence, and the off-site copy. A copy is good when:
// a database backup is not empty and its job logged "VERIFIED: <file>" (RESTORE VERIFYONLY passed);
// a settings export is not empty; a share or IIS configuration copy has _finished.txt "<time> ok".
// Per item the script keeps retentionCopies GOOD copies (newest first by the stamp in the name), never
// deletes the newest good one, deletes failed copies older than it, keeps failed copies newer than it,
// and fails (exit 1, a FAILED line saying what to do, a failed row in an evidence file) when the item
// has no good copy younger than its interval.
import { datedMachineExportFile, datedPoolExportFile } from "../engine/commands";
import {
  banner,
  CLOCK_SUBROUTINE,
  closeRun,
  crlf,
  FAILED_SUBROUTINE,
  JOB_DIR,
  openRun,
  preamble,
  safeMessage,
  STAMP_SUBROUTINE,
} from "./batch";
import { expressCmdFileName, agentJobFileName } from "./database-files";
import { iisFileName } from "./iis-files";
import type { JobPackModel } from "./jobs";
import { EVIDENCE_HEADER, FINISHED_SUBROUTINE, MINUTES_SUBROUTINE, STAMPED_SUBROUTINE, VERIFIED_SUBROUTINE } from "./listing";
import { settingsFileName } from "./settings-files";
import { sharesFileName } from "./share-files";

export const RETENTION_FILE = "retention-and-offsite.cmd";

export type RetainedKind = "database" | "file" | "dir";

/** One item whose dated copies retention judges: where they are, how they are named, how often one must be good. */
export interface RetainedItem {
  kind: RetainedKind;
  /** Folder under the destination (or the off-site destination). */
  folder: string;
  /** The name around the stamp: `<prefix>yyyyMMdd-HHmmss<suffix>`. */
  prefix: string;
  suffix: string;
  /** The item's interval in hours: a good copy older than this fails the run. */
  hours: number;
  /** kind,server,item of the evidence row written when no good copy is young enough; empty: no row (IIS). */
  row: string;
  /** The server whose logs hold the VERIFIED lines (databases). */
  server: string;
  /** What a person reads: the item and the job that makes it. */
  what: string;
}

export function retainedItems(m: JobPackModel): RetainedItem[] {
  const out: RetainedItem[] = [];
  for (const job of m.databases)
    for (const b of job.backUp)
      out.push({
        kind: "database",
        folder: `databases\\${job.server}`,
        prefix: `${b.database}-`,
        suffix: ".bak",
        hours: m.cadence.databases.hours,
        row: `database,${job.server},${b.database}`,
        server: job.server,
        what: `database ${b.database} of ${job.server}, made by ${job.scheduler === "sql-agent" ? `the Agent job of ${agentJobFileName(job.server)}` : expressCmdFileName(job.server)}`,
      });
  for (const job of m.shares)
    for (const c of job.copies)
      out.push({
        kind: "dir",
        folder: `shares\\${c.share.content}`,
        prefix: "",
        suffix: "",
        hours: m.cadence.shares.hours,
        row: `share,,${c.share.content}`,
        server: "",
        what: `share copy ${c.share.content}, made by ${sharesFileName(job.host)} on ${job.host}`,
      });
  for (const job of m.settings)
    for (const e of job.exports) {
      const pool = e.levels.includes("pool");
      out.push({
        kind: "file",
        folder: "settings",
        prefix: (pool ? datedPoolExportFile(e.pool!, "") : datedMachineExportFile(e.server, "")).replace(/\.xml$/, ""),
        suffix: ".xml",
        hours: m.cadence.settings.hours,
        row: `settings,${e.server},${pool ? "global-pool" : "machine"}`,
        server: "",
        what: `${pool ? `global and pool settings of ${e.pool}` : `machine settings of ${e.server}`}, made by ${settingsFileName(job.server)}`,
      });
    }
  for (const j of m.iis)
    out.push({
      kind: "dir",
      folder: `iis\\${j.server}`,
      prefix: "",
      suffix: "",
      hours: m.cadence.settings.hours,
      row: "",
      server: j.server,
      what: `IIS configuration of ${j.server}, made by ${iisFileName(j.server)}`,
    });
  const seen = new Set<string>();
  return out.filter((i) => !seen.has(`${i.folder}|${i.prefix}`) && seen.add(`${i.folder}|${i.prefix}`));
}

/** `call :retain …` for one item under a root; hours 0 = judge and prune only (the off-site copy). */
const retainLine = (i: RetainedItem, root: "%DEST%" | "%OFFSITE%", hours: number) =>
  `call :retain ${i.kind} "${root}\\${i.folder}" "${i.prefix}" "${i.suffix}" ${Math.ceil(hours * 60)} "${i.row}" "${i.server}" "${safeMessage(i.what)}"`;

export function retentionFile(m: JobPackModel): string {
  const keep = m.retentionCopies;
  const items = retainedItems(m);
  const lines = [
    "@echo off",
    ...banner(
      "REM",
      RETENTION_FILE,
      [
        `on the computer that ran install-schedule.cmd (it registers this file there, from ${JOB_DIR}\\), at ${m.start.housekeeping}, after the backup window.`,
      ],
      ["an account that can delete files under the destination", ...(m.offsite ? ["and write to the off-site destination."] : ["."])],
      [
        `Keeps the ${keep} newest GOOD copies of every database backup, share copy, settings export and IIS configuration copy (P5):`,
        "a backup is good when it is not empty and its job logged VERIFIED (RESTORE VERIFYONLY), a share or IIS copy when its",
        "_finished.txt says ok, an export when it is not empty. Never deletes the newest good copy; deletes failed copies older",
        "than it. Exits with 1 (FAILED lines in the log, failed rows in evidence\\evidence-<stamp>-retention.csv) when an item",
        "has no good copy younger than its interval.",
        m.offsite
          ? "Then copies the destination to the off-site destination with robocopy and prunes it the same way."
          : "No off-site destination is modelled, so no off-site copy is made.",
      ],
      ["Only names of the exact form <item>-yyyyMMdd-HHmmss are touched; any other name is logged, quoted, and left alone."],
    ),
    ...preamble(m.destination, m.placeholder),
    ...(m.offsite ? [`set "OFFSITE=${m.offsite}"`] : []),
    ...openRun("retention-and-offsite"),
    "call :clock",
    `set "KEEP=${keep}"`,
    'set "ROWS=%DEST%\\evidence\\evidence-%STAMP%-retention.csv"',
    "call :minutes %STAMP%",
    'set "NOWMIN=%MIN%"',
    "",
    `REM P5 Retention: keep ${keep} good copies (backup.retentionCopies) of each item; fail when the newest good one is older than its interval.`,
    ...items.map((i) => retainLine(i, "%DEST%", i.hours)),
    "",
  ];
  if (m.offsite)
    lines.push(
      "REM P5 S5 Off-site copy: everything under the destination, then the same pruning there. robocopy 0-7 = complete, 8+ = failure.",
      'robocopy "%DEST%" "%OFFSITE%" /E /R:2 /W:30 /NP /XD "%DEST%\\logs" /LOG+:"%LOG%"',
      'set "RC=%ERRORLEVEL%"',
      'if %RC% GEQ 8 call :failed "P5 off-site robocopy returned %RC%"',
      'if %RC% LSS 0 call :failed "P5 off-site robocopy returned %RC%"',
      ...items.map((i) => retainLine(i, "%OFFSITE%", 0)),
      "",
    );
  else lines.push("REM P5 No off-site destination is modelled (backup.offsiteDestination): set one to get an off-site copy job.", "");
  lines.push(
    ...closeRun(),
    "",
    ":retain",
    "REM %1 kind (database, file, dir)  %2 folder  %3 %4 the name around the stamp  %5 interval in minutes (0: no check)",
    "REM %6 kind,server,item of the evidence row  %7 the server whose logs say VERIFIED  %8 what, for the message.",
    'set "R_KIND=%~1"',
    'set "R_DIR=%~2"',
    'set "P_PRE=%~3"',
    'set "P_SUF=%~4"',
    'set "R_MIN=%~5"',
    'set "R_ROW=%~6"',
    'set "R_SERVER=%~7"',
    'set "R_WHAT=%~8"',
    'set "R_GOOD=0"',
    'set "R_NEWEST=none"',
    'set "R_ATTR=/a-d"',
    'if "%R_KIND%"=="dir" set "R_ATTR=/ad"',
    'if exist "%R_DIR%\\" for /f "delims=" %%F in (\'dir /b %R_ATTR% /o-n "%R_DIR%\\%P_PRE%*%P_SUF%" 2^>nul\') do (set "N=%%F" & call :retain_one)',
    'if "%R_MIN%"=="0" exit /b 0',
    'if "%R_NEWEST%"=="none" goto retain_stale',
    "call :minutes %R_NEWEST%",
    'set /a "AGE=NOWMIN-MIN"',
    "if %AGE% GTR %R_MIN% goto retain_stale",
    '>>"%LOG%" echo OK: %R_WHAT%: %R_GOOD% good, newest %R_NEWEST%',
    "exit /b 0",
    ":retain_stale",
    'set /a "R_H=R_MIN/60, R_R=R_MIN%%60"',
    'set "R_SPAN=%R_H% h"',
    'if not "%R_R%"=="0" set "R_SPAN=%R_MIN% min"',
    "call :failed \"P5 %R_WHAT%: no good copy in the last %R_SPAN% (newest good: %R_NEWEST%). Read that job's log under the destination's logs folder, fix the cause, run the job by hand and check it\"",
    'if "%R_ROW%"=="" exit /b 0',
    'if not exist "%DEST%\\evidence\\" mkdir "%DEST%\\evidence"',
    `if not exist "%ROWS%" >"%ROWS%" echo ${EVIDENCE_HEADER}`,
    '>>"%ROWS%" echo %R_ROW%,%CLOCK%,,failed,',
    "exit /b 0",
    "",
    ":retain_one",
    "REM One listed name, newest first: judge it by its own evidence, keep or delete it.",
    "call :stamped",
    'if "%OK%"=="0" exit /b 0',
    'set "C=%R_DIR%\\%N%"',
    'set "GOOD=0"',
    'if "%R_KIND%"=="dir" call :finished',
    'if "%R_KIND%"=="dir" if "%FR%"=="ok" set "GOOD=1"',
    'if not "%R_KIND%"=="dir" for %%Z in ("%C%") do if %%~zZ GTR 0 set "GOOD=1"',
    'if "%R_KIND%"=="database" if "%GOOD%"=="1" call :verified',
    'if "%GOOD%"=="1" goto retain_good',
    'if "%R_NEWEST%"=="none" >>"%LOG%" echo KEEP failed copy %N%: newer than every good copy',
    'if not "%R_NEWEST%"=="none" call :delete "failed, older than the newest good copy %R_NEWEST%"',
    "exit /b 0",
    ":retain_good",
    'set /a "R_GOOD+=1"',
    'if "%R_NEWEST%"=="none" set "R_NEWEST=%S%"',
    'if %R_GOOD% GTR %KEEP% call :delete "good, beyond the %KEEP% newest good copies"',
    "exit /b 0",
    "",
    ":delete",
    "REM C = the copy (an accepted name under the folder), %1 = why.",
    '>>"%LOG%" echo delete %N% (%~1)',
    'if "%R_KIND%"=="dir" rd /s /q "%C%"',
    'if not "%R_KIND%"=="dir" del /f /q "%C%"',
    'if exist "%C%" call :failed "P5 could not delete %N%"',
    "exit /b 0",
    ...STAMPED_SUBROUTINE,
    ...VERIFIED_SUBROUTINE,
    ...FINISHED_SUBROUTINE,
    ...MINUTES_SUBROUTINE,
    ...STAMP_SUBROUTINE,
    ...CLOCK_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}
