// npm run db:migrate            apply committed migrations to DATABASE_URL (default: SQLite under ./data)
// npm run db:migration -- name  write a new migration from the change in prisma/schema.prisma
import { createMigration, migrateDeploy } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";

const [command, name] = process.argv.slice(2);
const url = databaseUrl();
try {
  if (command === "deploy") {
    const applied = await migrateDeploy(url);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
  } else if (command === "create") {
    if (!name) throw new Error("name the migration: npm run db:migration -- add_drills");
    const dir = await createMigration(url, name);
    console.log(dir ? `Created prisma/migrations/${dir}/migration.sql` : "The schema matches the migrations; nothing to create.");
  } else {
    throw new Error(`unknown command "${command}": use deploy or create`);
  }
} catch (e) {
  console.error(`Migration failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
