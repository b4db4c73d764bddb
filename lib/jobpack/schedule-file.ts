// One command that registers every task at the plan's backup window times: databases (Agent jobs on
// full SQL Server, schtasks on SQL Server 2005 Express), file shares, settings exports, in that order,
// each at the deployment's frequency; then retention and the off-site copy after the window.
import { banner, crlf, FAILED_SUBROUTINE, JOB_DIR } from "./batch";
import { describeCadence, schtasksSchedule, type Cadence } from "./cadence";
import { agentJobFileName, AGENT_JOB_NAME, backupSqlFileName, expressCmdFileName } from "./database-files";
import { RETENTION_FILE } from "./retention-file";
import type { JobPackModel } from "./jobs";
import { iisFileName } from "./iis-files";
import { edgeInstallFileName, SETTINGS_TASK_NAME, settingsFileName } from "./settings-files";
import { sharesFileName } from "./share-files";

export const SCHEDULE_FILE = "install-schedule.cmd";
export const TASK_NAMES = {
  databases: AGENT_JOB_NAME,
  shares: "OCS backup - file shares",
  settings: SETTINGS_TASK_NAME,
  iis: "OCS backup - IIS configuration",
  housekeeping: "OCS backup - retention and off-site copy",
};

export function scheduleFile(m: JobPackModel): string {
  const lines = [
    "@echo off",
    ...banner(
      "REM",
      SCHEDULE_FILE,
      [
        "once, on an administrative computer in the domain, from the folder holding the whole job pack:",
        `${SCHEDULE_FILE} DOMAIN\\backup-account     (asks for the account's password once)`,
        "Run it again after generating a new pack: it replaces the tasks and jobs it made.",
      ],
      [
        "you: a domain administrator of every server listed below (it copies files to \\\\server\\C$ and creates tasks there)",
        "and sysadmin on every SQL Server with an Agent job. The tasks run as the account you name (see README.txt).",
      ],
      [
        "Creates the folders under the destination, copies each server's job files to " + JOB_DIR + "\\ on that server,",
        `and registers every task at the plan's backup window: databases at ${m.start.databases} (${describeCadence(m.cadence.databases)}),`,
        `file shares at ${m.start.shares} (${describeCadence(m.cadence.shares)}), settings exports${m.iis.length ? " and the IIS configuration" : ""} at ${m.start.settings} (${describeCadence(m.cadence.settings)}),`,
        `retention${m.offsite ? " and the off-site copy" : ""} at ${m.start.housekeeping} on this computer. Exits with 1 if anything failed.`,
      ],
      [
        "schtasks [I]: /st takes HH:MM on Windows Server 2008 and HH:MM:SS on 2003; tasks made from 2008 for a 2003 server need /v1.",
        "This file picks both from the Windows version it runs on; unverified on a mixed 2003/2008 deployment: check the first run.",
      ],
    ),
    "setlocal EnableExtensions DisableDelayedExpansion",
    `set "DEST=${m.destination}"`,
    'set "FAILED=0"',
    ...(m.placeholder
      ? [
          "REM P5 The model names no backup destination: nothing is registered until it is set and the pack generated again.",
          'if "%DEST%"=="<dir>" echo ERROR: no backup destination is set for this job pack. Set it in the planner and generate the pack again. 1>&2',
          'if "%DEST%"=="<dir>" exit /b 1',
        ]
      : []),
    'if "%~1"=="" echo usage: %~nx0 DOMAIN\\backup-account 1>&2',
    'if "%~1"=="" exit /b 2',
    'set "RUNAS=%~1"',
    'set "RUNASPW="',
    'set /p "RUNASPW=Password of %RUNAS% (shown as you type; run this where nobody watches): "',
    'set "LOG=%~dp0install-schedule.log"',
    '>"%LOG%" echo install-schedule started on %COMPUTERNAME%',
    "REM schtasks differences between Windows Server 2003 (5.2) and 2008 (6.x).",
    'set "SEC="',
    'set "V1=/v1"',
    'ver | find " 5." >nul',
    'if %ERRORLEVEL% EQU 0 set "SEC=:00"',
    'if %ERRORLEVEL% EQU 0 set "V1="',
    "",
    "REM P5 The folders the jobs write to (BACKUP DATABASE does not create its folder).",
    'call :folder "%DEST%\\logs"',
    'call :folder "%DEST%\\settings"',
    'call :folder "%DEST%\\evidence"',
    ...m.databases.filter((j) => j.backUp.length).map((j) => `call :folder "%DEST%\\databases\\${j.server}"`),
    ...[...new Set(m.shares.flatMap((j) => j.copies.map((c) => c.share.content)))].map((c) => `call :folder "%DEST%\\shares\\${c}"`),
    ...m.iis.map((j) => `call :folder "%DEST%\\iis\\${j.server}"`),
    "",
  ];

  const task = (computer: string | null, name: string, file: string, cadence: string, start: string) =>
    `schtasks /create${computer ? ` /s ${computer}` : ""} /tn "${name}" /tr "${JOB_DIR}\\${file}" ${cadence} /st ${start}%SEC% %V1% /ru "%RUNAS%" /rp "%RUNASPW%" >>"%LOG%" 2>&1`;
  const replace = (computer: string | null, name: string) =>
    `schtasks /delete${computer ? ` /s ${computer}` : ""} /tn "${name}" /f >nul 2>&1`;
  /** Copies a job's files to its server and registers its task there, replacing an older one of the same name. */
  const serverTask = (computer: string, files: readonly string[], name: string, cadence: Cadence, start: string, what: string) => [
    ...files.map((f) => `call :copy ${computer} "${f}"`),
    replace(computer, name),
    task(computer, name, files[0], schtasksSchedule(cadence), start),
    `if %ERRORLEVEL% NEQ 0 call :failed "${what} task on ${computer}"`,
  ];

  lines.push(`REM 1. Databases at ${m.start.databases} (B1 B2 D5).`);
  for (const j of m.databases) {
    if (j.backUp.length === 0) continue;
    if (j.scheduler === "sql-agent") {
      lines.push(
        `REM D10 ${j.target}: full SQL Server, so a SQL Server Agent job.`,
        `sqlcmd -S ${j.target} -E -b -i "%~dp0${agentJobFileName(j.server)}" >>"%LOG%" 2>&1`,
        `if %ERRORLEVEL% NEQ 0 call :failed "D10 Agent job on ${j.target}"`,
      );
    } else {
      lines.push(
        `REM D10 ${j.target}: SQL Server 2005 Express has no Agent, so a Task Scheduler task running sqlcmd.`,
        ...serverTask(
          j.server,
          [expressCmdFileName(j.server), backupSqlFileName(j.server)],
          TASK_NAMES.databases,
          m.cadence.databases,
          m.start.databases,
          "D10",
        ),
      );
    }
  }
  lines.push("", `REM 2. File shares at ${m.start.shares} (D6 D9).`);
  for (const j of m.shares)
    lines.push(...serverTask(j.host, [sharesFileName(j.host)], TASK_NAMES.shares, m.cadence.shares, m.start.shares, "D6"));
  lines.push("", `REM 3. Settings exports at ${m.start.settings} (S2 S3).`);
  for (const j of m.settings)
    if (j.perimeter)
      lines.push(
        `REM S3 ${j.server} is in the perimeter network, outside the domain: it is never reached from here (no C$, no remote task).`,
        `REM S3 Set it up on the Edge itself with ${edgeInstallFileName(j.server)} (README.txt, "Edge servers").`,
        `>>"%LOG%" echo NOTE: ${j.server} is an Edge server: run ${edgeInstallFileName(j.server)} on it (README.txt, Edge servers)`,
        `echo NOTE: ${j.server} is an Edge server: run ${edgeInstallFileName(j.server)} on it (README.txt, Edge servers)`,
      );
    else lines.push(...serverTask(j.server, [settingsFileName(j.server)], TASK_NAMES.settings, m.cadence.settings, m.start.settings, "S3"));
  if (m.iis.length) {
    lines.push("", `REM 3b. IIS configuration at ${m.start.settings}, with the settings exports (D9).`);
    for (const j of m.iis)
      lines.push(...serverTask(j.server, [iisFileName(j.server)], TASK_NAMES.iis, m.cadence.settings, m.start.settings, "D9"));
  }
  lines.push(
    "",
    `REM 4. Retention${m.offsite ? " and the off-site copy" : ""} on this computer at ${m.start.housekeeping}, daily (P5).`,
    `if not exist "${JOB_DIR}\\" mkdir "${JOB_DIR}"`,
    `REM Run from ${JOB_DIR} itself, the file is already in place (copy would refuse to copy it onto itself).`,
    `if /i not "%~dp0"=="${JOB_DIR}\\" copy /y "%~dp0${RETENTION_FILE}" "${JOB_DIR}\\" >>"%LOG%" 2>&1`,
    `if not exist "${JOB_DIR}\\${RETENTION_FILE}" call :failed "copy of ${RETENTION_FILE} to ${JOB_DIR}"`,
    replace(null, TASK_NAMES.housekeeping),
    task(null, TASK_NAMES.housekeeping, RETENTION_FILE, "/sc daily /mo 1", m.start.housekeeping),
    `if %ERRORLEVEL% NEQ 0 call :failed "P5 retention task on this computer"`,
    "",
    'set "RUNASPW="',
    'if "%FAILED%"=="0" echo All tasks and jobs are registered. Log: "%LOG%"',
    'if "%FAILED%"=="0" exit /b 0',
    'echo Some tasks or jobs were not registered: see "%LOG%" 1>&2',
    "exit /b 1",
    "",
    ":folder",
    'if not exist "%~1\\" mkdir "%~1" >>"%LOG%" 2>&1',
    'if not exist "%~1\\" call :failed "cannot create %~1"',
    "exit /b 0",
    "",
    ":copy",
    `REM %1 = server (never an Edge), %2 = file: to ${JOB_DIR} on that server through its C$ share. robocopy creates the`,
    "REM folder, and skips a file that is already there unchanged (this computer may be one of the servers). 8+ = failure.",
    `robocopy "%~dp0." "\\\\%1\\C$\\OCSBackupJobs" "%~2" /R:1 /W:5 /NP /NJH /NJS >>"%LOG%" 2>&1`,
    'set "RC=%ERRORLEVEL%"',
    'if %RC% GEQ 8 call :failed "copy of %~2 to %1 returned %RC%"',
    'if %RC% LSS 0 call :failed "copy of %~2 to %1 returned %RC%"',
    "exit /b 0",
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}
