// The auth instance for a database as configured by the environment (DATABASE_URL's provider,
// BETTER_AUTH_SECRET or the stored secret, BETTER_AUTH_URL, AUTH_ALLOWED_HOSTS): one recipe for the
// app (server.ts adds Next's cookie plugin) and for the scripts.
import type { BetterAuthPlugin } from "better-auth";
import type { Db } from "../db/client";
import { databaseUrl, providerOf } from "../db/url";
import { createAuth, type Auth } from "./create-auth";
import { resolveAuthSecret } from "./secret";

export async function authFromEnvironment(db: Db, plugins: BetterAuthPlugin[] = []): Promise<Auth> {
  return createAuth({
    db,
    provider: providerOf(databaseUrl()),
    secret: await resolveAuthSecret(db),
    baseURL: process.env.BETTER_AUTH_URL?.trim() || undefined,
    allowedHosts: process.env.AUTH_ALLOWED_HOSTS?.split(",")
      .map((h) => h.trim())
      .filter(Boolean),
    plugins,
  });
}
