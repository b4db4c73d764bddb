// Retention (keep retentionCopies copies, delete older ones) and the off-site copy, for every folder
// the other jobs write; and the evidence script that turns what ran into the evidence file
// (../shared/spec/evidence-format.md).
import { datedMachineExportFile, datedPoolExportFile } from "../engine/commands";
import { banner, CLOCK_SUBROUTINE, closeRun, crlf, FAILED_SUBROUTINE, JOB_DIR, openRun, preamble, STAMP_SUBROUTINE } from "./batch";
import type { JobPackModel } from "./jobs";

export const RETENTION_FILE = "retention-and-offsite.cmd";
export const EVIDENCE_FILE = "collect-evidence.cmd";

/** The dated-name pattern of a file (the stamp yyyyMMdd-HHmmss as ? wildcards). */
const STAMP_PATTERN = "????????-??????";

interface DatedFiles {
  folder: string;
  pattern: string;
  rule: string;
}

function datedFiles(m: JobPackModel): DatedFiles[] {
  const out: DatedFiles[] = [];
  for (const job of m.settings)
    for (const e of job.exports)
      out.push({
        folder: "settings",
        pattern: e.levels.includes("pool") ? datedPoolExportFile(e.pool!, STAMP_PATTERN) : datedMachineExportFile(e.server, STAMP_PATTERN),
        rule: e.rules.join(" "),
      });
  for (const job of m.databases)
    for (const b of job.backUp)
      out.push({ folder: `databases\\${job.server}`, pattern: `${b.database}-${STAMP_PATTERN}.bak`, rule: b.rules.join(" ") });
  return out;
}

const shareContents = (m: JobPackModel) => [...new Set(m.shares.flatMap((j) => j.copies.map((c) => c.share.content)))];

function retentionLines(m: JobPackModel, root: "%DEST%" | "%OFFSITE%"): string[] {
  const lines: string[] = [];
  for (const f of datedFiles(m)) lines.push(`call :keep_files "${root}\\${f.folder}" "${f.pattern}"`);
  for (const c of shareContents(m)) lines.push(`call :keep_dirs "${root}\\shares\\${c}"`);
  for (const j of m.iis) lines.push(`call :keep_dirs "${root}\\iis\\${j.server}"`);
  return lines;
}

export function retentionFile(m: JobPackModel): string {
  const keep = m.retentionCopies;
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
        `Keeps the ${keep} newest copies of every export, database backup, share copy and IIS configuration copy and deletes older ones (P5),`,
        m.offsite
          ? "then copies the destination to the off-site destination with robocopy and applies the same retention there."
          : "No off-site destination is modelled, so no off-site copy is made.",
        "File names carry yyyyMMdd-HHmmss, so name order is time order.",
      ],
    ),
    ...preamble(m.destination, m.placeholder),
    ...(m.offsite ? [`set "OFFSITE=${m.offsite}"`] : []),
    ...openRun("retention-and-offsite"),
    "",
    `REM P5 Retention: keep ${keep} copies (backup.retentionCopies) of each item.`,
    ...retentionLines(m, "%DEST%"),
    "",
  ];
  if (m.offsite)
    lines.push(
      "REM P5 S5 Off-site copy: everything under the destination, then the same retention there. robocopy 0-7 = complete, 8+ = failure.",
      'call robocopy "%DEST%" "%OFFSITE%" /E /R:2 /W:30 /NP /XD "%DEST%\\logs" /LOG+:"%LOG%"',
      'set "RC=%ERRORLEVEL%"',
      'if %RC% GEQ 8 call :failed "P5 off-site robocopy returned %RC%"',
      'if %RC% LSS 0 call :failed "P5 off-site robocopy returned %RC%"',
      ...retentionLines(m, "%OFFSITE%"),
      "",
    );
  else lines.push("REM P5 No off-site destination is modelled (backup.offsiteDestination): set one to get an off-site copy job.", "");
  lines.push(
    ...closeRun(),
    "",
    ":keep_files",
    `REM %1 = folder, %2 = pattern: deletes all but the ${keep} newest files.`,
    'if not exist "%~1\\" exit /b 0',
    `for /f "skip=${keep} delims=" %%F in ('dir /b /a-d /o-n "%~1\\%~2" 2^>nul') do call :delete_file "%~1\\%%F"`,
    "exit /b 0",
    "",
    ":keep_dirs",
    `REM %1 = folder of dated copies: deletes all but the ${keep} newest.`,
    'if not exist "%~1\\" exit /b 0',
    `for /f "skip=${keep} delims=" %%F in ('dir /b /ad /o-n "%~1\\${STAMP_PATTERN}" 2^>nul') do call :delete_dir "%~1\\%%F"`,
    "exit /b 0",
    "",
    ":delete_file",
    '>>"%LOG%" echo delete %~1',
    'del /f /q "%~1"',
    'if exist "%~1" call :failed "P5 could not delete %~nx1"',
    "exit /b 0",
    "",
    ":delete_dir",
    '>>"%LOG%" echo delete %~1',
    'rd /s /q "%~1"',
    'if exist "%~1\\" call :failed "P5 could not delete %~nx1"',
    "exit /b 0",
    ...STAMP_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}

/** How far back the evidence reaches: the retained copies at the slowest interval, plus a day. */
const evidenceDays = (m: JobPackModel) =>
  Math.ceil((m.retentionCopies * Math.max(m.cadence.databases.hours, m.cadence.settings.hours, m.cadence.shares.hours)) / 24) + 1;

