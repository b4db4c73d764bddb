// D6, D7, D9: per computer, robocopy of each share the plan backs up (and of the Address Book
// normalization rules file, never of the regenerated Address Book files) to a date-stamped folder
// under <destination>\shares\<content>\, with robocopy's exit codes read as Microsoft documents them.
import { ROBOCOPY_OPTIONS } from "../engine/commands";
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
import { describeCadence } from "./cadence";
import type { JobPackModel, ShareJob } from "./jobs";

export const sharesFileName = (host: string) => `${host}-shares.cmd`;

export function sharesFile(m: JobPackModel, job: ShareJob): string {
  const lines = [
    "@echo off",
    ...banner(
      "REM",
      sharesFileName(job.host),
      [
        `on ${job.host}, the computer that holds ${job.copies.length === 1 ? "this share" : "these shares"}, from ${JOB_DIR}\\.`,
        "robocopy is part of Windows Server 2008; on Windows Server 2003 install it from the Resource Kit Tools.",
      ],
      ["the task's account: read access to the shares below and write access to the destination."],
      [
        `Copies ${job.copies.map((c) => c.share.content).join(", ")} with robocopy to <destination>\\shares\\<content>\\<yyyyMMdd-HHmmss>\\,`,
        `${describeCadence(m.cadence.shares)} at ${m.start.shares} (${[...new Set(job.copies.flatMap((c) => c.share.rules))].join(", ")}). Writes _finished.txt (time and result) in each copy for the`,
        "evidence script. robocopy exit codes 0-7 mean the copy is complete; 8 or more means files were not copied.",
      ],
      [
        "D7 The Address Book files are not copied: the User Replicator regenerates them.",
        "D6 Meeting content that is open while the copy runs may be skipped (robocopy retries twice, then logs it).",
      ],
    ),
    ...preamble(m.destination, m.placeholder),
    ...openRun(`${job.host}-shares`),
    "REM D6 NTFS permissions: with the backup right (SeBackupPrivilege: Backup Operators or Administrators, in a task that",
    "REM runs with highest privileges on 2008) robocopy copies data, attributes, timestamps, ACLs and owner in backup mode;",
    "REM without it, data, attributes and timestamps only (copying another owner needs the right), and the log says so.",
    'set "COPYFLAGS=/COPY:DAT"',
    'whoami /priv 2>nul | find /i "SeBackupPrivilege" >nul',
    'if %ERRORLEVEL% EQU 0 set "COPYFLAGS=/COPY:DATSO /B"',
    'if "%COPYFLAGS%"=="/COPY:DAT" >>"%LOG%" echo NOTE: this account has no backup right (SeBackupPrivilege): NTFS permissions are not copied',
    "",
  ];
  for (const [n, c] of job.copies.entries()) {
    const content = c.share.content;
    const rule = c.share.rules.join(" ");
    lines.push(
      c.file
        ? `REM ${rule} The Address Book normalization rules file is written by hand and is in no other backup: copy it.`
        : `REM ${rule} ${content}: ${c.share.path}`,
      `set "TARGET=%DEST%\\shares\\${content}\\%STAMP%"`,
      ...(c.file
        ? [
            "REM D9 robocopy with a file name exits 0 when the file is absent, so the script checks that it is there.",
            `if not exist "${c.folder}\\${c.file}" goto missing_${n}`,
          ]
        : []),
      `robocopy "${c.folder}" "%TARGET%"${c.file ? ` "${c.file}"` : ""} ${ROBOCOPY_OPTIONS} %COPYFLAGS% /LOG+:"%LOG%"`,
      `call :robocopy_result ${content} %ERRORLEVEL%`,
      ...(c.file
        ? [
            `goto copied_${n}`,
            `:missing_${n}`,
            `call :missing ${content} "D9 ${c.file} is not in ${safeMessage(c.folder)}: put the rules file back (restore it from a copy) or, if this deployment has none, set normalizationRules to false on its address-book share and generate the pack again"`,
            `:copied_${n}`,
          ]
        : []),
      "",
    );
  }
  lines.push(
    ...closeRun(),
    "",
    ":missing",
    "REM %1 = content, %2 = the message: the copy failed before robocopy ran; _finished.txt says so for retention and evidence.",
    'set "RESULT=failed"',
    "call :failed %2",
    "call :clock",
    'if not exist "%TARGET%\\" mkdir "%TARGET%"',
    '>"%TARGET%\\_finished.txt" echo %CLOCK% %RESULT%',
    "exit /b 0",
    "",
    ":robocopy_result",
    "REM %1 = content, %2 = robocopy's exit code: 0-7 success (bits 1 copied, 2 extra, 4 mismatched), 8 and above failure.",
    'set "RESULT=ok"',
    'if %2 GEQ 8 set "RESULT=failed"',
    'if %2 LSS 0 set "RESULT=failed"',
    'if "%RESULT%"=="failed" call :failed "D6 robocopy of %1 returned %2"',
    "call :clock",
    'if not exist "%TARGET%\\" mkdir "%TARGET%"',
    '>"%TARGET%\\_finished.txt" echo %CLOCK% %RESULT%',
    "exit /b 0",
    ...STAMP_SUBROUTINE,
    ...CLOCK_SUBROUTINE,
    ...FAILED_SUBROUTINE,
  );
  return crlf(lines);
}
