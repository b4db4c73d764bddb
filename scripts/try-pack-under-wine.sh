#!/usr/bin/env bash
# Runs a generated job pack end to end under wine's cmd.exe, with stand-in lcscmd, sqlcmd and robocopy
# batch files first on PATH, and checks what the scripts wrote: dated exports, empty/missing-file
# detection, the Express database job, robocopy copies with _finished.txt, the IIS configuration copy
# (no IIS, and IIS 7 with a stand-in appcmd), retention (keeps N), the
# off-site copy, the evidence CSV, and the placeholder guard of a pack without a destination.
#
# Not a unit test on purpose (it needs wine and takes about a minute): run it and read its summary.
#   scripts/try-pack-under-wine.sh            (exit 0 when every check passed)
#
# What wine cannot show: a non-zero `exit /b N` from a batch file started with `call` comes back as 1
# under wine (on Windows it comes back as N; `exit /?` documents that /b sets ERRORLEVEL to N). So the
# stand-ins only return 0 or 1 here, and robocopy's ">= 8 is a failure" rule is checked in the
# generated text (lib/jobpack tests), not by running it.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v wine >/dev/null || { echo "wine is not installed: nothing was run" >&2; exit 2; }
export WINEDEBUG=-all

T=$(mktemp -d /tmp/ocs-pack-wine.XXXXXX)
win() { echo "Z:$(echo "$1" | sed 's#/#\\#g')"; }
crlf() { sed 's/$/\r/' > "$1"; }
PASS=0; FAIL=0
check() { if eval "$2"; then PASS=$((PASS+1)); echo "ok   - $1"; else FAIL=$((FAIL+1)); echo "FAIL - $1"; fi; }

DEST="$T/dest (nightly) O'Brien]s"
OFFSITE="$T/offsite"
mkdir -p "$T/src/web/deck" "$T/src/nonweb" "$T/src/compliance" "$T/src/abs" "$T/bin" "$DEST" "$OFFSITE"
echo slides > "$T/src/web/deck/slides.pptx"; echo meta > "$T/src/nonweb/m.xml"; echo log > "$T/src/compliance/c.xml"
echo "rules" > "$T/src/abs/Company_Phone_Number_Normalization_Rules.txt"; echo "abfile" > "$T/src/abs/F-0001.lsabs"

# The Standard Edition example (SQL 2005 Express, no Agent) with local shares, a normalization rules
# file and a destination holding spaces, parentheses, an apostrophe and a bracket.
node - "$T" "$(win "$DEST")" "$(win "$OFFSITE")" "$(win "$T/src")" <<'JS'
const fs = require("fs");
const [t, dest, offsite, src] = process.argv.slice(2);
const d = JSON.parse(fs.readFileSync("../shared/examples/litware-standard.json", "utf8"));
d.backup.destination = dest;
d.backup.offsiteDestination = offsite;
d.backup.retentionCopies = 3;
d.fileShares = [
  { content: "meeting-content", path: `${src}\\web`, sizeGb: 1 },
  { content: "meeting-metadata", path: `${src}\\nonweb`, sizeGb: 1 },
  { content: "compliance-log", path: `${src}\\compliance`, sizeGb: 1 },
  { content: "address-book", path: `${src}\\abs`, sizeGb: 1 },
  { content: "normalization-rules", path: `${src}\\abs\\Company_Phone_Number_Normalization_Rules.txt`, sizeGb: 0 },
];
fs.writeFileSync(`${t}/deployment.json`, JSON.stringify(d, null, 2));
delete d.backup.destination; delete d.backup.offsiteDestination;
fs.writeFileSync(`${t}/no-destination.json`, JSON.stringify(d, null, 2));
JS
npm run -s plan -- "$T/deployment.json" --format jobs --out "$T/pack" 2> "$T/pack-files.txt" || { cat "$T/pack-files.txt"; exit 1; }
npm run -s plan -- "$T/no-destination.json" --format jobs --out "$T/pack-nodest" 2>/dev/null || exit 1
echo "pack: $(wc -l < "$T/pack-files.txt") files in $T/pack"

