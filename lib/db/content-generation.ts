// Counters every audited write raises in its own transaction (lib/db/audit-store.ts recordAudit), so
// "has anything changed since?" costs primary-key reads on any number of app instances: the rendered
// page cache (lib/http/page-cache.ts) keeps a page only while the counters it depends on stay where they were.
//   - "content-generation": raised by every write (pages that show every deployment, such as lists);
//   - "content-generation:deployment:<id>": raised by a write to that deployment;
//   - "content-generation:global": raised by a write that names no deployment (accounts, roles, a restore).
// A deployment's page depends on its own counter and the global one, so a step of a live run on one
// deployment leaves the cached pages of every other deployment in place.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";

export const CONTENT_GENERATION_KEY = "content-generation";
export const GLOBAL_GENERATION_KEY = "content-generation:global";
export const deploymentGenerationKey = (deploymentId: string) => `content-generation:deployment:${deploymentId}`;

async function bump(db: Db | Tx, key: string): Promise<void> {
  // One statement on SQLite and PostgreSQL alike; the row lock serialises concurrent writers.
  await db.$executeRaw`INSERT INTO "AppSetting" ("key", "value") VALUES (${key}, '1')
    ON CONFLICT ("key") DO UPDATE SET "value" = CAST(CAST("AppSetting"."value" AS BIGINT) + 1 AS TEXT)`;
}

/**
 * Raise the counters of a write (creating them at 1), inside the caller's transaction when given one:
 * the any-write counter, and the deployment's own or, for a write that names no deployment, the global one.
 */
export async function bumpContentGeneration(db: Db | Tx, deploymentId: string | null = null): Promise<void> {
  await bump(db, CONTENT_GENERATION_KEY);
  await bump(db, deploymentId ? deploymentGenerationKey(deploymentId) : GLOBAL_GENERATION_KEY);
}

/** The any-write counter now ("0" before the first audited write). */
export async function readContentGeneration(db: Db): Promise<string> {
  const row = await db.appSetting.findUnique({ where: { key: CONTENT_GENERATION_KEY }, select: { value: true } });
  return row?.value ?? "0";
}

/** What a page of one deployment depends on: the global counter and the deployment's own, as one string. */
export async function readDeploymentPageGeneration(db: Db, deploymentId: string): Promise<string> {
  const keys = [GLOBAL_GENERATION_KEY, deploymentGenerationKey(deploymentId)];
  const rows = await db.appSetting.findMany({ where: { key: { in: keys } }, select: { key: true, value: true } });
  return keys.map((k) => rows.find((r) => r.key === k)?.value ?? "0").join(".");
}
