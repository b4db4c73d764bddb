// Where the database is. SQLite under ./data is the zero-setup default; a postgres:// URL in
// DATABASE_URL switches to PostgreSQL (the multi-user store).
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/planner.db";

export type Provider = "sqlite" | "postgresql";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.slice(0, 20)}..."`);
}

/** The file a file: URL points at, resolved against the working directory. */
export function sqliteFile(url: string): string {
  return path.resolve(url.replace(/^file:/i, "").replace(/\?.*$/, ""));
}
