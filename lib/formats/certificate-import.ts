// Certificates from what an administrator can paste (rule S9): the output of `certutil -store my` (or
// `certutil -v -store my`, which adds the subject alternative names) run on one server, or a CSV with
// one certificate per row. Untrusted text: nothing here throws for bad input, every problem names its
// line (and, for CSV, its column), and only values the deployment format accepts come out, so a hostile
// subject is refused before it can reach a runbook.
import { parse } from "csv-parse/sync";
import {
  CERTIFICATE_ISSUERS,
  CERTIFICATE_USES,
  certificateSchema,
  clip,
  dnsNameProblem,
  type CertificateEntry,
  type CertificateIssuer,
} from "./extension-2-prerequisites";

export interface ImportProblem {
  line: number;
  /** 1-based column of a CSV row; 0 for certutil output or a whole line. */
  column: number;
  message: string;
}

/** A certificate as certutil shows it, before the administrator says what it is used for. */
export interface FoundCertificate {
  /** Line of its "Certificate n" banner. */
  line: number;
  subject: string;
  san: string[];
  /** The issuer's distinguished name as certutil printed it (display only). */
  issuerName: string;
  /** A guess: an issuer named with DC= components is an enterprise (Active Directory) CA. */
  issuer: CertificateIssuer;
  /** NotAfter as YYYY-MM-DD (the date as printed, in the server's time zone). */
  expires: string;
  thumbprint: string;
}

export type CertutilResult = { ok: true; certificates: FoundCertificate[] } | { ok: false; problems: ImportProblem[] };

const MAX_PASTE_BYTES = 1024 * 1024;
const BANNER = /^=+\s*Certificate\s+(\d+)\s*=+$/i;
const FIELD = /^\s*(Subject|Issuer|NotAfter|Cert Hash\(sha1\))\s*:\s*(.*)$/i;
const DNS_SAN = /^\s*DNS Name\s*=\s*(.*)$/i;

/** `CN=sip.litware.com, OU=IT` -> `sip.litware.com` (the first CN), or null. */
function commonName(dn: string): string | null {
  for (const part of splitDn(dn)) {
    const m = /^\s*CN\s*=\s*(.*?)\s*$/i.exec(part);
    if (m) return m[1].replace(/^"(.*)"$/, "$1");
  }
  return null;
}

/** Split a distinguished name at commas outside double quotes. */
function splitDn(dn: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of dn) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

const pad = (n: number) => String(n).padStart(2, "0");
const realDate = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/**
 * A certutil date as YYYY-MM-DD: the US form `1/31/2028 10:00 AM` (English Windows), or ISO
 * `2028-01-31 10:00`; other locales are refused with a message rather than guessed.
 */
