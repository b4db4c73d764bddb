// Extension 2 of the deployment format, the prerequisites and platform part (deployment-format.md
// "Extension 2": servers[].os, servers[].sql, certificates, dnsRecords; rules S9, S10, L1-L3). The
// people and business-impact fields of the same extension live elsewhere. deployment.ts spreads these
// fields into its server and deployment schemas, so this file holds no other schema.
//
// Values here reach runbook text ("install certificate <subject> from <key backup>"), so a subject or
// a DNS name is a DNS name and a key backup follows extension 1's path rule: whatever passes cannot
// change what a generated script does.
import { z } from "zod";
import { windowsPathProblem } from "./windows-values";

export const OS_VERSIONS = ["windows-server-2003", "windows-server-2003-r2", "windows-server-2008", "windows-server-2008-r2"] as const;
export const SQL_VERSIONS = ["2005", "2008", "2008-r2"] as const;
export const SQL_EDITIONS = ["express", "standard", "enterprise"] as const;
export const CERTIFICATE_USES = [
  "edge-internal",
  "access-edge-external",
  "web-conferencing-edge-external",
  "av-authentication",
  "pool",
  "standard-edition",
  "director",
  "mediation",
  "web-components",
  "reverse-proxy",
] as const;
export const CERTIFICATE_ISSUERS = ["public", "enterprise"] as const;
export const DNS_RECORD_TYPES = ["A", "CNAME", "SRV"] as const;

export type OsVersion = (typeof OS_VERSIONS)[number];
export type SqlVersion = (typeof SQL_VERSIONS)[number];
export type SqlEdition = (typeof SQL_EDITIONS)[number];
export type CertificateUse = (typeof CERTIFICATE_USES)[number];
export type CertificateIssuer = (typeof CERTIFICATE_ISSUERS)[number];
export type DnsRecordType = (typeof DNS_RECORD_TYPES)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `expected ${what}: one of ${values.join(", ")}` });

// A DNS label; SRV owner names start with `_service._proto` labels, and a certificate name may start with `*.`.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const SERVICE_LABEL = /^_[a-z0-9][a-z0-9-]{0,61}$/;

/** Why a value is not a DNS name (lower case, at least two labels), or null. `_labels` and a leading `*.` only when allowed. */
export function dnsNameProblem(value: string, allow: { serviceLabels?: boolean; wildcard?: boolean } = {}): string | null {
  const labels = value.split(".");
  const ok =
    value.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l, i) => LABEL.test(l) || (allow.serviceLabels && SERVICE_LABEL.test(l)) || (allow.wildcard && i === 0 && l === "*"));
  return ok ? null : `expected a DNS name such as "sip.litware.com"${allow.wildcard ? ' (or "*.litware.com")' : ""}, not ${clip(value)}`;
}

/** A value as shown in a message: quoted, escaped, at most 60 characters. */
export const clip = (v: string) => JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);

const lowerText = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .toLowerCase();
const dnsValue = (what: string, allow: { serviceLabels?: boolean; wildcard?: boolean } = {}) =>
  lowerText(what).superRefine((v, ctx) => {
    const problem = dnsNameProblem(v, allow);
    if (problem) ctx.addIssue({ code: "custom", message: `${what}: ${problem}` });
  });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Milliseconds (UTC midnight) of a YYYY-MM-DD date that exists, or null. */
export function dateMs(value: string): number | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
export const isIpv4 = (v: string) => IPV4.test(v);

/** servers[].os and servers[].sql (spread into the server schema). */
export const serverPlatformFields = {
  os: oneOf(OS_VERSIONS, "an operating system").optional(),
  sql: z
    .strictObject({
      version: oneOf(SQL_VERSIONS, "a SQL Server version"),
      edition: oneOf(SQL_EDITIONS, "a SQL Server edition"),
      servicePack: z
        .number({ error: "expected a service pack number 0..4" })
        .int({ error: "expected a whole service pack number 0..4" })
        .min(0, { error: "expected a service pack number 0..4" })
        .max(4, { error: "expected a service pack number 0..4" })
        .optional(),
    })
    .optional(),
};

export const certificateSchema = z.strictObject({
  server: dnsValue("the FQDN of the server holding the certificate"),
  use: oneOf(CERTIFICATE_USES, "a certificate use"),
  subject: dnsValue("the certificate's subject name", { wildcard: true }),
  san: z.array(dnsValue("a subject alternative name", { wildcard: true }), { error: "expected a list of DNS names" }).optional(),
  issuer: oneOf(CERTIFICATE_ISSUERS, "an issuer kind"),
  expires: z
    .string({ error: "expected an expiry date as a string (YYYY-MM-DD)" })
    .refine((v) => dateMs(v) !== null, { error: "expected a real date as YYYY-MM-DD (UTC), such as 2027-03-01" }),
  thumbprint: z
    .string({ error: "expected a thumbprint as a string" })
    .regex(/^[0-9a-fA-F]{40}$/, { error: "expected a thumbprint of 40 hex digits (SHA-1), without spaces" })
    .optional(),
  keyBackup: z
    .string({ error: "expected the key backup's path as a string" })
    .superRefine((v, ctx) => {
      const problem = windowsPathProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: `the key backup: ${problem}` });
    })
    .optional(),
});

export const dnsRecordSchema = z.strictObject({
  name: dnsValue("the record's name", { serviceLabels: true }),
  type: oneOf(DNS_RECORD_TYPES, "a record type"),
  target: lowerText("the record's target").min(1, { error: "the record's target must not be empty" }),
  port: z
    .number({ error: "expected a port number 1..65535" })
    .int({ error: "expected a whole port number 1..65535" })
    .min(1, { error: "expected a port number 1..65535" })
    .max(65535, { error: "expected a port number 1..65535" })
    .optional(),
  external: z.boolean({ error: "expected true or false" }).optional(),
});

/** certificates and dnsRecords (spread into the deployment schema). */
export const prerequisiteFields = {
  certificates: z.array(certificateSchema, { error: "expected a list of certificates" }).optional(),
  dnsRecords: z.array(dnsRecordSchema, { error: "expected a list of DNS records" }).optional(),
};

export type CertificateEntry = z.output<typeof certificateSchema>;
export type DnsRecordEntry = z.output<typeof dnsRecordSchema>;
export type SqlPlatform = NonNullable<z.output<typeof serverPlatformFields.sql>>;
