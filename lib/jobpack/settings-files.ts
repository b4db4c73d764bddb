// S2-S5: one batch file per OCS server running that server's LCSCmd exports (its machine settings,
// and the global and pool settings when the plan picked it for its pool).
import { datedMachineExportFile, datedPoolExportFile } from "../engine/commands";
import {
  banner,
  CHECK_FILE_SUBROUTINE,
  closeRun,
  crlf,
  FAILED_SUBROUTINE,
  JOB_DIR,
  serverJobHeader,
  openRun,
  preamble,
  STAMP_SUBROUTINE,
} from "./batch";
import { describeCadence, schtasksSchedule } from "./cadence";
import type { JobPackModel, SettingsJob } from "./jobs";

export const settingsFileName = (server: string) => `${server}-settings-export.cmd`;
export const SETTINGS_TASK_NAME = "OCS backup - settings export";

/** Where OCS 2007 R2 Setup puts LCSCmd.exe (facts 3.4), under Common Files; it is not on PATH. */
export const LCSCMD_FOLDER = "Microsoft Office Communications Server 2007 R2";
export const LCSCMD_LOCATIONS = [`%CommonProgramFiles%\\${LCSCMD_FOLDER}`, `%CommonProgramFiles(x86)%\\${LCSCMD_FOLDER}`];

export const edgeInstallFileName = (server: string) => `${server}-install-local.cmd`;
/** The Edge's own folder for its exports and logs (it may not reach the destination). */
export const EDGE_LOCAL_DEST = "C:\\OCSBackup";

/** S3 The Edge's copy-out: this run's exports to the destination's settings folder, where retention and the evidence script read them. */
function copyOut(job: SettingsJob): string[] {
  const files = job.exports.map((e) => (e.levels.includes("pool") ? datedPoolExportFile(e.pool!) : datedMachineExportFile(e.server)));
  return [
    "REM S3 Copy-out: this run's export to the destination, where the internal jobs collect it. robocopy 0-7 = complete, 8+ = failure.",
    'if not exist "%COLLECT%\\settings\\" mkdir "%COLLECT%\\settings" >>"%LOG%" 2>&1',
    `robocopy "%DEST%\\settings" "%COLLECT%\\settings" ${files.map((f) => `"${f}"`).join(" ")} /R:2 /W:30 /NP /LOG+:"%LOG%"`,
    'set "RC=%ERRORLEVEL%"',
    `if %RC% GEQ 8 call :failed "S3 copy-out to the destination returned %RC%: copy ${files.join(" ")} from ${EDGE_LOCAL_DEST}\\settings to the destination's settings folder by hand (README.txt, Edge servers)"`,
    'if %RC% LSS 0 call :failed "S3 copy-out to the destination returned %RC%"',
    "",
  ];
}

