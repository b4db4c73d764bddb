// The backup evidence file format, version 1 (../shared/spec/evidence-format.md): what the backup jobs
// really did, one CSV row per run. Parsing never throws for bad input: every problem names its line
// (1-based, counted in the file as written) and its column (1-based, with the header's name).
// Rows naming things the deployment lacks are not this module's business: that needs the deployment,
// so lib/engine/evidence reports them as warnings.
import { parse } from "csv-parse/sync";

export const EVIDENCE_COLUMNS = ["kind", "server", "item", "finishedAt", "sizeBytes", "result"] as const;
/** The certificate rows extension (rule S9): a seventh column, `expiresAt`. */
export const EVIDENCE_COLUMNS_WITH_EXPIRY = [...EVIDENCE_COLUMNS, "expiresAt"] as const;
export type EvidenceColumn = (typeof EVIDENCE_COLUMNS_WITH_EXPIRY)[number];
export const EVIDENCE_HEADER = EVIDENCE_COLUMNS.join(",");
export const EVIDENCE_HEADER_WITH_EXPIRY = EVIDENCE_COLUMNS_WITH_EXPIRY.join(",");

export const EVIDENCE_KINDS = ["database", "settings", "share"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** LCSCmd export levels a settings row may name (`global-pool` is one file with both levels). */
export const SETTINGS_ITEMS = ["global-pool", "global", "pool", "machine"] as const;
export type SettingsItem = (typeof SETTINGS_ITEMS)[number];

export const EVIDENCE_RESULTS = ["ok", "failed"] as const;
export type EvidenceResult = (typeof EVIDENCE_RESULTS)[number];

/** Upload limit (API body, browser upload, CLI): about 200,000 rows of a typical file. */
export const MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;
/** At most this many problems are listed; the count says how many there were in all. */
export const MAX_LISTED_PROBLEMS = 200;

export interface EvidenceRun {
  /** Line of the file where the row starts. */
  line: number;
  kind: EvidenceKind;
  /** Lower-cased FQDN; null for a share. */
  server: string | null;
  item: string;
  /** As written in the file (zone kept). */
  finishedAt: string;
  /** Milliseconds since 1970 (UTC). */
  finishedAtMs: number;
  sizeBytes: number | null;
  result: EvidenceResult;
}

/** A certificate row (kind `certificate`): what a server's store held when it was read. Kept apart from the backup runs. */
export interface CertificateReading {
  line: number;
  /** Lower-cased FQDN of the server whose store was read. */
  server: string;
  /** Upper case, 40 hex digits; empty for a failed read. */
  thumbprint: string;
  readAtMs: number;
  /** Null for a failed read. */
  expiresAtMs: number | null;
  result: EvidenceResult;
}

export interface EvidenceProblem {
  line: number;
  /** 1-based column number; 0 when the problem is about the whole line. */
  column: number;
  /** The header name of that column, when the column is one of the format's. */
  field: EvidenceColumn | null;
  message: string;
}

export type EvidenceParseResult =
  { ok: true; runs: EvidenceRun[]; certificates: CertificateReading[] } | { ok: false; errors: EvidenceProblem[]; errorCount: number };

/** `line 4, column 4 (finishedAt): …`, as the CLI, the API and the upload page print it. */
export function describeEvidenceProblem(p: EvidenceProblem): string {
  const where = p.column > 0 ? `, column ${p.column}${p.field ? ` (${p.field})` : ""}` : "";
  return `line ${p.line}${where}: ${p.message}`;
}

const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const isFqdn = (v: string) => {
  if (v.length > 253) return false;
  const labels = v.split(".");
  return labels.length >= 2 && labels.every((l) => DNS_LABEL.test(l));
};
// SQL Server database names: anything printable up to 128 characters; no leading/trailing space.
const DATABASE_NAME = /^[^\s\x00-\x1f\x7f](?:[^\x00-\x1f\x7f]{0,126}[^\s\x00-\x1f\x7f])?$/;
const SHARE_ITEM = /^[a-z][a-z0-9-]{0,63}$/;
const SIZE = /^\d{1,16}$/;
const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const TIME_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** An ISO 8601 date and time with a zone (`Z` or `±hh:mm`) as epoch milliseconds, or a reason why not. */
export function parseZonedTime(text: string): { ok: true; ms: number } | { ok: false; message: string } {
  const m = TIME.exec(text);
  if (!m) {
    if (TIME_WITHOUT_ZONE.test(text)) return { ok: false, message: `"${text}" has no time zone: add Z (UTC) or an offset such as +01:00` };
    return { ok: false, message: `expected an ISO 8601 date and time with a zone, such as 2026-11-28T01:42:10Z, not "${clip(text)}"` };
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] ? Number(m[6]) : 0;
  const fraction = m[7] ? Number(`0.${m[7]}`) : 0;
  if (month < 1 || month > 12) return { ok: false, message: `"${text}": month ${m[2]} does not exist` };
  const days = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > days) return { ok: false, message: `"${text}": day ${m[3]} does not exist in that month` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: `"${text}": the time of day is out of range` };
  let offsetMinutes = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 14 || om > 59) return { ok: false, message: `"${text}": the zone offset is out of range (at most ±14:00)` };
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + Math.round(fraction * 1000) - offsetMinutes * 60_000;
  return { ok: true, ms: utc };
}

