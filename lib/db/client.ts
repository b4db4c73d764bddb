// The one Prisma client of the app. Everything that reads or writes the store imports `prisma` from here.
import { PrismaClient } from "./generated/sqlite/client";
import { adapterFor } from "./adapter";
import { databaseUrl } from "./url";

export type Db = PrismaClient;

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  // PostgreSQL uses the same models; its client is generated from the derived schema (see ARCHITECTURE.md).
  return new PrismaClient({ adapter: adapterFor(url) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
