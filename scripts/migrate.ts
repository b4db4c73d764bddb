// npm run db:migrate            apply committed migrations to DATABASE_URL (default: SQLite under ./data)
// POSTGRES_URL=postgresql://... npm run db:migration -- name
//                               turn the change in prisma/schema.prisma into migrations for SQLite and PostgreSQL
import { execFileSync } from "node:child_process";
import { createMigration, migrateDeploy } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";

const [command, name] = process.argv.slice(2);
try {
  if (command === "deploy") {
    const applied = await migrateDeploy(databaseUrl());
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
  } else if (command === "create") {
    if (!name) throw new Error("name the migration: npm run db:migration -- add_drills");
    const postgres = process.env.POSTGRES_URL;
    if (!postgres)
      throw new Error(
        "set POSTGRES_URL to any reachable PostgreSQL server (e.g. postgresql://postgres:postgres@localhost:5432/postgres): the PostgreSQL migration is written at the same time",
      );
    const tsx = "node_modules/tsx/dist/cli.mjs";
    execFileSync(process.execPath, [tsx, "scripts/derive-postgres-schema.ts"], { stdio: "inherit" });
    const created = await createMigration(name, postgres);
    console.log(
      created
        ? `Created prisma/migrations/${created} and prisma/postgres/migrations/${created}.`
        : "The schema matches the migrations; nothing to create.",
    );
    execFileSync(process.execPath, ["scripts/generate-prisma.mjs"], { stdio: "inherit" });
  } else {
    throw new Error(`unknown command "${command}": use deploy or create`);
  }
} catch (e) {
  console.error(`Migration failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