export function certutilDate(text: string): { ok: true; date: string } | { ok: false; message: string } {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(text.trim());
  const [y, m, d] = us ? [Number(us[3]), Number(us[1]), Number(us[2])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [0, 0, 0];
  if ((!us && !iso) || !realDate(y, m, d))
    return {
      ok: false,
      message: `NotAfter ${clip(text.trim())} is not a date this import reads: expected M/D/YYYY (as English Windows prints it) or YYYY-MM-DD`,
    };
  return { ok: true, date: `${y}-${pad(m)}-${pad(d)}` };
}

interface Block {
  line: number;
  fields: Map<string, { value: string; line: number }>;
  san: { value: string; line: number }[];
}

/** Parse `certutil [-v] -store my` output: every certificate block with its subject, SAN, issuer, NotAfter and thumbprint. */
export function parseCertutilStore(text: string): CertutilResult {
  if (Buffer.byteLength(text, "utf8") > MAX_PASTE_BYTES)
    return { ok: false, problems: [{ line: 0, column: 0, message: "the pasted text is over 1 MB; paste one server's store at a time" }] };
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (BANNER.test(raw.trim())) {
      blocks.push({ line, fields: new Map(), san: [] });
      return;
    }
    const block = blocks.at(-1);
    if (!block) return;
    const field = FIELD.exec(raw);
    // Only the first of each field counts: -v output repeats "Issuer"/"Subject" inside extensions.
    if (field && !block.fields.has(field[1].toLowerCase())) block.fields.set(field[1].toLowerCase(), { value: field[2].trim(), line });
    const san = DNS_SAN.exec(raw);
    if (san) block.san.push({ value: san[1].trim(), line });
  });
  if (blocks.length === 0)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 0,
          message: 'no "================ Certificate 0 ================" block found: paste the output of certutil -store my',
        },
      ],
    };

  const problems: ImportProblem[] = [];
  const certificates: FoundCertificate[] = [];
  for (const b of blocks) {
    const before = problems.length;
    const need = (key: string, label: string) => {
      const f = b.fields.get(key);
      if (!f) problems.push({ line: b.line, column: 0, message: `certificate at line ${b.line} has no ${label} line` });
      return f;
    };
    const subjectField = need("subject", "Subject:");
    const issuerField = need("issuer", "Issuer:");
    const notAfter = need("notafter", "NotAfter:");
    const hash = need("cert hash(sha1)", "Cert Hash(sha1):");

    let subject = "";
    if (subjectField) {
      const cn = commonName(subjectField.value);
      const name = (cn ?? "").toLowerCase();
      const problem = cn === null ? "the subject has no CN= part" : dnsNameProblem(name, { wildcard: true });
      if (problem) problems.push({ line: subjectField.line, column: 0, message: `Subject: ${problem}` });
      else subject = name;
    }
    const san: string[] = [];
    for (const s of b.san) {
      const name = s.value.toLowerCase();
      const problem = dnsNameProblem(name, { wildcard: true });
      if (problem) problems.push({ line: s.line, column: 0, message: `DNS Name: ${problem}` });
      else if (!san.includes(name)) san.push(name);
    }
    let expires = "";
    if (notAfter) {
      const date = certutilDate(notAfter.value);
      if (date.ok) expires = date.date;
      else problems.push({ line: notAfter.line, column: 0, message: date.message });
    }
    let thumbprint = "";
    if (hash) {
      const hex = hash.value.replace(/\s+/g, "");
      if (/^[0-9a-fA-F]{40}$/.test(hex)) thumbprint = hex.toUpperCase();
      else problems.push({ line: hash.line, column: 0, message: `Cert Hash(sha1): expected 40 hex digits, not ${clip(hash.value)}` });
    }
    if (problems.length > before) continue;
    const issuerName = issuerField!.value;
    certificates.push({
      line: b.line,
      subject,
      san,
      issuerName: issuerName.length > 200 ? `${issuerName.slice(0, 197)}...` : issuerName,
      issuer: splitDn(issuerName).some((p) => /^\s*DC\s*=/i.test(p)) ? "enterprise" : "public",
      expires,
      thumbprint,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, certificates };
}

// ---- CSV ------------------------------------------------------------------------------------

export const CERTIFICATE_CSV_COLUMNS = ["server", "use", "subject", "san", "issuer", "expires", "thumbprint", "keyBackup"] as const;
export const CERTIFICATE_CSV_HEADER = CERTIFICATE_CSV_COLUMNS.join(",");
const REQUIRED = new Set(["server", "use", "subject", "issuer", "expires"]);

export type CertificateCsvResult = { ok: true; certificates: CertificateEntry[] } | { ok: false; problems: ImportProblem[] };

/** `line 3, column 6 (expires): …` */
export function describeImportProblem(p: ImportProblem): string {
  const column =
    p.column > 0 ? `, column ${p.column}${CERTIFICATE_CSV_COLUMNS[p.column - 1] ? ` (${CERTIFICATE_CSV_COLUMNS[p.column - 1]})` : ""}` : "";
  return `line ${p.line}${column}: ${p.message}`;
}

/**
 * A CSV of certificates: the header `server,use,subject,san,issuer,expires,thumbprint,keyBackup` (in this
 * order), `san` as names separated by spaces or semicolons, optional columns left empty. Each row is
 * validated with the deployment format's certificate schema.
 */
export function parseCertificateCsv(text: string): CertificateCsvResult {
  if (Buffer.byteLength(text, "utf8") > MAX_PASTE_BYTES)
    return { ok: false, problems: [{ line: 0, column: 0, message: "the CSV is over 1 MB" }] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const m = e as { lines?: number; message?: string };
    return { ok: false, problems: [{ line: m.lines ?? 1, column: 0, message: `not a readable CSV: ${(m.message ?? "").split("\n")[0]}` }] };
  }
  if (records.length === 0)
    return { ok: false, problems: [{ line: 1, column: 0, message: `expected the header ${CERTIFICATE_CSV_HEADER}` }] };
  const header = records[0].record.map((h) => h.trim());
  if (header.join(",") !== CERTIFICATE_CSV_HEADER)
    return { ok: false, problems: [{ line: records[0].info.lines, column: 0, message: `expected the header ${CERTIFICATE_CSV_HEADER}` }] };

  const problems: ImportProblem[] = [];
  const certificates: CertificateEntry[] = [];
  for (const { record, info } of records.slice(1)) {
    // info.lines is the line the record ends on; multi-line quoted fields are rare here.
    const line = info.lines;
    if (record.length !== CERTIFICATE_CSV_COLUMNS.length) {
      problems.push({ line, column: 0, message: `expected ${CERTIFICATE_CSV_COLUMNS.length} columns, found ${record.length}` });
      continue;
    }
    const value: Record<string, unknown> = {};
    CERTIFICATE_CSV_COLUMNS.forEach((c, i) => {
      const cell = record[i].trim();
      if (cell === "" && !REQUIRED.has(c)) return;
      value[c] = c === "san" ? cell.split(/[\s;]+/).filter(Boolean) : cell;
    });
    const parsed = certificateSchema.safeParse(value);
    if (parsed.success) {
      certificates.push(parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      const column = CERTIFICATE_CSV_COLUMNS.indexOf(key as (typeof CERTIFICATE_CSV_COLUMNS)[number]) + 1;
      const message =
        key === "use"
          ? `expected a certificate use: one of ${CERTIFICATE_USES.join(", ")}`
          : key === "issuer"
            ? `expected an issuer kind: one of ${CERTIFICATE_ISSUERS.join(", ")}`
            : issue.message;
      problems.push({ line, column, message });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, certificates };
}
