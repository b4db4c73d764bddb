@echo off
setlocal
REM Stand-in lcscmd.exe: writes the file named by /configfile: (empty with LCSCMD_EMPTY=1), or exits LCSCMD_RC.
>>"%STANDIN_LOG%" echo lcscmd %*
set "F="
for %%A in (%*) do call :arg %%A
if defined LCSCMD_RC exit /b %LCSCMD_RC%
if "%LCSCMD_EMPTY%"=="1" type nul >"%F%"
if not "%LCSCMD_EMPTY%"=="1" >"%F%" echo ^<lcscmd-export/^>
exit /b 0
:arg
set "A=%*"
set "A=%A:"=%"
if /i "%A:~0,12%"=="/configfile:" set "F=%A:~12%"
exit /b 0
