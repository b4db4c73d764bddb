@echo off
REM Stand-in certutil.exe: "certutil -store my" prints CERTUTIL_OUT (a file) as the store listing; CERTUTIL_RC fails it.
>>"%STANDIN_LOG%" echo certutil %*
if defined CERTUTIL_RC exit /b %CERTUTIL_RC%
if defined CERTUTIL_OUT type "%CERTUTIL_OUT%"
exit /b 0
