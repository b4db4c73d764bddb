// npm run users -- <command>: see lib/auth/user-admin-cli.ts.
import { createPrismaClient } from "../lib/db/client";
import { authFromEnvironment } from "../lib/auth/auth-from-env";
import { runUsersCli } from "../lib/auth/user-admin-cli";

const db = createPrismaClient();
try {
  const auth = await authFromEnvironment(db);
  const result = await runUsersCli(process.argv.slice(2), db, auth, process.env);
  (result.exitCode === 0 ? console.log : console.error)(result.out);
  process.exitCode = result.exitCode;
} finally {
  await db.$disconnect();
}
