// S2-S5: one batch file per OCS server running that server's LCSCmd exports (its machine settings,
// and the global and pool settings when the plan picked it for its pool).
import { datedMachineExportFile, datedPoolExportFile } from "../engine/commands";
import { CHECK_FILE_SUBROUTINE, closeRun, crlf, FAILED_SUBROUTINE, serverJobHeader, openRun, preamble, STAMP_SUBROUTINE } from "./batch";
import { describeCadence } from "./cadence";
import type { JobPackModel, SettingsJob } from "./jobs";

export const settingsFileName = (server: string) => `${server}-settings-export.cmd`;

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
    ...serverJobHeader(
      name,
      job.server,
      [
        "a domain account in RTCUniversalReadOnlyAdmins (or equivalent) that can write to the destination (S5);",
        "the rights are inferred for OCS 2007 R2 (no source states them exactly): check them on the first run.",
      ],
      what,
      job.perimeter
        ? [
            "S3 This is an Edge server in the perimeter network, outside the domain: it may not reach the destination.",
            "S3 If it cannot, the run fails and says so; then give the task a local account with a path it can write to.",
          ]
        : [],
    ),
    ...preamble(m.destination, m.placeholder),
    ...openRun(`${job.server}-settings`),
    'if not exist "%DEST%\\settings\\" mkdir "%DEST%\\settings"',
    "",
  ];
  for (const e of job.exports) {
    if (e.levels.includes("pool")) {
      const file = datedPoolExportFile(e.pool!);
      lines.push(
        `REM S2 Global and pool settings of pool ${e.pool}: one export per pool, run on this server only.`,
        `set "FILE=%DEST%\\settings\\${file}"`,
        `call lcscmd /config /action:export /level:global,pool /configfile:"%FILE%" /poolname:${e.pool} >>"%LOG%" 2>&1`,
        `if %ERRORLEVEL% NEQ 0 call :failed "S2 LCSCmd export of the global and pool settings of ${e.pool} returned %ERRORLEVEL%"`,
        'call :check_file "%FILE%"',
        "",
      );
    } else {
      const file = datedMachineExportFile(e.server);
      lines.push(
        `REM S3 S4 Machine settings of ${e.server} (roles: ${(e.roles ?? []).join(", ")}); one export covers every role on it.`,
        `set "FILE=%DEST%\\settings\\${file}"`,
        `call lcscmd /config /action:export /level:machine /configfile:"%FILE%" /fqdn:${e.server} >>"%LOG%" 2>&1`,
        `if %ERRORLEVEL% NEQ 0 call :failed "S3 LCSCmd export of the machine settings of ${e.server} returned %ERRORLEVEL%"`,
        'call :check_file "%FILE%"',
        "",
      );
    }
  }
  lines.push(
    "REM S4 LCSCmd does not export Group Chat or Communicator Web Access settings. D9 Nor the IIS configuration: <server>-iis-config.cmd copies it where IIS runs.",
    ...closeRun(),
    ...STAMP_SUBROUTINE,
    ...CHECK_FILE_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}