/** The Edge's own installer: run there by a local administrator; copies the export job to C:\\OCSBackupJobs and registers its task locally. */
export function edgeInstallFile(m: JobPackModel, job: SettingsJob): string {
  const file = settingsFileName(job.server);
  const name = edgeInstallFileName(job.server);
  return crlf([
    "@echo off",
    ...banner(
      "REM",
      name,
      [
        `once, on ${job.server} itself (perimeter network, outside the domain), from the folder you copied ${file} and this file to`,
        `(any folder, ${JOB_DIR} included): ${name} ${job.server.split(".")[0].toUpperCase()}\\ocsbackup   (asks for the password once)`,
      ],
      ["you: a local administrator of the Edge. The task runs as the LOCAL account you name (create it first; README.txt)."],
      [
        `S3 Copies ${file} to ${JOB_DIR}\\, creates ${EDGE_LOCAL_DEST}\\settings\\ and registers the task "${SETTINGS_TASK_NAME}" on this computer,`,
        `${describeCadence(m.cadence.settings)} at ${m.start.settings}. Exits with 1 if anything failed. Nothing here reaches another computer.`,
      ],
    ),
    ...preamble(m.destination, m.placeholder),
    'if "%~1"=="" echo usage: %~nx0 COMPUTER\\local-account 1>&2',
    'if "%~1"=="" exit /b 2',
    'set "RUNAS=%~1"',
    'set "RUNASPW="',
    'set /p "RUNASPW=Password of %RUNAS% (shown as you type; run this where nobody watches): "',
    'set "LOG=%~dp0install-local.log"',
    '>"%LOG%" echo install-local started on %COMPUTERNAME%',
    'set "SEC="',
    'set "V1=/v1"',
    'ver | find " 5." >nul',
    'if %ERRORLEVEL% EQU 0 set "SEC=:00"',
    'if %ERRORLEVEL% EQU 0 set "V1="',
    `if not exist "${JOB_DIR}\\" mkdir "${JOB_DIR}"`,
    `if not exist "${EDGE_LOCAL_DEST}\\settings\\" mkdir "${EDGE_LOCAL_DEST}\\settings"`,
    `if not exist "${EDGE_LOCAL_DEST}\\settings\\" call :failed "cannot create ${EDGE_LOCAL_DEST}\\settings"`,
    `REM Run from ${JOB_DIR} itself, the file is already in place (copy would refuse to copy it onto itself).`,
    `if /i not "%~dp0"=="${JOB_DIR}\\" copy /y "%~dp0${file}" "${JOB_DIR}\\" >>"%LOG%" 2>&1`,
    `if not exist "${JOB_DIR}\\${file}" call :failed "copy of ${file} to ${JOB_DIR}"`,
    `schtasks /delete /tn "${SETTINGS_TASK_NAME}" /f >nul 2>&1`,
    `schtasks /create /tn "${SETTINGS_TASK_NAME}" /tr "${JOB_DIR}\\${file}" ${schtasksSchedule(m.cadence.settings)} /st ${m.start.settings}%SEC% %V1% /ru "%RUNAS%" /rp "%RUNASPW%" >>"%LOG%" 2>&1`,
    `if %ERRORLEVEL% NEQ 0 call :failed "S3 settings export task on this computer"`,
    'set "RUNASPW="',
    'if "%FAILED%"=="0" echo The Edge task is registered. Log: "%LOG%"',
    'if "%FAILED%"=="0" exit /b 0',
    'echo The Edge task was not registered: see "%LOG%" 1>&2',
    "exit /b 1",
    ...FAILED_SUBROUTINE,
  ]);
}

/** Sets LCSCMD to lcscmd.exe's full path, or fails the run with a line naming both folders. */
const findLcscmd = [
  "REM S2 S3 LCSCmd by its full path: it lives in the OCS 2007 R2 folder under Common Files (64-bit or x86), not on PATH.",
  'set "LCSCMD="',
  ...LCSCMD_LOCATIONS.map((f) => `if not defined LCSCMD if exist "${f}\\lcscmd.exe" set "LCSCMD=${f}\\lcscmd.exe"`),
  `if not defined LCSCMD call :failed "S2 lcscmd.exe was not found in %CommonProgramFiles%\\${LCSCMD_FOLDER} nor in %CommonProgramFiles(x86)%\\${LCSCMD_FOLDER}: install the OCS 2007 R2 administrative tools on this server or run the export where they are"`,
  "if not defined LCSCMD goto finish",
  "",
];

