// D9: per server that runs IIS, a copy of its IIS configuration into a dated folder under
// <destination>\iis\<server>\, the folder the runbook's "Restore the IIS configuration" step reads
// (lib/engine/runbooks/backup-locations.ts builds both paths from one layout function).
//
// What the sources say (facts 8): the public Get-OCSBackup.ps1 script copies %windir%\System32\inetsrv\config
// (Windows Server 2008, IIS 7). Everything else here is inferred and marked so in the script: the local
// snapshot with appcmd add backup, and on Windows Server 2003 (IIS 6) a metabase backup with iisback.vbs,
// which keeps its files in %SystemRoot%\system32\inetsrv\MetaBack.
import { IIS6_METABACK_FOLDER, IIS7_CONFIG_FOLDER, iisBackupName, iisCopyFolder, ROBOCOPY_OPTIONS } from "../engine/commands";
import { CLOCK_SUBROUTINE, closeRun, crlf, FAILED_SUBROUTINE, serverJobHeader, openRun, preamble, STAMP_SUBROUTINE } from "./batch";
import { describeCadence } from "./cadence";
import type { IisJob, JobPackModel } from "./jobs";
import { STAMPED_SUBROUTINE } from "./listing";

export const iisFileName = (server: string) => `${server}-iis-config.cmd`;

/** The folder one run writes, as the script spells it (%DEST% and %STAMP% set by the script). */
export const iisTargetInScript = (server: string) => iisCopyFolder({ path: "%DEST%", placeholder: false }, server);

export function iisFile(m: JobPackModel, job: IisJob): string {
  const name = iisFileName(job.server);
  const lines = [
    ...serverJobHeader(
      name,
      job.server,
      ["the task's account: a local administrator of this server (IIS's tools need it) with write access to the destination."],
      [
        `Copies the IIS configuration of ${job.server} (${job.why}) to <destination>\\iis\\${job.server}\\<yyyyMMdd-HHmmss>\\ (D9),`,
        `${describeCadence(m.cadence.settings)} at ${m.start.settings} with the settings exports. On Windows Server 2008 (IIS 7): the folder`,
        `${IIS7_CONFIG_FOLDER} into config\\. On Windows Server 2003 (IIS 6): a metabase backup named ${iisBackupName("<stamp>")}`,
        "into MetaBack\\. Writes _finished.txt (time and result); exits with 1 when anything failed.",
      ],
      [
        "D9 [F-3p] The config folder is what the public Get-OCSBackup.ps1 script copies on Windows Server 2008 (facts 8).",
        "D9 [I] Unverified, not in the sources: the local snapshot with appcmd add backup (list: appcmd list backup),",
        "D9 [I] and on Windows Server 2003 iisback.vbs /backup and its MetaBack folder (list: cscript iisback.vbs /list).",
      ],
    ),
    ...preamble(m.destination, m.placeholder),
    ...openRun(`${job.server}-iis`),
    `set "KEEP=${m.retentionCopies}"`,
    `set "TARGET=${iisTargetInScript(job.server)}"`,
    `set "NAME=${iisBackupName()}"`,
    'if exist "%windir%\\system32\\inetsrv\\appcmd.exe" goto iis7',
    'if exist "%SystemRoot%\\system32\\iisback.vbs" goto iis6',
    'call :failed "D9 neither appcmd.exe (IIS 7) nor iisback.vbs (IIS 6) was found: is IIS installed on this server"',
    "goto finish",
    "",
    ":iis7",
    "REM D9 [I] unverified: a consistent local snapshot first (kept by IIS under %windir%\\system32\\inetsrv\\backup).",
    '"%windir%\\system32\\inetsrv\\appcmd.exe" add backup "%NAME%" >>"%LOG%" 2>&1',
    'if %ERRORLEVEL% NEQ 0 call :failed "D9 appcmd add backup returned %ERRORLEVEL%"',
    'if "%FAILED%"=="0" call :prune_snapshots',
    `REM D9 [F-3p] the IIS 7 configuration folder, as Get-OCSBackup.ps1 copies it (facts 8).`,
    `robocopy "${IIS7_CONFIG_FOLDER}" "%TARGET%\\config" ${ROBOCOPY_OPTIONS} /LOG+:"%LOG%"`,
    "call :robocopy_result config %ERRORLEVEL%",
    "goto finish",
    "",
    ":iis6",
    "REM D9 [I] unverified: an IIS 6 metabase backup with iisback.vbs, whose files land in MetaBack; then a copy of them.",
    'cscript //nologo "%SystemRoot%\\system32\\iisback.vbs" /backup /b "%NAME%" >>"%LOG%" 2>&1',
    'if %ERRORLEVEL% NEQ 0 call :failed "D9 iisback.vbs /backup returned %ERRORLEVEL%"',
    `robocopy "${IIS6_METABACK_FOLDER}" "%TARGET%\\MetaBack" "%NAME%.*" ${ROBOCOPY_OPTIONS} /LOG+:"%LOG%"`,
    "call :robocopy_result MetaBack %ERRORLEVEL%",
    "goto finish",
    "",
    ":finish",
    'set "RESULT=ok"',
    'if "%FAILED%"=="1" set "RESULT=failed"',
    "call :clock",
    'if not exist "%TARGET%\\" mkdir "%TARGET%"',
    '>"%TARGET%\\_finished.txt" echo %CLOCK% %RESULT%',
    ...closeRun(),
    "",
    ":prune_snapshots",
    `REM P5 D9 [I] Keep the ${m.retentionCopies} newest OCS-yyyyMMdd-HHmmss snapshots (appcmd list backup) and delete older ones, only after a`,
    "REM new one was made. Only names of exactly that form are touched: other snapshots are left alone (and logged).",
    'set "P_PRE=OCS-"',
    'set "P_SUF="',
    'set "SNAPS="',
    'for /f "tokens=2" %%B in (\'%windir%\\system32\\inetsrv\\appcmd.exe list backup 2^>nul\') do (set "N=%%~B" & call :snapshot_seen)',
    "for %%S in (%SNAPS%) do call :snapshot_keep %%S",
    "exit /b 0",
    "",
    ":snapshot_seen",
    "call :stamped",
    'if "%OK%"=="1" set "SNAPS=%SNAPS% %N%"',
    "exit /b 0",
    "",
    ":snapshot_keep",
    "REM %1 = an accepted snapshot name: deleted when KEEP or more accepted snapshots are newer (the stamp orders them).",
    'set "NEWER=0"',
    'for %%T in (%SNAPS%) do if "%%T" GTR "%~1" set /a "NEWER+=1"',
    "if %NEWER% LSS %KEEP% exit /b 0",
    '>>"%LOG%" echo delete IIS snapshot %~1: %KEEP% newer ones are kept',
    '"%windir%\\system32\\inetsrv\\appcmd.exe" delete backup "%~1" >>"%LOG%" 2>&1',
    'if %ERRORLEVEL% NEQ 0 call :failed "D9 appcmd delete backup %~1 returned %ERRORLEVEL%"',
    "exit /b 0",
    "",
    ":robocopy_result",
    "REM %1 = what was copied, %2 = robocopy's exit code: 0-7 success, 8 and above failure.",
    'if %2 GEQ 8 call :failed "D9 robocopy of %1 returned %2"',
    'if %2 LSS 0 call :failed "D9 robocopy of %1 returned %2"',
    "exit /b 0",
    ...STAMPED_SUBROUTINE,
    ...STAMP_SUBROUTINE,
    ...CLOCK_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  ];
  return crlf(lines);
}