# Stand-ins. lcscmd writes the file named by /configfile: (or an empty one, or fails, on request);
# sqlcmd records its arguments and prints one evidence row for a backupset query; robocopy copies
# with xcopy (a folder, or one named file) and returns 1, robocopy's "files were copied".
crlf "$T/bin/lcscmd.cmd" <<'BAT'
@echo off
setlocal
>>"%STANDIN_LOG%" echo lcscmd %*
set "F="
for %%A in (%*) do call :arg %%A
if "%LCSCMD_FAIL%"=="1" exit /b 1
if "%LCSCMD_EMPTY%"=="1" (type nul > "%F%") else (>"%F%" echo ^<lcscmd-export/^>)
exit /b 0
:arg
set "A=%*"
set "A=%A:"=%"
if /i "%A:~0,12%"=="/configfile:" set "F=%A:~12%"
exit /b 0
BAT
crlf "$T/bin/sqlcmd.cmd" <<'BAT'
@echo off
>>"%STANDIN_LOG%" echo sqlcmd %*
echo %* | find "backupset" >nul && echo database,ocsse1.litware.com,RTC,2026-11-28T01:42:10Z,3221225472,ok
if "%SQLCMD_FAIL%"=="1" exit /b 1
exit /b 0
BAT
crlf "$T/bin/robocopy.cmd" <<'BAT'
@echo off
>>"%STANDIN_LOG%" echo robocopy %*
if not exist "%~2\" mkdir "%~2"
set "ONE=%~3"
if "%ONE:~0,1%"=="/" set "ONE="
if defined ONE copy /y "%~1\%ONE%" "%~2\" >nul
if not defined ONE xcopy /e /i /y /q "%~1" "%~2" >nul
exit /b 1
BAT

run() { # run <pack dir> <file> [VAR=value ...]: prints the exit code
  local dir="$1" file="$2"; shift 2
  { echo '@echo off'; echo "set \"PATH=$(win "$T/bin");%PATH%\""; echo "set \"STANDIN_LOG=$(win "$T/standin.log")\""
    for kv in "$@"; do echo "set \"$kv\""; done
    echo "call \"$(win "$dir/$file")\""; echo 'echo EXIT=%ERRORLEVEL%'; } | crlf "$T/run.cmd"
  wine cmd /c "$(win "$T/run.cmd")" 2>>"$T/stderr.txt" | tr -d '\r' | sed -n 's/^EXIT=//p' | tail -1
}
stamp() { ls "$DEST/settings" | sed -n 's/.*-\([0-9]\{8\}-[0-9]\{6\}\)\.xml$/\1/p' | head -1; }

# 1. Settings exports (S2 S3 S5).
rc=$(run "$T/pack" ocsse1.litware.com-settings-export.cmd)
check "settings export exits 0" '[ "$rc" = 0 ]'
check "global+pool and machine exports written with a yyyyMMdd-HHmmss stamp" '[ -s "$DEST/settings/ocsse1-global-pool-$(stamp).xml" ] && [ -s "$DEST/settings/ocsse1.litware.com-machine-$(stamp).xml" ]'
check "lcscmd got the documented switches" 'grep -q "lcscmd /config /action:export /level:global,pool /configfile:\".*ocsse1-global-pool-[0-9-]*.xml\" /poolname:ocsse1" "$T/standin.log"'
sleep 1; rc=$(run "$T/pack" ocsse1.litware.com-settings-export.cmd LCSCMD_EMPTY=1)
check "an empty export fails the run (exit 1) and the log says so" '[ "$rc" = 1 ] && grep -q "FAILED: empty file" "$DEST"/logs/ocsse1.litware.com-settings-*.log'
sleep 1; rc=$(run "$T/pack" ocsse1.litware.com-settings-export.cmd LCSCMD_FAIL=1)
check "a failing lcscmd fails the run (exit 1): missing file and the return code logged" '[ "$rc" = 1 ] && grep -q "FAILED: S2 LCSCmd export" "$DEST"/logs/*.log && grep -q "FAILED: missing file" "$DEST"/logs/*.log'

