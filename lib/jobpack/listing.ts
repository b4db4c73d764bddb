// cmd.exe building blocks for names a script lists from the destination (dir /b, for /f) and for files
// whose content anyone with write access to the destination could have written (_finished.txt). A listed
// name is stored with `set "N=%%F"` (a for variable is substituted after the line is parsed, so `&` in
// it stays data) and only ever used inside double quotes until :stamped has accepted it; a name Windows
// allows but the pattern does not (`RTC-0&md PW&-000000.bak`, `%PATH%`, `!x!`) is logged, quoted, and
// left alone. Accepted names hold only the prefix (validated model names), digits and -, so they may
// then pass through `call`. No findstr, sort or delayed expansion: Wine's cmd.exe lacks the first two
// and expands !var:~n,m! wrongly, and the Wine harness must run the same text Windows will.

/** The evidence file's header with the certificate extension's seventh column (evidence-format.md). */
export const EVIDENCE_HEADER = "kind,server,item,finishedAt,sizeBytes,result,expiresAt";

/** The stamp every job writes: yyyyMMdd-HHmmss (15 characters). */
export const STAMP_LENGTH = 15;

export const STAMPED_SUBROUTINE = [
  "",
  ":stamped",
  "REM N = a listed name; P_PRE / P_SUF = what must surround the stamp. OK=1 and S=the stamp when N is exactly",
  "REM P_PRE + yyyyMMdd-HHmmss + P_SUF (digits where the stamp is); otherwise OK=0 and the name is logged, quoted.",
  'set "OK=1"',
  'set "S=%N:~-19,15%"',
  'if "%P_SUF%"=="" set "S=%N:~-15%"',
  'if not "%N%"=="%P_PRE%%S%%P_SUF%" set "OK=0"',
  'if "%S:~14,1%"=="" set "OK=0"',
  'if not "%S:~8,1%"=="-" set "OK=0"',
  'for /f "delims=0123456789" %%X in ("%S:~0,8%%S:~9,6%") do set "OK=0"',
  'if "%OK%"=="0" >>"%LOG%" echo REFUSED: "%N%" does not match %P_PRE%yyyyMMdd-HHmmss%P_SUF%: left alone, never run',
  "exit /b 0",
];

export const VERIFIED_SUBROUTINE = [
  "",
  ":verified",
  "REM B10 N = an accepted backup file name, R_SERVER = its SQL Server: GOOD=1 when that server's job logged",
  "REM VERIFIED: <file> under the destination's logs (RESTORE VERIFYONLY WITH CHECKSUM passed), else GOOD=0.",
  'set "GOOD=0"',
  'for /f "delims=" %%L in (\'dir /b /a-d "%DEST%\\logs\\%R_SERVER%-*.log" 2^>nul\') do (set "LF=%%L" & call :verified_in)',
  "exit /b 0",
  ":verified_in",
  'find "VERIFIED: %N%" "%DEST%\\logs\\%LF%" >nul 2>&1',
  'if %ERRORLEVEL% EQU 0 set "GOOD=1"',
  "exit /b 0",
];

export const FINISHED_SUBROUTINE = [
  "",
  ":finished",
  'REM C = a dated copy folder. Reads its _finished.txt ("<ISO time> ok|failed", written by the job): FT = the time and',
  "REM FR = the result when both have the expected shape; otherwise FR=unreadable. Nothing read is ever run.",
  'set "FT=-"',
  'set "FR=-"',
  'set "FX=0"',
  'if not exist "%C%\\_finished.txt" set "FR=missing"',
  'if not exist "%C%\\_finished.txt" exit /b 0',
  'for /f "usebackq tokens=1,2,3" %%a in ("%C%\\_finished.txt") do (set "FT=%%a" & set "FR=%%b" & set "FX=%%c-" & goto finished_line)',
  ":finished_line",
  'set "FT=%FT:"=_%"',
  'set "FR=%FR:"=_%"',
  'set "FX=%FX:"=_%"',
  'if not "%FX%"=="-" set "FR=unreadable"',
  'for /f "delims=0123456789-T:+Z" %%X in ("%FT%") do set "FR=unreadable"',
  'if "%FT:~19,1%"=="" set "FR=unreadable"',
  'if not "%FT:~25,1%"=="" set "FR=unreadable"',
  'if not "%FR%"=="ok" if not "%FR%"=="failed" set "FR=unreadable"',
  "exit /b 0",
];

export const MINUTES_SUBROUTINE = [
  "",
  ":minutes",
  "REM %1 = a stamp yyyyMMdd-HHmmss (already checked): MIN = minutes since 2000-01-01 00:00, through the Julian day number.",
  "REM A leading 1 keeps set /a from reading 08 as octal.",
  'set "T=%~1"',
  'set /a "Y=1%T:~0,4%-10000, M=1%T:~4,2%-100, D=1%T:~6,2%-100, H=1%T:~9,2%-100, I=1%T:~11,2%-100"',
  'set /a "A=(14-M)/12, YY=Y+4800-A, MM=M+12*A-3"',
  'set /a "MIN=(D+(153*MM+2)/5+365*YY+YY/4-YY/100+YY/400-32045-2451545)*1440+H*60+I"',
  "exit /b 0",
];
