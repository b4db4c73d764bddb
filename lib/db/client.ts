// The one Prisma client of the app. Everything that reads or writes the store imports `prisma` from here.
// SQLite and PostgreSQL clients are generated from the same models (prisma/postgres/schema.prisma is
// derived from prisma/schema.prisma), so they share one API; the SQLite client's type stands for both.
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { adapterFor } from "./adapter";
import { databaseUrl, providerOf } from "./url";

export type Db = PrismaClient;

export function createPrismaClient(url = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") return new PostgresPrismaClient({ adapter: adapterFor(url) }) as unknown as Db;
  return new PrismaClient({ adapter: adapterFor(url) });
}

const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const prisma: Db = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
