@echo off
setlocal
REM Stand-in sqlcmd.exe. With SQLCMD_BAK (a folder) and SQLCMD_DB it writes
REM <db>-<stamp>.bak there and prints VERIFIED like the job's T-SQL; SQLCMD_RC is its exit code.
>>"%STANDIN_LOG%" echo sqlcmd %*
REM A backupset query prints "<file> <row>" lines: those of SQLCMD_BACKUPSET (a file) for the server named by -S.
echo %* | find "backupset" >nul
if %ERRORLEVEL% NEQ 0 goto run
set "SRV=%~2"
for /f "delims=\" %%h in ("%SRV%") do set "SRV=%%h"
if defined SQLCMD_BACKUPSET type "%SQLCMD_BACKUPSET%" | find "database,%SRV%,"
:run
if defined SQLCMD_RC echo Msg 3201: Cannot open backup device. Operating system error 5(Access is denied.)
if defined SQLCMD_RC exit /b %SQLCMD_RC%
if not defined SQLCMD_BAK exit /b 0
set "ST="
for /f "skip=1 tokens=1 delims=." %%T in ('wmic os get localdatetime') do if not defined ST set "ST=%%T"
set "ST=%ST:~0,8%-%ST:~8,6%"
>"%SQLCMD_BAK%\%SQLCMD_DB%-%ST%.bak" echo backup
echo VERIFIED: %SQLCMD_DB%-%ST%.bak
exit /b 0
