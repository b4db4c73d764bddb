// Values from a deployment file that land in generated Windows scripts (deployment format, extension 1):
// backup destinations, share paths and SQL instance names. Whatever passes these checks stays data in a
// cmd.exe batch file (quoted) and in T-SQL (N'' literals, [] identifiers); whatever could change what a
// script does is refused with a message the caller puts beside the field's JSON path.

export const MAX_WINDOWS_PATH = 200;

/** Characters that cmd.exe or the scripts would interpret (spec: `& | < > ^ % ! " * ?` and control characters). */
const FORBIDDEN = /[&|<>^%!"*?\u0000-\u001f\u007f]/;
/** `\\server\share` with optional folders, no empty segment, no trailing backslash. */
const UNC = /^\\\\[^\\/:]+\\[^\\/:]+(\\[^\\/:]+)*$/;
/** `X:\` with optional folders, no empty segment; only the drive root ends with a backslash. */
const DRIVE = /^[A-Za-z]:\\([^\\/:]+(\\[^\\/:]+)*)?$/;

/** Why a value is not an absolute Windows path a job may use, or null when it is one. */
export function windowsPathProblem(value: string): string | null {
  if (value.length > MAX_WINDOWS_PATH) return `expected at most ${MAX_WINDOWS_PATH} characters (found ${value.length})`;
  const bad = FORBIDDEN.exec(value);
  if (bad) {
    const c = bad[0];
    const shown = c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? `a control character (code ${c.charCodeAt(0)})` : `"${c}"`;
    return `${shown} is not allowed in a path a backup job uses (none of & | < > ^ % ! " * ? nor control characters)`;
  }
  // The job pack's files are UTF-8, which cmd.exe (OEM code page) and sqlcmd -i (ANSI code page) misread: ASCII only.
  const wide = /[^\x20-\x7e]/.exec(value);
  if (wide)
    return `"${wide[0]}" is not ASCII: scripts that use this path are read by cmd.exe and sqlcmd in the server's code page, so it may hold only ASCII characters`;
  if (!UNC.test(value) && !DRIVE.test(value))
    return "expected an absolute Windows path: \\\\server\\share with optional folders, or X:\\ with optional folders (no empty folder names, no / or :, no trailing \\)";
  return null;
}

export const SQL_INSTANCE = /^[A-Za-z_][A-Za-z0-9_$]{0,15}$/;

export function sqlInstanceProblem(value: string): string | null {
  return SQL_INSTANCE.test(value) ? null : "expected a SQL Server instance name: 1-16 letters, digits, _ or $, starting with a letter or _";
}

/** The computer named in a UNC path (`\\fs01\ocs` -> `fs01`), or null for a drive path. */
export const uncHost = (path: string): string | null => /^\\\\([^\\]+)\\/.exec(path)?.[1] ?? null;
