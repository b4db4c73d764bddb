// Extension 2's prerequisite and platform fields in the store: servers[].os and servers[].sql as four
// Server columns (saved through the row diff of deployment-diff.ts), certificates and dnsRecords as
// their own tables. Those two lists are short (tens of rows), so a save rewrites them whole inside the
// deployment's transaction instead of diffing them.
import type { Deployment, Server } from "../formats/deployment";
import type { CertificateEntry, DnsRecordEntry, OsVersion, SqlEdition, SqlVersion } from "../formats/extension-2-prerequisites";
import type { Db } from "./client";
import type { Tx } from "./deployment-store";

// A type, not an interface: the row diff needs its implicit index signature.
export type PlatformColumns = {
  os: string | null;
  sqlVersion: string | null;
  sqlEdition: string | null;
  sqlServicePack: number | null;
};

export const PLATFORM_COLUMNS = ["os", "sqlVersion", "sqlEdition", "sqlServicePack"] as const;

export function platformColumns(s: Server): PlatformColumns {
  return {
    os: s.os ?? null,
    sqlVersion: s.sql?.version ?? null,
    sqlEdition: s.sql?.edition ?? null,
    sqlServicePack: s.sql?.servicePack ?? null,
  };
}

/** The server's os and sql fields from its row (absent when not recorded), in the format's key order. */
export function platformOf(row: PlatformColumns): Pick<Server, "os" | "sql"> {
  return {
    ...(row.os === null ? {} : { os: row.os as OsVersion }),
    ...(row.sqlVersion === null || row.sqlEdition === null
      ? {}
      : {
          sql: {
            version: row.sqlVersion as SqlVersion,
            edition: row.sqlEdition as SqlEdition,
            ...(row.sqlServicePack === null ? {} : { servicePack: row.sqlServicePack }),
          },
        }),
  };
}

const SAN_SEPARATOR = "\n";

/** Replace the deployment's certificate and DNS record rows with the file's (inside the caller's transaction). */
export async function writePrerequisites(tx: Tx, deploymentId: string, d: Deployment): Promise<void> {
  await tx.certificate.deleteMany({ where: { deploymentId } });
  await tx.dnsRecord.deleteMany({ where: { deploymentId } });
  const certificates = d.certificates ?? [];
  const records = d.dnsRecords ?? [];
  if (certificates.length > 0)
    await tx.certificate.createMany({
      data: certificates.map((c, position) => ({
        deploymentId,
        position,
        server: c.server,
        use: c.use,
        subject: c.subject,
        san: c.san === undefined ? null : c.san.join(SAN_SEPARATOR),
        issuer: c.issuer,
        expires: c.expires,
        thumbprint: c.thumbprint ?? null,
        keyBackup: c.keyBackup ?? null,
      })),
    });
  if (records.length > 0)
    await tx.dnsRecord.createMany({
      data: records.map((r, position) => ({
        deploymentId,
        position,
        name: r.name,
        type: r.type,
        target: r.target,
        port: r.port ?? null,
        external: r.external ?? null,
      })),
    });
}

/**
 * The deployment file's certificates and dnsRecords from the stored rows; each list only when the file
 * had one (an empty list is kept as absent, as a file without the field means the same).
 */
export async function loadPrerequisites(db: Db | Tx, deploymentId: string): Promise<Pick<Deployment, "certificates" | "dnsRecords">> {
  const [certificates, records] = await Promise.all([
    db.certificate.findMany({ where: { deploymentId }, orderBy: { position: "asc" } }),
    db.dnsRecord.findMany({ where: { deploymentId }, orderBy: { position: "asc" } }),
  ]);
  return {
    ...(certificates.length > 0
      ? {
          certificates: certificates.map((c): CertificateEntry => ({
            server: c.server,
            use: c.use as CertificateEntry["use"],
            subject: c.subject,
            ...(c.san === null ? {} : { san: c.san === "" ? [] : c.san.split(SAN_SEPARATOR) }),
            issuer: c.issuer as CertificateEntry["issuer"],
            expires: c.expires,
            ...(c.thumbprint === null ? {} : { thumbprint: c.thumbprint }),
            ...(c.keyBackup === null ? {} : { keyBackup: c.keyBackup }),
          })),
        }
      : {}),
    ...(records.length > 0
      ? {
          dnsRecords: records.map((r): DnsRecordEntry => ({
            name: r.name,
            type: r.type as DnsRecordEntry["type"],
            target: r.target,
            ...(r.port === null ? {} : { port: r.port }),
            ...(r.external === null ? {} : { external: r.external }),
          })),
        }
      : {}),
  };
}
