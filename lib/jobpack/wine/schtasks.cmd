@echo off
REM Stand-in schtasks.exe: records its arguments, exits SCHTASKS_RC (default 0).
>>"%STANDIN_LOG%" echo schtasks %*
if defined SCHTASKS_RC exit /b %SCHTASKS_RC%
exit /b 0