# 2. Databases on SQL Server 2005 Express through sqlcmd (D10).
rc=$(run "$T/pack" ocsse1.litware.com-databases.cmd)
check "Express database job exits 0 and runs sqlcmd -S server\\RTC -E -b -i <sql>" '[ "$rc" = 0 ] && grep -q "sqlcmd -S ocsse1.litware.com\\\\RTC -E -b -i \".*ocsse1.litware.com-databases.sql\"" "$T/standin.log"'
check "the backup folder was created for BACKUP DATABASE" '[ -d "$DEST/databases/ocsse1.litware.com" ]'
rc=$(run "$T/pack" ocsse1.litware.com-databases.cmd SQLCMD_FAIL=1)
check "a failing sqlcmd fails the Express job (exit 1)" '[ "$rc" = 1 ]'

# 3. File shares with robocopy (D6 D7 D9).
rc=$(run "$T/pack" ocsse1.litware.com-shares.cmd)
check "shares job exits 0 when robocopy returns 1 (files copied)" '[ "$rc" = 0 ]'
check "meeting content copied into a dated folder with _finished.txt \"<ISO time> ok\"" 'ls "$DEST/shares/meeting-content/"*/deck/slides.pptx >/dev/null 2>&1 && grep -Eq "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2} ok" "$DEST"/shares/meeting-content/*/_finished.txt'
check "the normalization rules file is copied alone, the address book files are not" 'ls "$DEST"/shares/normalization-rules/*/Company_Phone_Number_Normalization_Rules.txt >/dev/null 2>&1 && ! ls "$DEST"/shares/*/*/F-0001.lsabs >/dev/null 2>&1 && [ ! -d "$DEST/shares/address-book" ]'

# 3b. IIS configuration (D9). Wine has neither IIS 7's appcmd.exe nor IIS 6's iisback.vbs, so the job must
# say so and fail, still leaving its dated folder with _finished.txt "failed" for the evidence.
rc=$(run "$T/pack" ocsse1.litware.com-iis-config.cmd)
check "IIS job without IIS exits 1 and the log names the missing tools" '[ "$rc" = 1 ] && grep -q "FAILED: D9 neither appcmd.exe (IIS 7) nor iisback.vbs (IIS 6) was found" "$DEST"/logs/ocsse1.litware.com-iis-*.log'
check "IIS job writes its dated folder under iis\\<server> (where the runbook restores from) with _finished.txt failed" 'ls "$DEST"/iis/ocsse1.litware.com/*/_finished.txt >/dev/null 2>&1 && grep -Eq "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}[+-][0-9]{2}:[0-9]{2} failed" "$DEST"/iis/ocsse1.litware.com/*/_finished.txt'
# An IIS 7 server: a stand-in Windows folder (windir set for this run only) with inetsrv\config and an
# appcmd.exe that exits 0 (wine's whoami.exe, which ignores the arguments).
FAKEWIN="$T/fakewin"; mkdir -p "$FAKEWIN/system32/inetsrv/config"; echo "<configuration/>" > "$FAKEWIN/system32/inetsrv/config/applicationHost.config"
cp "${WINEPREFIX:-$HOME/.wine}/drive_c/windows/system32/whoami.exe" "$FAKEWIN/system32/inetsrv/appcmd.exe"
rm -rf "$DEST/iis"; sleep 1
rc=$(run "$T/pack" ocsse1.litware.com-iis-config.cmd "windir=$(win "$FAKEWIN")")
check "IIS 7 job exits 0 and copies inetsrv\\config to iis\\<server>\\<stamp>\\config with _finished.txt ok" '[ "$rc" = 0 ] && ls "$DEST"/iis/ocsse1.litware.com/*/config/applicationHost.config >/dev/null 2>&1 && grep -q " ok" "$DEST"/iis/ocsse1.litware.com/*/_finished.txt'

