// The evidence script that turns what ran into the evidence file (../shared/spec/evidence-format.md).
import { datedMachineExportFile, datedPoolExportFile } from "../engine/commands";
import { banner, CLOCK_SUBROUTINE, closeRun, crlf, FAILED_SUBROUTINE, openRun, preamble, STAMP_SUBROUTINE } from "./batch";
import type { JobPackModel } from "./jobs";
import { EVIDENCE_HEADER, FINISHED_SUBROUTINE, STAMPED_SUBROUTINE, VERIFIED_SUBROUTINE } from "./listing";

export const EVIDENCE_FILE = "collect-evidence.cmd";

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
        "database rows from msdb.dbo.backupset (finish time in UTC, size, damaged = failed; a backup this pack made is ok only",
        "when its job logged VERIFIED for the file, as retention judges it), settings rows from the",
        "export files (time from the file name; an empty file is a failed run), share rows from each copy's _finished.txt,",
        "S9 certificate rows from certutil -store on each server inside the perimeter (thumbprint, NotAfter; header with expiresAt).",
        "Upload it to the planner (Evidence) to compare what ran with the plan.",
      ],
      [
        "B10 Settings times are read from the file name (local time at the start of the export) with today's UTC offset:",
        "B10 around a daylight-saving change they may be an hour off. A failed database backup leaves no backupset row; see the job logs.",
        "S9 [I] certutil -store \\\\<server>\\my reads a remote store (unverified on 2003); NotAfter is read in the US date form",
        "S9 (M/D/YYYY h:mm AM): a certificate whose NotAfter has another form is logged and left out. Edge servers are not read.",
        "Only names of the exact dated form are read; anything read from a file or a tool is checked before it is written, never run.",
      ],
    ),
    ...preamble(m.destination, m.placeholder),
    ...openRun("evidence"),
    "call :clock",
    'if not exist "%DEST%\\evidence\\" mkdir "%DEST%\\evidence"',
    'set "CSV=%DEST%\\evidence\\evidence-%STAMP%.csv"',
    `>"%CSV%" echo ${EVIDENCE_HEADER}`,
    "",
  ];
  const days = evidenceDays(m);
  for (const job of m.databases) {
    if (job.backUp.length === 0) continue;
    const names = job.backUp.map((b) => `N'${b.database}'`).join(", ");
    lines.push(
      `REM B10 D1 Database backups of ${job.target} in the last ${days} days (msdb.dbo.backupset, full backups only).`,
      `sqlcmd -S ${job.target} -E -b -r1 -h -1 -W -Q "SET NOCOUNT ON; SELECT RIGHT(m.physical_device_name, CHARINDEX(N'\\', REVERSE(N'\\' + m.physical_device_name)) - 1) + N' ' + N'database,${job.server},' + b.database_name + N',' + CONVERT(nvarchar(19), DATEADD(minute, DATEDIFF(minute, GETDATE(), GETUTCDATE()), b.backup_finish_date), 126) + N'Z,' + CONVERT(nvarchar(20), b.backup_size) + N',' + CASE WHEN b.is_damaged = 1 THEN N'failed' ELSE N'ok' END + N',' FROM msdb.dbo.backupset AS b JOIN msdb.dbo.backupmediafamily AS m ON m.media_set_id = b.media_set_id WHERE b.type = 'D' AND b.database_name IN (${names}) AND b.backup_finish_date >= DATEADD(day, -${days}, GETDATE()) ORDER BY b.backup_finish_date" >"%TEMP%\\ocs-backupset.txt" 2>>"%LOG%"`,
      `if %ERRORLEVEL% NEQ 0 call :failed "B10 could not read the backup history of ${job.target}"`,
      `call :database_rows ${job.server}`,
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
  lines.push("");
  const certServers = m.deployment.servers.filter((x) => !x.roles.some((r) => r.endsWith("-edge"))).map((x) => x.fqdn);
  lines.push(
    "REM S9 [I] Certificates in each server's personal store (certutil -store \\\\<server>\\my): thumbprint and NotAfter.",
    ...certServers.map((fqdn) => `call :certificate_rows ${fqdn}`),
  );
  lines.push(
    "",
    '>>"%LOG%" echo wrote "%CSV%"',
    'echo "%CSV%"',
    ...closeRun(),
    "",
    ":database_rows",
    "REM %1 = the SQL Server. Each line is <file> <row>: a backup the job pack made counts as ok only when its job logged",
    "REM VERIFIED for that file (backupset knows nothing of RESTORE VERIFYONLY); a row of another shape is left out.",
    'set "R_SERVER=%~1"',
    'for /f "usebackq tokens=1,2" %%a in ("%TEMP%\\ocs-backupset.txt") do (set "N=%%a" & set "ROW=%%b" & call :database_row)',
    'del /q "%TEMP%\\ocs-backupset.txt" >nul 2>&1',
    "exit /b 0",
    "",
    ":database_row",
    "if not defined ROW exit /b 0",
    'set "ROW=%ROW:"=_%"',
    'if not "%ROW:~0,9%"=="database," exit /b 0',
    'for /f "delims=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:-" %%X in ("%ROW%") do exit /b 0',
    'set "P_PRE=-"',
    'for /f "tokens=3 delims=," %%d in ("%ROW%") do set "P_PRE=%%d-"',
    'set "P_SUF=.bak"',
    'set "GOOD=1"',
    "call :stamped",
    'if "%OK%"=="1" call :verified',
    'if "%GOOD%"=="0" set "ROW=%ROW:,ok,=,failed,%"',
    'if "%GOOD%"=="0" >>"%LOG%" echo B10 %N%: no VERIFIED line in the logs of %R_SERVER%, written as failed',
    '>>"%CSV%" echo %ROW%',
    "exit /b 0",
    "",
    ":settings_rows",
    "REM %1 = file name before the stamp, %2 = server, %3 = item. Only names of exactly that form are read (S5: empty = failed).",
    'set "P_PRE=%~1"',
    'set "P_SUF=.xml"',
    'set "E_SERVER=%~2"',
    'set "E_ITEM=%~3"',
    'for /f "delims=" %%F in (\'dir /b /a-d "%DEST%\\settings\\%~1*.xml" 2^>nul\') do (set "N=%%F" & call :settings_row)',
    "exit /b 0",
    "",
    ":settings_row",
    "call :stamped",
    'if "%OK%"=="0" exit /b 0',
    'set "SIZE=0"',
    'for %%Z in ("%DEST%\\settings\\%N%") do set "SIZE=%%~zZ"',
    'set "R=ok"',
    'if "%SIZE%"=="0" set "R=failed"',
    '>>"%CSV%" echo settings,%E_SERVER%,%E_ITEM%,%S:~0,4%-%S:~4,2%-%S:~6,2%T%S:~9,2%:%S:~11,2%:%S:~13,2%%TZ%,%SIZE%,%R%,',
    "exit /b 0",
    "",
    ":share_rows",
    "REM %1 = content: one row per dated copy that wrote _finished.txt (its time and result, checked for shape first).",
    'set "P_PRE="',
    'set "P_SUF="',
    'set "E_ITEM=%~1"',
    'if not exist "%DEST%\\shares\\%~1\\" exit /b 0',
    'for /f "delims=" %%D in (\'dir /b /ad "%DEST%\\shares\\%~1\\*" 2^>nul\') do (set "N=%%D" & call :share_row)',
    "exit /b 0",
    "",
    ":share_row",
    "call :stamped",
    'if "%OK%"=="0" exit /b 0',
    'set "C=%DEST%\\shares\\%E_ITEM%\\%N%"',
    "call :finished",
    'if "%FR%"=="missing" exit /b 0',
    'if "%FR%"=="unreadable" >>"%LOG%" echo REFUSED: _finished.txt of %E_ITEM% copy %N% does not read TIME ok or TIME failed: no row',
    'if "%FR%"=="unreadable" exit /b 0',
    '>>"%CSV%" echo share,,%E_ITEM%,%FT%,,%FR%,',
    "exit /b 0",
    "",
    ":certificate_rows",
    "REM %1 = server. A store that cannot be read gives one failed row; each certificate a row with its thumbprint and NotAfter.",
    "REM Lines are split at the first colon into for variables and checked before use: a subject is never run.",
    'set "CS=%~1"',
    'set "NA="',
    'set "CERTS=0"',
    'certutil -store "\\\\%CS%\\my" >"%TEMP%\\ocs-certutil.txt" 2>&1',
    'set "RC=%ERRORLEVEL%"',
    'if not "%RC%"=="0" >>"%CSV%" echo certificate,%CS%,,%CLOCK%,,failed,',
    'if not "%RC%"=="0" call :failed "S9 certutil could not read the certificate store of %CS% (returned %RC%)"',
    'if not "%RC%"=="0" exit /b 0',
    'for /f "usebackq tokens=1,* delims=:" %%a in ("%TEMP%\\ocs-certutil.txt") do (set "K=%%a" & set "V=%%b" & call :certificate_line)',
    'del /q "%TEMP%\\ocs-certutil.txt" >nul 2>&1',
    "exit /b 0",
    "",
    ":certificate_line",
    'if not defined K set "K=-"',
    'if not defined V set "V=-"',
    'set "K=%K:"=%"',
    'set "V=%V:"=%"',
    'set "K=%K: =%"',
    'if "%K:~0,16%"=="================" set "NA="',
    'if "%K%"=="NotAfter" call :not_after',
    'if "%K%"=="CertHash(sha1)" call :thumbprint',
    "exit /b 0",
    "",
    ":not_after",
    "REM V = ' M/D/YYYY h:mm AM' (US form). NA = yyyy-MM-ddTHH:mm:00 with the local offset, or empty when it has another form.",
    'set "NA="',
    'for /f "tokens=1-6 delims=/: " %%a in ("%V%") do (set "NM=%%a" & set "ND=%%b" & set "NY=%%c" & set "NH=%%d" & set "NI=%%e" & set "NP=%%f")',
    'for /f "delims=0123456789" %%X in ("%NM%%ND%%NY%%NH%%NI%") do exit /b 0',
    'if "%NY:~3,1%"=="" exit /b 0',
    'if not "%NY:~4,1%"=="" exit /b 0',
    'if not "%NP%"=="AM" if not "%NP%"=="PM" exit /b 0',
    'if "%NM:~1,1%"=="" set "NM=0%NM%"',
    'if not "%NM:~2,1%"=="" exit /b 0',
    'if not "%ND:~2,1%"=="" exit /b 0',
    'if not "%NH:~2,1%"=="" exit /b 0',
    'if "%NI:~1,1%"=="" exit /b 0',
    'if not "%NI:~2,1%"=="" exit /b 0',
    'if "%ND:~1,1%"=="" set "ND=0%ND%"',
    'if "%NH:~1,1%"=="" set "NH=0%NH%"',
    'if "%NP%%NH%"=="AM12" set "NH=00"',
    'if "%NP%"=="PM" if not "%NH%"=="12" set /a "NH=1%NH%-100+12"',
    'set "NA=%NY%-%NM%-%ND%T%NH%:%NI%:00%TZ%"',
    "exit /b 0",
    "",
    ":thumbprint",
    "REM V = the SHA-1 hash: 40 hex digits, with or without spaces between the bytes.",
    'set "T=%V: =%"',
    'if "%T:~39,1%"=="" exit /b 0',
    'if not "%T:~40,1%"=="" exit /b 0',
    'for /f "delims=0123456789abcdefABCDEF" %%X in ("%T%") do exit /b 0',
    'if "%NA%"=="" >>"%LOG%" echo S9 certificate %T% on %CS%: NotAfter not in the US date form, no row written',
    'if "%NA%"=="" exit /b 0',
    '>>"%CSV%" echo certificate,%CS%,%T%,%CLOCK%,,ok,%NA%',
    'set "NA="',
    "exit /b 0",
    ...STAMPED_SUBROUTINE,
    ...VERIFIED_SUBROUTINE,
    ...FINISHED_SUBROUTINE,
    ...STAMP_SUBROUTINE,
    ...CLOCK_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}
