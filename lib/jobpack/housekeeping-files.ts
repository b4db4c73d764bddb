// The evidence script that turns what ran into the evidence file (../shared/spec/evidence-format.md).
import { datedMachineExportFile, datedPoolExportFile } from "../engine/commands";
import { banner, CLOCK_SUBROUTINE, closeRun, crlf, FAILED_SUBROUTINE, openRun, preamble, STAMP_SUBROUTINE } from "./batch";
import type { JobPackModel } from "./jobs";

export const EVIDENCE_FILE = "collect-evidence.cmd";

/** The dated-name pattern of a file (the stamp yyyyMMdd-HHmmss as ? wildcards). */
const STAMP_PATTERN = "????????-??????";

const shareContents = (m: JobPackModel) => [...new Set(m.shares.flatMap((j) => j.copies.map((c) => c.share.content)))];

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
      `sqlcmd -S ${job.target} -E -b -r1 -h -1 -W -Q "SET NOCOUNT ON; SELECT N'database,${job.server},' + b.database_name + N',' + CONVERT(nvarchar(19), DATEADD(minute, DATEDIFF(minute, GETDATE(), GETUTCDATE()), b.backup_finish_date), 126) + N'Z,' + CONVERT(nvarchar(20), b.backup_size) + N',' + CASE WHEN b.is_damaged = 1 THEN N'failed' ELSE N'ok' END FROM msdb.dbo.backupset AS b WHERE b.type = 'D' AND b.database_name IN (${names}) AND b.backup_finish_date >= DATEADD(day, -${days}, GETDATE()) ORDER BY b.backup_finish_date" >>"%CSV%" 2>>"%LOG%"`,
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
