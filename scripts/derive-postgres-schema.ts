// Writes prisma/postgres/schema.prisma from prisma/schema.prisma. With --check, exits 1 when the
// committed copy is out of date instead (CI runs the check through the unit tests too).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { derivePostgresSchema } from "../lib/db/postgres-schema";

const TARGET = "prisma/postgres/schema.prisma";
const derived = derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
if (process.argv.includes("--check")) {
  if ((existsSync(TARGET) ? readFileSync(TARGET, "utf8") : "") !== derived) {
    console.error(`${TARGET} is out of date: run npx tsx scripts/derive-postgres-schema.ts`);
    process.exit(1);
  }
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(TARGET, derived);
}
