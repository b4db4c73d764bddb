// `npm run users -- <command>`: account management from the server's shell, for the first admin of an
// unattended install and for an admin who is locked out. Whoever runs it can read the database
// anyway, so it needs no sign-in. Passwords come from PLANNER_PASSWORD, never from the command line
// (it would stay in the shell history and the process list).
import type { Db } from "../db/client";
import type { Auth } from "./create-auth";
import { ROLES } from "./roles";
import { addUser, resetPassword, setDisabled, setRole } from "../commands/accounts";
import type { CommandFailure } from "../commands/command";

/** Who the audit log names for changes made with this command. */
export const CLI_ACTOR = "command line (npm run users)";

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

/** A refused command as "field: message" lines (the field named as the command line knows it). */
const refused = (r: CommandFailure, fieldNames: Record<string, string> = {}): CliResult =>
  fail(
    r.fieldErrors && Object.keys(r.fieldErrors).length
      ? Object.entries(r.fieldErrors)
          .map(([k, msgs]) => `${fieldNames[k] ?? k}: ${msgs[0]}`)
          .join("\n")
      : r.message,
  );

/** Every change goes through the account commands, so it is checked and audited like the web forms'. */
export async function runUsersCli(args: string[], db: Db, _auth: Auth, env: Record<string, string | undefined>): Promise<CliResult> {
  const [command, email, ...rest] = args;
  const find = async () => (email ? db.user.findUnique({ where: { email: email.trim().toLowerCase() } }) : null);
  switch (command) {
    case "list": {
      const users = await db.user.findMany({ orderBy: { email: "asc" } });
      return ok(
        users.map((u) => `${u.email}\t${u.role}${u.banned ? "\tdisabled" : ""}\t${u.name}`).join("\n") ||
          "(no accounts: open the app to set up the first admin, or use add)",
      );
    }
    case "add": {
      if (await find()) return fail(`email: an account with ${email.trim().toLowerCase()} exists`);
      const result = await addUser(
        db,
        { email: email ?? "", role: rest[0] ?? "", name: rest.slice(1).join(" "), password: env.PLANNER_PASSWORD ?? "" },
        CLI_ACTOR,
      );
      return result.ok ? ok(`Added ${result.email} as ${result.role}.`) : refused(result);
    }
    case "set-role": {
      const user = await find();
      if (!user) return fail(`email: no account ${email ?? ""}`);
      const result = await setRole(db, { userId: user.id, role: rest[0] }, CLI_ACTOR);
      return result.ok ? ok(`${result.email} is now ${result.role}.`) : refused(result);
    }
    case "reset-password": {
      const user = await find();
      if (!user) return fail(`email: no account ${email ?? ""}`);
      const result = await resetPassword(db, { userId: user.id, password: env.PLANNER_PASSWORD ?? "" }, CLI_ACTOR);
      return result.ok
        ? ok(`New password set for ${result.email}; sessions ended; sign-in lock cleared.`)
        : refused(result, { password: "PLANNER_PASSWORD" });
    }
    case "enable":
    case "disable": {
      const user = await find();
      if (!user) return fail(`email: no account ${email ?? ""}`);
      const result = await setDisabled(
        db,
        { userId: user.id, disabled: String(command === "disable") },
        { name: CLI_ACTOR, id: "", email: "the command line" },
      );
      return result.ok ? ok(`${result.email} is ${command}d.`) : refused(result);
    }
    default:
      return fail(USERS_USAGE);
  }
}
