@echo off
setlocal
REM Stand-in appcmd.exe (IIS 7): add, list and delete backups as files in backups\ beside it; APPCMD_RC fails it.
>>"%STANDIN_LOG%" echo appcmd %*
if defined APPCMD_RC exit /b %APPCMD_RC%
if not exist "%~dp0backups\" mkdir "%~dp0backups"
if /i "%~1 %~2"=="add backup" >"%~dp0backups\%~3" echo snapshot
if /i "%~1 %~2"=="list backup" for /f "delims=" %%B in ('dir /b "%~dp0backups" 2^>nul') do echo BACKUP "%%B"
if /i "%~1 %~2"=="delete backup" del /q "%~dp0backups\%~3"
exit /b 0
