// npm run users -- <command>: see lib/auth/user-admin-cli.ts.
import { createPrismaClient } from "../lib/db/client";
import { databaseUrl, providerOf } from "../lib/db/url";
import { createAuth } from "../lib/auth/create-auth";
import { resolveAuthSecret } from "../lib/auth/secret";
import { runUsersCli } from "../lib/auth/user-admin-cli";

const db = createPrismaClient();
try {
  const auth = createAuth({ db, provider: providerOf(databaseUrl()), secret: await resolveAuthSecret(db) });
  const result = await runUsersCli(process.argv.slice(2), db, auth, process.env);
  (result.exitCode === 0 ? console.log : console.error)(result.out);
  process.exitCode = result.exitCode;
} finally {
  await db.$disconnect();
}
