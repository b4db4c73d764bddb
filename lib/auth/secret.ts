// The secret better-auth signs session cookies with. BETTER_AUTH_SECRET wins when set. Otherwise a
// random secret is generated once and kept in the database (AppSetting), so the zero-setup SQLite
// install works and every app instance on one PostgreSQL agrees on it without configuration.
// Anyone who can read the database can read this secret; they can read every plan too, so the
// database stays the thing to protect.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";

export const SECRET_KEY = "auth-secret";

export async function resolveAuthSecret(db: Db, env: Record<string, string | undefined> = process.env): Promise<string> {
  const configured = env.BETTER_AUTH_SECRET?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters");
    return configured;
  }
  // Create-if-absent, then read back: of two instances starting at once, one insert wins (the key is
  // the primary key) and both read the winner's secret.
  if (!(await db.appSetting.findUnique({ where: { key: SECRET_KEY } })))
    await db.appSetting.create({ data: { key: SECRET_KEY, value: randomBytes(32).toString("base64url") } }).catch(() => undefined);
  const row = await db.appSetting.findUnique({ where: { key: SECRET_KEY } });
  if (!row) throw new Error("could not store the session-signing secret in the database");
  return row.value;
}
