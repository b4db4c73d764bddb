@echo off
setlocal
REM Stand-in robocopy.exe: copies a folder (xcopy) or the one named file, then exits ROBOCOPY_RC (default 1, "files copied").
>>"%STANDIN_LOG%" echo robocopy %*
if not exist "%~2\" mkdir "%~2"
set "ONE=%~3"
if "%ONE:~0,1%"=="/" set "ONE="
if defined ONE if exist "%~1\%ONE%" copy /y "%~1\%ONE%" "%~2\" >nul
if not defined ONE if exist "%~1\" xcopy /e /i /y /q "%~1" "%~2" >nul
if defined ROBOCOPY_RC exit /b %ROBOCOPY_RC%
exit /b 1
