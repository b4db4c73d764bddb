#!/usr/bin/env bash
# Runs the job pack of the Standard Edition example under Wine's cmd.exe with stand-in lcscmd, sqlcmd,
# robocopy, schtasks, appcmd and certutil (.exe stand-ins built with mingw), and checks what the scripts
# did: every job succeeding, each tool failing (robocopy's real exit codes), retention judging copies by
# their own evidence (14 failed or empty copies newer than the good ones), hostile file names, lcscmd
# absent, install-schedule.cmd run from its own folder. It is the unit test lib/jobpack/wine.test.ts,
# which CI runs too (.ci/run installs wine64 and gcc-mingw-w64-x86-64-win32); this script only runs it.
#   scripts/try-pack-under-wine.sh            (exit 0 when every check passed; the work folder is printed on failure)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wine >/dev/null || command -v wine64 >/dev/null || { echo "wine is not installed (apt-get install wine64 wine)" >&2; exit 2; }
command -v x86_64-w64-mingw32-gcc >/dev/null || { echo "mingw is not installed (apt-get install gcc-mingw-w64-x86-64-win32)" >&2; exit 2; }
exec npx vitest run lib/jobpack/wine.test.ts
