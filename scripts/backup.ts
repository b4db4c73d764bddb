// npm run backup -- [folder]
// Writes every deployment (a deployment file each) and the planner's own data about it (checklist
// ticks, drills, assumption overrides, versions) to folder, by default backups/<timestamp>.
// Exit 0 when written, 1 when it failed (also when a deployment would not restore: the message names
// it, and planner-data.json is not written), 2 for a wrong command line. See lib/db/planner-backup.ts.
import { createPrismaClient } from "../lib/db/client";
import { backupPlanner, defaultBackupFolder } from "../lib/db/planner-backup";
import { databaseUrl, providerOf } from "../lib/db/url";

const args = process.argv.slice(2);
if (args.includes("--help") || args.length > 1 || args.some((a) => a.startsWith("-"))) {
  console.error("usage: npm run backup -- [folder]   (default: backups/<timestamp>; the folder must be new or empty)");
  process.exit(args.includes("--help") ? 0 : 2);
}
const folder = args[0] ?? defaultBackupFolder();
const url = databaseUrl();
const db = createPrismaClient(url);
try {
  const result = await backupPlanner(db, folder);
  for (const w of result.warnings) console.error(`warning: ${w}`);
  const c = result.counts;
  console.log(
    `Backed up ${c.deployments} deployment${c.deployments === 1 ? "" : "s"} from the ${providerOf(url)} database ` +
      `(${c.checklistTicks} checklist ticks, ${c.drills} drills, ${c.assumptionOverrides} with their own assumptions) to ${folder}`,
  );
} catch (e) {
  console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
