// The Playwright server's accounts: one per role, with the password in e2e/users.ts.
import { createPrismaClient } from "../lib/db/client";
import { authFromEnvironment } from "../lib/auth/auth-from-env";
import { E2E_PASSWORD, E2E_USERS } from "../e2e/users";

const db = createPrismaClient();
try {
  const auth = await authFromEnvironment(db);
  for (const [role, u] of Object.entries(E2E_USERS))
    if (!(await db.user.findUnique({ where: { email: u.email } })))
      await auth.api.createUser({ body: { ...u, password: E2E_PASSWORD, role: role as "viewer" | "planner" | "admin" } });
} finally {
  await db.$disconnect();
}