# 4. Retention (keep 3) and the off-site copy (P5).
for i in 1 2 3 4 5; do : > "$DEST/settings/ocsse1.litware.com-machine-2020010${i}-010000.xml"; echo x > "$DEST/settings/ocsse1.litware.com-machine-2020010${i}-010000.xml"; mkdir -p "$DEST/shares/compliance-log/2020010${i}-010000" "$DEST/iis/ocsse1.litware.com/2020010${i}-010000"; done
rc=$(run "$T/pack" retention-and-offsite.cmd)
check "retention exits 0" '[ "$rc" = 0 ]'
check "3 machine exports of ocsse1 kept, the oldest deleted" '[ "$(ls "$DEST/settings" | grep -c "^ocsse1.litware.com-machine-")" = 3 ] && [ ! -e "$DEST/settings/ocsse1.litware.com-machine-20200101-010000.xml" ]'
check "3 dated compliance-log copies kept (the newest)" '[ "$(ls "$DEST/shares/compliance-log" | wc -l)" = 3 ] && [ ! -e "$DEST/shares/compliance-log/20200103-010000" ]'
check "3 dated IIS configuration copies kept (the newest)" '[ "$(ls "$DEST/iis/ocsse1.litware.com" | wc -l)" = 3 ] && [ ! -e "$DEST/iis/ocsse1.litware.com/20200103-010000" ]'
check "off-site copy made with robocopy and the same retention there" 'grep -q "robocopy \".*dest (nightly) O.Brien]s\" \".*offsite\"" "$T/standin.log" && [ "$(ls "$OFFSITE/settings" | grep -c "^ocsse1.litware.com-machine-")" = 3 ]'

# 5. Evidence (evidence-format.md).
rc=$(run "$T/pack" collect-evidence.cmd)
CSV=$(ls "$DEST"/evidence/evidence-*.csv 2>/dev/null | head -1)
check "evidence script exits 0 and writes the header row" '[ "$rc" = 0 ] && [ "$(head -1 "$CSV" | tr -d "\r")" = "kind,server,item,finishedAt,sizeBytes,result" ]'
check "every evidence row has 6 columns, a kind, an ISO time with a zone and ok/failed" '[ "$(tail -n +2 "$CSV" | tr -d "\r" | grep -Evc "^(database|settings|share),[a-z0-9.-]*,[A-Za-z-]+,[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2}),[0-9]*,(ok|failed)$")" = 0 ]'
check "evidence has database, settings (global-pool, machine, a failed empty one) and share rows" 'grep -q "^database,ocsse1.litware.com,RTC," "$CSV" && grep -q "^settings,ocsse1.litware.com,global-pool," "$CSV" && grep -q "^settings,ocsse1.litware.com,machine,.*,failed" "$CSV" && grep -q "^share,,normalization-rules,.*,ok" "$CSV"'

# 6. A pack without a destination does nothing.
before=$(find "$T" | wc -l)
for f in ocsse1.litware.com-settings-export.cmd ocsse1.litware.com-databases.cmd ocsse1.litware.com-shares.cmd ocsse1.litware.com-iis-config.cmd retention-and-offsite.cmd collect-evidence.cmd; do
  rc=$(run "$T/pack-nodest" "$f"); check "no destination: $f exits 1" '[ "$rc" = 1 ]'
done
check "no destination: nothing was written (only the runner changed)" '[ "$(find "$T" | wc -l)" = "$before" ]'

echo "---"; echo "$PASS passed, $FAIL failed (work folder: $T)"
[ "$FAIL" = 0 ]
