// The gaps the register and the platform add (plan-format.md): S9 per certificate (expired, expiring,
// missing, without key backup, a naming rule broken), S10 per needed DNS record missing or pointing
// elsewhere, L1 per product out of support, L2 per Express database near its cap, L3 once for the
// servers whose patch level is not recorded. Gap ids: `<kind>:<subject>`.
import type { Deployment } from "../../formats/deployment";
import type { Gap, GapSeverity } from "../../formats/plan";
import type { Register } from "../../formats/plan-register";
import { nameList } from "../name-list";

const listNames = (names: readonly string[]) => nameList(names, 5);
import { EXPIRING_DAYS } from "./certificates";
import { EXPRESS_CAP_GB, EXPRESS_CRITICAL_GB, EXPRESS_WARNING_GB, type ExpressDatabase, type LifecycleEntry } from "./lifecycle";

const USE_LABELS: Record<string, string> = {
  "edge-internal": "Edge internal",
  "access-edge-external": "Access Edge external",
  "web-conferencing-edge-external": "Web Conferencing Edge external",
  "av-authentication": "A/V authentication",
  pool: "pool",
  "standard-edition": "Standard Edition",
  director: "Director",
  mediation: "Mediation Server",
  "web-components": "Web Components",
  "reverse-proxy": "reverse proxy",
};
export const certificateUseLabel = (use: string) => USE_LABELS[use] ?? use;

/** Below a year after the end of support a vendor may still answer (custom support); after it, a warning. */
export const L1_INFO_YEARS = 1;

export interface RegisterGapInput {
  d: Deployment;
  register: Register;
  lifecycle: readonly LifecycleEntry[];
  express: readonly ExpressDatabase[];
  unrecorded: readonly { server: string; missing: string[] }[];
}