export function settingsFile(m: JobPackModel, job: SettingsJob): string {
  const name = settingsFileName(job.server);
  const pools = job.exports.filter((e) => e.levels.includes("pool")).map((e) => e.pool);
  const what = [
    ...(pools.length ? [`Exports the global and pool settings of pool ${pools.join(", ")} (S2),`] : []),
    `exports the machine settings of ${job.server} (S3, S4),`,
    "with LCSCmd to date-stamped files under <destination>\\settings\\, checks that each file exists",
    "and is not empty (S5), logs to <destination>\\logs\\ and exits with 1 when anything failed.",
    `Scheduled ${describeCadence(m.cadence.settings)} at ${m.start.settings} by install-schedule.cmd.`,
  ];
  const lines = [
    ...(job.perimeter
      ? [
          "@echo off",
          ...banner(
            "REM",
            name,
            [
              `on ${job.server} itself (an Edge server in the perimeter network, outside the domain), from ${JOB_DIR}\\,`,
              `where ${edgeInstallFileName(job.server)} puts it and registers its task (nothing reaches the Edge over the network).`,
            ],
            [
              "a LOCAL account of the Edge in its local Administrators group (LCSCmd reads the Edge's local configuration);",
              "the rights are inferred for OCS 2007 R2: check them on the first run.",
            ],
            [
              `S3 Exports the machine settings of ${job.server} to the local folder ${EDGE_LOCAL_DEST}\\settings\\ (logs in ${EDGE_LOCAL_DEST}\\logs\\),`,
              "checks that the file exists and is not empty (S5), then copies it out to <destination>\\settings\\ where",
              "retention and the evidence script collect it. A failed copy-out fails the run and says what to copy by hand.",
              `Scheduled ${describeCadence(m.cadence.settings)} at ${m.start.settings}.`,
            ],
          ),
        ]
      : serverJobHeader(
          name,
          job.server,
          [
            "a domain account in RTCUniversalReadOnlyAdmins (or equivalent) that can write to the destination (S5);",
            "the rights are inferred for OCS 2007 R2 (no source states them exactly): check them on the first run.",
          ],
          what,
        )),
    ...preamble(m.destination, m.placeholder),
    ...(job.perimeter
      ? [
          "REM S3 The Edge writes locally first; COLLECT is where the internal jobs look for its exports.",
          'set "COLLECT=%DEST%"',
          `set "DEST=${EDGE_LOCAL_DEST}"`,
        ]
      : []),
    ...openRun(`${job.server}-settings`),
    'if not exist "%DEST%\\settings\\" mkdir "%DEST%\\settings"',
    "",
    ...findLcscmd,
  ];
  for (const e of job.exports) {
    if (e.levels.includes("pool")) {
      const file = datedPoolExportFile(e.pool!);
      lines.push(
        `REM S2 Global and pool settings of pool ${e.pool}: one export per pool, run on this server only.`,
        `set "FILE=%DEST%\\settings\\${file}"`,
        `"%LCSCMD%" /config /action:export /level:global,pool /configfile:"%FILE%" /poolname:${e.pool} >>"%LOG%" 2>&1`,
        `if %ERRORLEVEL% NEQ 0 call :failed "S2 LCSCmd export of the global and pool settings of ${e.pool} returned %ERRORLEVEL%"`,
        'call :check_file "%FILE%"',
        "",
      );
    } else {
      const file = datedMachineExportFile(e.server);
      lines.push(
        `REM S3 S4 Machine settings of ${e.server} (roles: ${(e.roles ?? []).join(", ")}); one export covers every role on it.`,
        `set "FILE=%DEST%\\settings\\${file}"`,
        `"%LCSCMD%" /config /action:export /level:machine /configfile:"%FILE%" /fqdn:${e.server} >>"%LOG%" 2>&1`,
        `if %ERRORLEVEL% NEQ 0 call :failed "S3 LCSCmd export of the machine settings of ${e.server} returned %ERRORLEVEL%"`,
        'call :check_file "%FILE%"',
        "",
      );
    }
  }
  lines.push(
    "REM S4 LCSCmd does not export Group Chat or Communicator Web Access settings. D9 Nor the IIS configuration: <server>-iis-config.cmd copies it where IIS runs.",
    ...(job.perimeter ? copyOut(job) : []),
    ":finish",
    ...closeRun(),
    ...STAMP_SUBROUTINE,
    ...CHECK_FILE_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}
