// Evidence certificate rows (rule S9) for the register page: read from the newest uploads' files (the
// digests the evidence pages read carry backup runs only). Parsed files are kept in process by upload id.
import { gunzipSync } from "fflate";
import type { Db } from "./client";
import { parseEvidenceCsv, type CertificateReading } from "../formats/evidence";

/** Uploads read per request: each holds every server's store as of its run, so the newest few suffice. */
export const READING_UPLOADS = 5;
const cache = new Map<string, CertificateReading[]>();

export async function loadCertificateReadings(db: Db, deploymentId: string): Promise<CertificateReading[]> {
  const uploads = await db.evidenceUpload.findMany({
    where: { deploymentId },
    select: { id: true },
    orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    take: READING_UPLOADS,
  });
  const readings: CertificateReading[] = [];
  for (const { id } of uploads) {
    let list = cache.get(id);
    if (!list) {
      const row = await db.evidenceUpload.findUnique({ where: { id }, select: { csvGz: true } });
      const parsed = row ? parseEvidenceCsv(new TextDecoder().decode(gunzipSync(row.csvGz))) : null;
      list = parsed?.ok ? parsed.certificates : [];
      cache.set(id, list);
      if (cache.size > 500) cache.delete(cache.keys().next().value!);
    }
    readings.push(...list);
  }
  return readings;
}