/** A value from the file as shown in a message: quoted, escaped, at most 60 characters. */
const clip = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v).slice(1, -1);
const oneOf = (values: readonly string[]) => values.join(", ");

// csv-parse's own errors are about quoting; each carries the index of the field it stopped in.
interface CsvParseError {
  code?: string;
  index?: number;
}

/**
 * Parse an evidence file. The header must be exactly the format's; every row is checked and every
 * problem reported (up to MAX_LISTED_PROBLEMS listed). Quoting follows RFC 4180; CRLF or LF line ends;
 * a UTF-8 byte order mark is allowed; blank lines are ignored.
 */
export function parseEvidenceCsv(text: string): EvidenceParseResult {
  const buf = Buffer.from(text, "utf8");
  const errors: EvidenceProblem[] = [];
  // Columns per row: 6, or 7 with the certificate rows extension's expiresAt (set by the header).
  let width: number = EVIDENCE_COLUMNS.length;
  let errorCount = 0;
  const fail = (line: number, column: number, message: string) => {
    errorCount++;
    if (errors.length < MAX_LISTED_PROBLEMS)
      errors.push({
        line,
        column,
        field: column >= 1 && column <= width ? EVIDENCE_COLUMNS_WITH_EXPIRY[column - 1] : null,
        message,
      });
  };

  // Line numbers from byte offsets: count the line feeds between the last record and this one.
  let scanned = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    while (scanned < offset) {
      const nl = buf.indexOf(0x0a, scanned);
      if (nl === -1 || nl >= offset) {
        scanned = offset;
        break;
      }
      line++;
      scanned = nl + 1;
    }
    return line;
  };
  const BOM = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let recordStart = BOM;
  const startOfRecord = () => {
    // Skip the blank lines csv-parse passed over.
    let p = recordStart;
    while (p < buf.length && (buf[p] === 0x0a || buf[p] === 0x0d)) p++;
    return p;
  };

  const runs: EvidenceRun[] = [];
  const certificates: CertificateReading[] = [];
  let header = false;
  try {
    parse(buf, {
      bom: true,
      record_delimiter: ["\r\n", "\n"],
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { bytes: number }) => {
        const at = lineAt(startOfRecord());
        recordStart = context.bytes;
        if (!header) {
          header = true;
          width = checkHeader(record, at, fail);
        } else {
          const row = checkRow(record, at, fail, width);
          if (row && "thumbprint" in row) certificates.push(row);
          else if (row) runs.push(row);
        }
        return null;
      },
    });
  } catch (e) {
    const err = e as CsvParseError;
    if (typeof err.code !== "string" || !err.code.includes("QUOTE")) throw e;
    // err.bytes_records stays 0 when on_record keeps no records: the offset is ours.
    const at = lineAt(startOfRecord());
    const column = (err.index ?? 0) + 1;
    fail(
      at,
      column,
      err.code === "CSV_QUOTE_NOT_CLOSED"
        ? 'a quoted value is never closed (a field that starts with " must end with "; write a quote inside it as "")'
        : 'a quote in the middle of a value: quote the whole value and write each quote inside it as "" (RFC 4180)',
    );
  }
  if (!header) fail(1, 0, `the file is empty: the first line must be the header ${EVIDENCE_HEADER}`);
  return errorCount > 0 ? { ok: false, errors, errorCount } : { ok: true, runs, certificates };
}

type Fail = (line: number, column: number, message: string) => void;

/** Checks the header; the number of columns rows must have (6, or 7 with the certificate extension's expiresAt). */
function checkHeader(record: string[], line: number, fail: Fail): number {
  const withExpiry = record.length === EVIDENCE_COLUMNS_WITH_EXPIRY.length;
  const expected: readonly string[] = withExpiry ? EVIDENCE_COLUMNS_WITH_EXPIRY : EVIDENCE_COLUMNS;
  for (let i = 0; i < Math.max(record.length, expected.length); i++) {
    const got = record[i];
    if (got === expected[i]) continue;
    if (got === undefined) fail(line, i + 1, `the header lacks the column ${expected[i]} (expected ${EVIDENCE_HEADER})`);
    else if (i >= expected.length || !expected.includes(got))
      fail(line, i + 1, `unknown column "${clip(got)}" (the header must be exactly ${EVIDENCE_HEADER})`);
    else fail(line, i + 1, `column ${i + 1} must be ${expected[i]}, not ${got} (the header must be exactly ${EVIDENCE_HEADER})`);
  }
  return expected.length;
}

const THUMBPRINT = /^[0-9A-Fa-f]{40}$/;

