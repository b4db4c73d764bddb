// Refused uses of an evidence upload token go to the audit log at most once per token per hour, so a
// client retrying a revoked token in a loop cannot fill the log. The claim is one conditional upsert
// of an AppSetting row per token (the last time recorded), atomic across app instances. The entry
// is written without raising the content generation: a refusal changes nothing a page shows.
import type { Db } from "./client";
import type { AuditInput } from "./audit-store";

export const REFUSAL_RECORD_INTERVAL_MS = 60 * 60 * 1000;
const keyOf = (tokenId: string) => `evidence-token-refused:${tokenId}`;

/** Record `entry` unless a refusal of this token was recorded less than an hour ago; true when recorded. */
export async function recordTokenRefusal(db: Db, tokenId: string, entry: AuditInput, now = new Date()): Promise<boolean> {
  const at = String(now.getTime());
  const before = String(now.getTime() - REFUSAL_RECORD_INTERVAL_MS);
  return db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`INSERT INTO "AppSetting" ("key", "value") VALUES (${keyOf(tokenId)}, ${at})
      ON CONFLICT ("key") DO UPDATE SET "value" = ${at}
      WHERE CAST("AppSetting"."value" AS BIGINT) <= CAST(${before} AS BIGINT)`;
    if (claimed !== 1) return false;
    await tx.auditEntry.create({
      data: {
        deploymentId: entry.deploymentId,
        deploymentName: entry.deploymentName.slice(0, 200),
        actor: entry.actor.slice(0, 200),
        action: entry.action,
        detail: (entry.detail ?? "").slice(0, 1000),
        at: now,
      },
    });
    return true;
  });
}
