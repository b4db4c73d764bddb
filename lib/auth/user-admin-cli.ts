// `npm run users -- <command>`: account management from the server's shell, for the first admin of an
// unattended install and for an admin who is locked out. Whoever runs it can read the database
// anyway, so it needs no sign-in. Passwords come from PLANNER_PASSWORD, never from the command line
// (it would stay in the shell history and the process list).
import type { Db } from "../db/client";
import type { Auth } from "./create-auth";
import { isRole, ROLES } from "./roles";
import { newUserInput, passwordField, wouldRemoveLastAdmin } from "./users";

export const USERS_USAGE = `npm run users -- list
npm run users -- add <email> <role: ${ROLES.join("|")}> <name...>     (password from PLANNER_PASSWORD)
npm run users -- set-role <email> <role>
npm run users -- reset-password <email>                     (password from PLANNER_PASSWORD; ends sessions, clears the sign-in lock)
npm run users -- enable <email> | disable <email>`;

export interface CliResult {
  exitCode: number;
  out: string;
}

const ok = (out: string): CliResult => ({ exitCode: 0, out });
const fail = (out: string): CliResult => ({ exitCode: 2, out });

export async function runUsersCli(args: string[], db: Db, auth: Auth, env: Record<string, string | undefined>): Promise<CliResult> {
  const [command, email, ...rest] = args;
  const find = async () => (email ? db.user.findUnique({ where: { email: email.trim().toLowerCase() } }) : null);
  switch (command) {
    case "list": {
      const users = await db.user.findMany({ orderBy: { email: "asc" } });
      return ok(users.map((u) => `${u.email}\t${u.role}${u.banned ? "\tdisabled" : ""}\t${u.name}`).join("\n") || "(no accounts: open the app to set up the first admin, or use add)");
    }
    case "add": {
      const parsed = newUserInput.safeParse({ email, role: rest[0], name: rest.slice(1).join(" "), password: env.PLANNER_PASSWORD ?? "" });
      if (!parsed.success) return fail(parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
      if (await find()) return fail(`email: an account with ${parsed.data.email} exists`);
      await auth.api.createUser({ body: parsed.data });
      return ok(`Added ${parsed.data.email} as ${parsed.data.role}.`);
    }
    case "set-role": {
      const user = await find();
      if (!user) return fail(`email: no account ${email ?? ""}`);
      const role = rest[0];
      if (!isRole(role)) return fail(`role: expected ${ROLES.join(", ")}`);
      if (await wouldRemoveLastAdmin(db, user.id, role)) return fail("role: this is the only admin; make another admin first");
      await db.user.update({ where: { id: user.id }, data: { role } });
      return ok(`${user.email} is now ${role}.`);
    }
    case "reset-password": {
      const user = await find();
      if (!user) return fail(`email: no account ${email ?? ""}`);
      const password = passwordField.safeParse(env.PLANNER_PASSWORD ?? "");
      if (!password.success) return fail(`PLANNER_PASSWORD: ${password.error.issues[0].message}`);
      const ctx = await auth.$context;
      const hash = await ctx.password.hash(password.data);
      await db.$transaction([
        db.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } }),
        db.session.deleteMany({ where: { userId: user.id } }),
        db.signInAttempt.deleteMany({ where: { key: `email:${user.email}` } }),
      ]);
      return ok(`New password set for ${user.email}; sessions ended; sign-in lock cleared.`);
    }
    case "enable":
    case "disable": {
      const user = await find();
      if (!user) return fail(`email: no account ${email ?? ""}`);
      if (command === "disable" && (await wouldRemoveLastAdmin(db, user.id, "disabled"))) return fail("email: this is the only admin; it cannot be disabled");
      await db.$transaction([
        db.user.update({ where: { id: user.id }, data: { banned: command === "disable", banReason: command === "disable" ? "disabled from the command line" : null } }),
        ...(command === "disable" ? [db.session.deleteMany({ where: { userId: user.id } })] : []),
      ]);
      return ok(`${user.email} is ${command}d.`);
    }
    default:
      return fail(USERS_USAGE);
  }
}