function checkRow(record: string[], line: number, fail: Fail, n: number): EvidenceRun | CertificateReading | null {
  if (record.length !== n) {
    fail(
      line,
      record.length > n ? n + 1 : record.length + 1,
      record.length > n
        ? `${record.length} values where the header has ${n}: remove the extra values or quote a value that contains a comma`
        : `${record.length} value${record.length === 1 ? "" : "s"} where the header has ${n}: the row lacks ${EVIDENCE_COLUMNS_WITH_EXPIRY.slice(record.length, n).join(", ")}`,
    );
    return null;
  }
  if (record[0] === "certificate") return checkCertificateRow(record, line, fail, n);
  const [kind, rawServer, item, finishedAt, size, result] = record;
  let ok = true;
  const bad = (column: number, message: string) => {
    ok = false;
    fail(line, column, message);
  };

  if (!(EVIDENCE_KINDS as readonly string[]).includes(kind))
    bad(1, `expected a kind: one of ${oneOf([...EVIDENCE_KINDS, "certificate"])}, not "${clip(kind)}"`);

  const server = rawServer.toLowerCase();
  if (kind === "share") {
    if (server !== "") bad(2, "a share row has an empty server (the share is named by its content in item)");
  } else if (server === "") bad(2, `a ${kind === "settings" ? "settings" : "database"} row needs the server's FQDN`);
  else if (!isFqdn(server)) bad(2, `expected a server FQDN such as sql01.litware.com, not "${clip(rawServer)}"`);

  if (item === "") bad(3, "the item is empty");
  else if (kind === "settings" && !(SETTINGS_ITEMS as readonly string[]).includes(item))
    bad(3, `expected a settings level: one of ${oneOf(SETTINGS_ITEMS)}, not "${clip(item)}"`);
  else if (kind === "database" && !DATABASE_NAME.test(item)) bad(3, `"${clip(item)}" is not a database name (1-128 printable characters)`);
  else if (kind === "share" && !SHARE_ITEM.test(item))
    bad(3, `expected a share content such as meeting-content or normalization-rules, not "${clip(item)}"`);

  const time = parseZonedTime(finishedAt);
  if (!time.ok) bad(4, time.message);

  let sizeBytes: number | null = null;
  if (size !== "") {
    if (!SIZE.test(size)) bad(5, `expected the size in bytes as a whole number (or nothing), not "${clip(size)}"`);
    else if (!Number.isSafeInteger(Number(size))) bad(5, `${size} bytes is too large to be a backup size`);
    else sizeBytes = Number(size);
  }

  if (!(EVIDENCE_RESULTS as readonly string[]).includes(result)) bad(6, `expected a result: ok or failed, not "${clip(result)}"`);
  if (n > EVIDENCE_COLUMNS.length && record[6] !== "") bad(7, "only certificate rows have an expiresAt; leave it empty");

  if (!ok || !time.ok) return null;
  return {
    line,
    kind: kind as EvidenceKind,
    server: kind === "share" ? null : server,
    item,
    finishedAt,
    finishedAtMs: time.ms,
    sizeBytes,
    result: result as EvidenceResult,
  };
}

/** A certificate row (evidence-format.md, "Extension: certificate rows"). */
function checkCertificateRow(record: string[], line: number, fail: Fail, n: number): CertificateReading | null {
  let ok = true;
  const bad = (column: number, message: string) => {
    ok = false;
    fail(line, column, message);
  };
  if (n < EVIDENCE_COLUMNS_WITH_EXPIRY.length) {
    bad(1, `a certificate row needs the expiresAt column: use the header ${EVIDENCE_HEADER_WITH_EXPIRY}`);
    return null;
  }
  const [, rawServer, item, readAt, size, result, expiresAt] = record;
  const server = rawServer.toLowerCase();
  if (!isFqdn(server)) bad(2, `expected the FQDN of the server whose store was read, not "${clip(rawServer)}"`);
  const failed = result === "failed";
  if (!(failed && item === "") && !THUMBPRINT.test(item))
    bad(3, `expected the certificate's thumbprint (40 hex digits), not "${clip(item)}"`);
  const read = parseZonedTime(readAt);
  if (!read.ok) bad(4, read.message);
  if (size !== "") bad(5, "a certificate row has no size: leave it empty");
  if (!(EVIDENCE_RESULTS as readonly string[]).includes(result)) bad(6, `expected a result: ok or failed, not "${clip(result)}"`);
  let expiresAtMs: number | null = null;
  if (expiresAt === "") {
    if (!failed) bad(7, "a readable certificate needs its NotAfter as an ISO 8601 time with a zone");
  } else {
    const t = parseZonedTime(expiresAt);
    if (t.ok) expiresAtMs = t.ms;
    else bad(7, t.message);
  }
  if (!ok || !read.ok) return null;
  return { line, server, thumbprint: item.toUpperCase(), readAtMs: read.ms, expiresAtMs, result: result as EvidenceResult };
}

const needsQuotes = /[",\r\n]/;
const field = (v: string) => (needsQuotes.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The runs as an evidence file again (header first, CRLF line ends, the input's row order). */
export function evidenceToCsv(runs: readonly EvidenceRun[]): string {
  const lines = [EVIDENCE_HEADER];
  for (const r of runs)
    lines.push(
      [r.kind, r.server ?? "", r.item, r.finishedAt, r.sizeBytes === null ? "" : String(r.sizeBytes), r.result].map(field).join(","),
    );
  return lines.join("\r\n") + "\r\n";
}
