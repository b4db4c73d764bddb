// npm run restore -- <folder> [--force-append]
// Loads a backup written by `npm run backup` into DATABASE_URL, which must hold no deployments
// (--force-append adds them to the ones there). Every file is validated before the database is
// touched; then pending migrations are applied (so a new, empty database works) and each deployment
// is written in one transaction with its ticks, drills and assumptions.
// Exit 0 when restored, 2 when refused (database not empty, invalid backup, wrong command line),
// 1 when writing failed. See lib/db/planner-backup.ts.
import { createPrismaClient } from "../lib/db/client";
import { migrateDeploy } from "../lib/db/migrate";
import { describeBackupProblem, readBackup, restorePlanner, type BackupProblem } from "../lib/db/planner-backup";
import { databaseUrl, providerOf } from "../lib/db/url";

const args = process.argv.slice(2);
const forceAppend = args.includes("--force-append");
const rest = args.filter((a) => a !== "--force-append");
if (rest.length !== 1 || rest[0].startsWith("-")) {
  console.error("usage: npm run restore -- <backup folder> [--force-append]");
  process.exit(2);
}
const folder = rest[0];
const url = databaseUrl();
const refuseInvalid = (errors: BackupProblem[]) => {
  console.error(`Restore refused: the backup in ${folder} is not valid; nothing was written.`);
  for (const p of errors) console.error(`error: ${describeBackupProblem(p)}`);
  process.exitCode = 2;
};
// Check the folder before touching the database at all (restorePlanner checks it again).
const checked = readBackup(folder);
if (!checked.ok) {
  refuseInvalid(checked.errors);
  process.exit();
}
try {
  const applied = await migrateDeploy(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
} catch (e) {
  console.error(`Restore failed: could not migrate the ${providerOf(url)} database: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const db = createPrismaClient(url);
try {
  const result = await restorePlanner(db, folder, { forceAppend });
  if (result.ok) {
    for (const w of result.warnings) console.error(`warning: ${w}`);
    for (const r of result.restored)
      console.log(`Restored "${r.name}" as ${r.id}${r.id === r.backupId ? "" : ` (was ${r.backupId} in the backup)`}`);
    if (result.belowRules.length > 0) {
      console.error(
        `${result.belowRules.length} restored deployment${result.belowRules.length === 1 ? "" : "s"} fail today's consistency rules (stored under older ones); fix them in the editor:`,
      );
      for (const d of result.belowRules) console.error(`  - "${d.name}" (${d.id} in the backup): ${d.problems.join("; ")}`);
    }
    const c = result.counts;
    console.log(
      `Restored ${result.restored.length} deployment${result.restored.length === 1 ? "" : "s"} (${c.checklistTicks} checklist ticks, ${c.drills} drills, ${c.assumptionOverrides} with their own assumptions) from ${folder}`,
    );
  } else if (result.reason === "not-empty") {
    console.error(`Restore refused: ${result.message}`);
    process.exitCode = 2;
  } else if (result.reason === "invalid") {
    refuseInvalid(result.errors);
  } else {
    for (const r of result.restored) console.error(`Restored "${r.name}" as ${r.id} before the failure`);
    console.error(`Restore failed: ${result.message}`);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