export function registerGaps({ d, register, lifecycle, express, unrecorded }: RegisterGapInput): Gap[] {
  const gaps: Gap[] = [];
  const gap = (id: string, severity: GapSeverity, subject: string, message: string, fix: string, rules: string[]) =>
    gaps.push({ id, severity, subject, message, fix, rules });
  const seen = new Map<string, number>();
  const unique = (id: string) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}:${n}`;
  };
  const caName = (issuer: string | null) =>
    issuer === "public" ? "the public CA" : issuer === "enterprise" ? "the enterprise CA" : "the issuing CA";

  for (const c of register.certificates) {
    const what = `the ${certificateUseLabel(c.use)} certificate of ${c.server}`;
    const key = `${c.server}:${c.use}`;
    if (c.status === "missing") {
      gap(
        unique(`certificate-missing:${key}`),
        "warning",
        c.server,
        `The model lists no ${certificateUseLabel(c.use)} certificate for ${c.server}: a rebuild of it cannot install one from a record.`,
        `Record it under Model → Certificates (subject ${c.subject}, issuer, expiry, where its exported key is), or paste certutil -store my from ${c.server}.`,
        ["S9"],
      );
      continue;
    }
    if (c.status === "expired")
      gap(
        unique(`certificate-expired:${key}`),
        "critical",
        c.server,
        `${capital(what)} (${c.subject}) expired on ${c.expires}: the role does not work with it, and a restore would install it as it is.`,
        `Renew it from ${caName(c.issuer)} now, install it, export the new key (PFX) and record the new expiry.`,
        ["S9"],
      );
    if (c.status === "expiring")
      gap(
        unique(`certificate-expiring:${key}`),
        "warning",
        c.server,
        `${capital(what)} (${c.subject}) expires on ${c.expires}, in ${c.daysLeft} days (within ${c.issuer === "public" ? EXPIRING_DAYS.public : EXPIRING_DAYS.enterprise} days for ${c.issuer === "public" ? "a public" : "an enterprise"} CA).`,
        `Renew it from ${caName(c.issuer)} before then, export the new key (PFX) with the backups and record the new expiry.`,
        ["S9"],
      );
    if (c.keyBackup === null)
      gap(
        unique(`certificate-no-key-backup:${key}`),
        "warning",
        c.server,
        `${capital(what)} (${c.subject}) has no key backup: after a rebuild it must be re-issued by ${caName(c.issuer)}, which adds the CA's lead time to the restore.`,
        `Export it with its private key (certificates MMC → Export → PFX, or certutil -exportPFX) to a protected folder outside the server and record the path as its key backup.`,
        ["S9"],
      );
    const naming = c.problems.filter((p) => !p.startsWith("no key backup"));
    if (naming.length > 0)
      gap(
        unique(`certificate-naming:${key}`),
        "warning",
        c.server,
        `${capital(what)} (${c.subject}) breaks the naming rules: ${naming.join("; ")}.`,
        "Request a certificate with the right names from the right CA, install it and record it.",
        ["S9"],
      );
  }

  for (const r of register.dns) {
    if (r.status === "listed") continue;
    const record = `${r.type} record ${r.name}${r.port ? ` (port ${r.port})` : ""}`;
    gap(
      `dns-record-${r.status}:${r.type}:${r.name}`,
      "warning",
      r.name,
      r.status === "missing"
        ? `The ${record} the topology needs is not listed (${r.purpose}): a restore cannot re-create it from the record.`
        : `The ${record} is listed as ${r.listedTarget}, but the topology needs ${r.target} (${r.purpose}).`,
      `Check the record in ${r.external ? "the public" : "the internal"} DNS and record it under Model → DNS records as it is.`,
      ["S10"],
    );
  }

  for (const p of lifecycle) {
    const severity: GapSeverity = p.yearsSince !== null && p.yearsSince < L1_INFO_YEARS ? "info" : "warning";
    const sp = (p.servicePacks ?? []).map((s) => `service pack ${s.servicePack} since ${s.supportEndedOn} (${listNames(s.servers)})`);
    gap(
      `end-of-support:${p.key}`,
      severity,
      p.product,
      `${p.product} has been out of support since ${p.supportEndedOn}${p.yearsSince !== null ? ` (${p.yearsSince} years)` : ""} on ${p.servers.length} server${p.servers.length === 1 ? "" : "s"}: ${listNames(p.servers)}.${sp.length > 0 ? ` Out of support earlier: ${sp.join("; ")}.` : ""} No fixes, and no help from the vendor during a restore.`,
      "Keep the install media, service packs and hotfixes of the exact versions with the backups (L3), and plan the move to a supported successor.",
      ["L1"],
    );
  }

  for (const b of express) {
    if (b.sizeGb <= EXPRESS_WARNING_GB) continue;
    gap(
      `express-database-size:${b.server}:${b.database}`,
      b.sizeGb > EXPRESS_CRITICAL_GB ? "critical" : "warning",
      b.server,
      `${b.database} on ${b.server} is ${b.sizeGb} GB (${b.source === "evidence" ? `the latest backup, ${b.measuredAt}` : "the deployment's size"}); SQL Server 2005 Express stops writing a database at ${EXPRESS_CAP_GB} GB (error 1105).`,
      "Purge old data, move the database to a full SQL Server edition, or move the users to an Enterprise pool before it reaches the cap.",
      ["L2"],
    );
  }

  if (unrecorded.length > 0 || !d.recovery.mediaAvailable)
    gap(
      "platform-not-recorded",
      "warning",
      "servers",
      [
        unrecorded.length > 0
          ? `The exact patch level to restore is not recorded for ${unrecorded.length} server${unrecorded.length === 1 ? "" : "s"}: ${listNames(unrecorded.map((u) => `${u.server} (${u.missing.join(", ")})`))}.`
          : "",
        d.recovery.mediaAvailable ? "" : "The install media and updates are not at hand.",
      ]
        .filter(Boolean)
        .join(" "),
      "Record each server's operating system and SQL Server with its service pack in the model, and keep the install media, service packs and hotfixes of those exact versions with the backups (B3).",
      ["L3"],
    );

  return gaps;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
