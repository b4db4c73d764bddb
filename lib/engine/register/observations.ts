// Evidence certificate rows (evidence-format.md's extension, rule S9) keep the register current: the
// latest reading of a listed thumbprint on its server gives the expiry; a thumbprint the deployment
// does not list is shown as found on that server (and is a warning of the evidence).
import type { Deployment } from "../../formats/deployment";
import type { CertificateReading } from "../../formats/evidence";
import type { FoundCertificateRow } from "../../formats/plan-register";
import type { EvidenceWarning } from "../../formats/plan";
import type { CertificateObservation } from "./certificates";

/** The readable certificate rows as observations. */
export function certificateObservations(readings: readonly CertificateReading[]): CertificateObservation[] {
  return readings.flatMap((r) =>
    r.result === "ok" && r.expiresAtMs !== null
      ? [{ server: r.server, thumbprint: r.thumbprint, readAtMs: r.readAtMs, expiresAtMs: r.expiresAtMs }]
      : [],
  );
}

/** Per server and unlisted thumbprint, its latest reading up to the as-of time; by server, then thumbprint. */
export function foundCertificates(
  d: Deployment,
  observations: readonly CertificateObservation[],
  asOfMs: number | null,
): FoundCertificateRow[] {
  const listed = new Set((d.certificates ?? []).flatMap((c) => (c.thumbprint ? [`${c.server}|${c.thumbprint.toUpperCase()}`] : [])));
  const latest = new Map<string, CertificateObservation>();
  for (const o of observations) {
    const key = `${o.server}|${o.thumbprint}`;
    if (listed.has(key) || (asOfMs !== null && o.readAtMs > asOfMs)) continue;
    const known = latest.get(key);
    if (!known || o.readAtMs > known.readAtMs) latest.set(key, o);
  }
  return [...latest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, o]) => ({
      server: o.server,
      thumbprint: o.thumbprint,
      expiresAt: new Date(o.expiresAtMs).toISOString(),
      readAt: new Date(o.readAtMs).toISOString(),
      rules: ["S9"],
    }));
}

/** Evidence warnings (evidence-format.md): one per certificate read whose thumbprint the model does not list on that server. */
export function unlistedCertificateWarnings(d: Deployment, readings: readonly CertificateReading[]): EvidenceWarning[] {
  const listed = new Set((d.certificates ?? []).flatMap((c) => (c.thumbprint ? [`${c.server}|${c.thumbprint.toUpperCase()}`] : [])));
  const byKey = new Map<string, EvidenceWarning>();
  for (const r of readings) {
    if (r.thumbprint === "" || listed.has(`${r.server}|${r.thumbprint}`)) continue;
    const key = `${r.server}|${r.thumbprint}`;
    const known = byKey.get(key);
    if (known) known.rows++;
    else
      byKey.set(key, {
        line: r.line,
        column: 3,
        field: "item",
        message: `certificate ${r.thumbprint} read on ${r.server} is not in the model's certificates: the register shows it as found on that server`,
        rows: 1,
      });
  }
  return [...byKey.values()];
}
