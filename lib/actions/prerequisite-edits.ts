// The model editor's edits of Extension 2's prerequisites (certificates, DNS records) as pure functions
// on a draft deployment, in the shape of model-edits.ts: applied with the path -> field table for the
// consistency rules' errors, or refused with a message. Also what a server rename or removal does to
// the certificates on it, and the use of a certificate pasted from certutil.
import type { Deployment, DeploymentFile } from "../formats/deployment";
import type { FoundCertificate } from "../formats/certificate-import";
import type { CertificateEntry, CertificateUse, DnsRecordEntry } from "../formats/extension-2-prerequisites";
import { certificateNeeds } from "../engine/register/certificates";
import type { Edit } from "./model-edits";
import { FORM_FIELD } from "./field-paths";

/** Path -> field entries for one entity (as model-edits' entityFields; kept here so the two modules import one way). */
const entityFields = (at: string, fields: readonly string[]): Record<string, string> =>
  Object.fromEntries([[at, FORM_FIELD], ...fields.map((f) => [`${at}.${f}`, f])]);

type CertificateIn = NonNullable<DeploymentFile["certificates"]>[number];
type DnsRecordIn = NonNullable<DeploymentFile["dnsRecords"]>[number];

const CERTIFICATE_FIELDS = ["server", "use", "subject", "san", "issuer", "expires", "thumbprint", "keyBackup"] as const;
const DNS_FIELDS = ["name", "type", "target", "port", "external"] as const;
const gone = (what: string): Edit => ({ ok: false, message: `${what} no longer exists (someone may have removed it). Reload the page.` });

export function addCertificates(d: DeploymentFile, certificates: readonly CertificateIn[]): Edit {
  const list = (d.certificates ??= []);
  const first = list.length;
  list.push(...certificates);
  const fields = certificates.length === 1 ? entityFields(`certificates[${first}]`, CERTIFICATE_FIELDS) : { certificates: FORM_FIELD };
  return { ok: true, fields, note: certificates.length === 1 ? undefined : `Added ${certificates.length} certificates.` };
}

export function removeCertificate(d: DeploymentFile, index: number, subject: string): Edit {
  const c = d.certificates?.[index];
  if (!c || c.subject !== subject) return gone(`Certificate ${subject}`);
  d.certificates!.splice(index, 1);
  if (d.certificates!.length === 0) delete d.certificates;
  return { ok: true, fields: {} };
}

export function addDnsRecord(d: DeploymentFile, record: DnsRecordIn): Edit {
  const list = (d.dnsRecords ??= []);
  list.push(record);
  return { ok: true, fields: entityFields(`dnsRecords[${list.length - 1}]`, DNS_FIELDS) };
}

export function removeDnsRecord(d: DeploymentFile, index: number, name: string): Edit {
  const r = d.dnsRecords?.[index];
  if (!r || r.name !== name) return gone(`DNS record ${name}`);
  d.dnsRecords!.splice(index, 1);
  if (d.dnsRecords!.length === 0) delete d.dnsRecords;
  return { ok: true, fields: {} };
}

/** A server renamed in the editor: its certificates follow. */
export function renameCertificateServer(d: DeploymentFile, from: string, to: string) {
  d.certificates?.forEach((c) => {
    if (c.server === from) c.server = to;
  });
}

/** A server removed in the editor: its certificates go with it. */
export function dropCertificatesOf(d: DeploymentFile, fqdn: string) {
  if (!d.certificates) return;
  d.certificates = d.certificates.filter((c) => c.server !== fqdn);
  if (d.certificates.length === 0) delete d.certificates;
}

/**
 * Certificates pasted from one server's `certutil -store my`, each given the use its subject and the
 * server's roles point to (a need with that subject first, then a need still without a certificate).
 * A certificate no need fits is refused by line, so nothing is guessed silently.
 */
export function certificatesFromCertutil(
  d: DeploymentFile,
  server: string,
  found: readonly FoundCertificate[],
  keyBackupFolder: string | undefined,
): { ok: true; certificates: CertificateEntry[] } | { ok: false; message: string } {
  // The draft is the stored (valid) deployment: the needs read it as parsed.
  const needs = certificateNeeds(d as Deployment).filter((n) => n.server === server);
  if (needs.length === 0) return { ok: false, message: `${server} has no role that needs a certificate in the register` };
  const taken = new Set<CertificateUse>((d.certificates ?? []).filter((c) => c.server === server).map((c) => c.use));
  const out: CertificateEntry[] = [];
  for (const f of found) {
    const need =
      needs.find((n) => !taken.has(n.use) && n.subject === f.subject) ?? needs.find((n) => !taken.has(n.use) && n.subject.startsWith("("));
    if (!need)
      return {
        ok: false,
        message: `line ${f.line}: cannot tell which use certificate ${f.subject} has on ${server} (every certificate its roles need is listed or has another name): add it by hand or as CSV with its use`,
      };
    taken.add(need.use);
    out.push({
      server,
      use: need.use,
      subject: f.subject,
      ...(f.san.length > 0 ? { san: f.san } : {}),
      issuer: f.issuer,
      expires: f.expires,
      thumbprint: f.thumbprint,
      ...(keyBackupFolder ? { keyBackup: `${keyBackupFolder.replace(/\\+$/, "")}\\${f.thumbprint}.pfx` } : {}),
    });
  }
  return { ok: true, certificates: out };
}

export type { DnsRecordEntry };