export function evidenceFile(m: JobPackModel): string {
  const lines = [
    "@echo off",
    ...banner(
      "REM",
      EVIDENCE_FILE,
      ["on an administrative computer with sqlcmd (SQL Server 2005 client tools or later), after a night of backups."],
      ["an account that can read msdb on each SQL Server (db_datareader in msdb, or sysadmin) and read the destination."],
      [
        "B10 Writes the evidence file <destination>\\evidence\\evidence-<yyyyMMdd-HHmmss>.csv (evidence format v1):",
        "database rows from msdb.dbo.backupset (finish time in UTC, size, damaged = failed), settings rows from the",
        "export files (time from the file name; an empty file is a failed run), share rows from each copy's _finished.txt.",
        "Upload it to the planner (Evidence) to compare what ran with the plan.",
      ],
      [
        "B10 Settings times are read from the file name (local time at the start of the export) with today's UTC offset:",
        "B10 around a daylight-saving change they may be an hour off. A failed database backup leaves no backupset row; see the job logs.",
      ],
    ),
    ...preamble(m.destination, m.placeholder),
    ...openRun("evidence"),
    "call :clock",
    'if not exist "%DEST%\\evidence\\" mkdir "%DEST%\\evidence"',
    'set "CSV=%DEST%\\evidence\\evidence-%STAMP%.csv"',
    '>"%CSV%" echo kind,server,item,finishedAt,sizeBytes,result',
    "",
  ];
  const days = evidenceDays(m);
  for (const job of m.databases) {
    if (job.backUp.length === 0) continue;
    const names = job.backUp.map((b) => `N'${b.database}'`).join(", ");
    lines.push(
      `REM B10 D1 Database backups of ${job.target} in the last ${days} days (msdb.dbo.backupset, full backups only).`,
      `call sqlcmd -S ${job.target} -E -b -r1 -h -1 -W -Q "SET NOCOUNT ON; SELECT N'database,${job.server},' + b.database_name + N',' + CONVERT(nvarchar(19), DATEADD(minute, DATEDIFF(minute, GETDATE(), GETUTCDATE()), b.backup_finish_date), 126) + N'Z,' + CONVERT(nvarchar(20), b.backup_size) + N',' + CASE WHEN b.is_damaged = 1 THEN N'failed' ELSE N'ok' END FROM msdb.dbo.backupset AS b WHERE b.type = 'D' AND b.database_name IN (${names}) AND b.backup_finish_date >= DATEADD(day, -${days}, GETDATE()) ORDER BY b.backup_finish_date" >>"%CSV%" 2>>"%LOG%"`,
      `if %ERRORLEVEL% NEQ 0 call :failed "B10 could not read the backup history of ${job.target}"`,
    );
  }
  lines.push("");
  for (const job of m.settings)
    for (const e of job.exports) {
      const pool = e.levels.includes("pool");
      const prefix = pool
        ? datedPoolExportFile(e.pool!, "").replace(/\.xml$/, "")
        : datedMachineExportFile(e.server, "").replace(/\.xml$/, "");
      lines.push(`call :settings_rows "${prefix}" ${e.server} ${pool ? "global-pool" : "machine"}`);
    }
  lines.push("");
  for (const c of shareContents(m)) lines.push(`call :share_rows ${c}`);
  lines.push(
    "",
    '>>"%LOG%" echo wrote %CSV%',
    "echo %CSV%",
    ...closeRun(),
    "",
    ":settings_rows",
    "REM %1 = file name before the stamp, %2 = server, %3 = item.",
    `for /f "delims=" %%F in ('dir /b /a-d "%DEST%\\settings\\%~1${STAMP_PATTERN}.xml" 2^>nul') do call :settings_row %2 %3 "%DEST%\\settings\\%%F"`,
    "exit /b 0",
    "",
    ":settings_row",
    "REM %1 = server, %2 = item, %3 = the export file: its name carries the stamp; an empty file is a failed run (S5).",
    'set "N=%~n3"',
    'set "SIZE=%~z3"',
    'set "S=%N:~-15%"',
    'set "R=ok"',
    'if "%SIZE%"=="0" set "R=failed"',
    '>>"%CSV%" echo settings,%1,%2,%S:~0,4%-%S:~4,2%-%S:~6,2%T%S:~9,2%:%S:~11,2%:%S:~13,2%%TZ%,%SIZE%,%R%',
    "exit /b 0",
    "",
    ":share_rows",
    "REM %1 = content: one row per dated copy that wrote _finished.txt (time and result).",
    'if not exist "%DEST%\\shares\\%1\\" exit /b 0',
    `for /f "delims=" %%D in ('dir /b /ad "%DEST%\\shares\\%1\\${STAMP_PATTERN}" 2^>nul') do if exist "%DEST%\\shares\\%1\\%%D\\_finished.txt" call :share_row %1 "%DEST%\\shares\\%1\\%%D\\_finished.txt"`,
    "exit /b 0",
    "",
    ":share_row",
    'set "LINE="',
    'set /p LINE=<"%~2"',
    'for /f "tokens=1,2" %%a in ("%LINE%") do >>"%CSV%" echo share,,%1,%%a,,%%b',
    "exit /b 0",
    ...STAMP_SUBROUTINE,
    ...CLOCK_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}
