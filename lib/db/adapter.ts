// The driver adapter for a database URL. With an adapter Prisma needs no native engine binary,
// which this project cannot download.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerOf, sqliteFile } from "./url";

export function adapterFor(url: string): PrismaBetterSqlite3 | PrismaPg {
  if (providerOf(url) === "postgresql") return new PrismaPg({ connectionString: url });
  const file = sqliteFile(url);
  mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: file });
}
