// npm start's database step, in one process (one TypeScript loader start instead of two): apply
// pending migrations to DATABASE_URL, then load the demo into an empty database.
import { migrateDeploy } from "../lib/db/migrate";
import { databaseUrl, providerOf } from "../lib/db/url";

try {
  providerOf(databaseUrl());
  const applied = await migrateDeploy(databaseUrl());
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
} catch (e) {
  console.error(`Migration failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
// Imported only now: the client module connects on import, and a bad DATABASE_URL is reported above.
const { createPrismaClient } = await import("../lib/db/client");
const { loadDemoIfEmpty } = await import("./demo-seed");
const db = createPrismaClient();
try {
  console.log(await loadDemoIfEmpty(db));
} catch (e) {
  console.error(`Loading the demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
