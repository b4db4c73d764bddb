// A counter every audited write raises in its own transaction (lib/db/audit-store.ts recordAudit), so
// "has anything changed since?" costs one primary-key read on any number of app instances: the rendered
// page cache (lib/http/page-cache.ts) keeps a page only while the counter stays where it was.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";

export const CONTENT_GENERATION_KEY = "content-generation";

/** Raise the counter (creating it at 1), inside the caller's transaction when given one. */
export async function bumpContentGeneration(db: Db | Tx): Promise<void> {
  // One statement on SQLite and PostgreSQL alike; the row lock serialises concurrent writers.
  await db.$executeRaw`INSERT INTO "AppSetting" ("key", "value") VALUES (${CONTENT_GENERATION_KEY}, '1')
    ON CONFLICT ("key") DO UPDATE SET "value" = CAST(CAST("AppSetting"."value" AS BIGINT) + 1 AS TEXT)`;
}

/** The counter now ("0" before the first audited write). */
export async function readContentGeneration(db: Db): Promise<string> {
  const row = await db.appSetting.findUnique({ where: { key: CONTENT_GENERATION_KEY }, select: { value: true } });
  return row?.value ?? "0";
}
