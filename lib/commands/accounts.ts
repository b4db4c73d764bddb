// Account commands: the first-run admin, an admin's user management, a user's own password. They
// write the better-auth tables (User, Account, Session) directly — the same rows better-auth's admin
// endpoints write — so each change and its audit entry commit in one transaction, which a call to
// better-auth's API (its own queries, outside ours) could not give. Passwords are hashed with the
// hasher better-auth is configured with (lib/auth/password.ts), before the transaction opens.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client";
import type { Tx } from "../db/deployment-store";
import { hashPassword, verifyPassword } from "../auth/password";
import { ROLES, type Role } from "../auth/roles";
import { FIRST_ADMIN_KEY, firstAdminInput, newUserInput, passwordField, wouldRemoveLastAdmin } from "../auth/users";
import { audited, fail, type Actor, type AuditEntry, type CommandResult } from "./command";

const account = (action: string, detail: string): AuditEntry => ({ deploymentId: null, deploymentName: "", action, detail });

/** better-auth's id shape: 32 random letters and digits. */
function newId(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(32), (b) => alphabet[b % alphabet.length]).join("");
}

async function insertUser(tx: Tx, user: { name: string; email: string; role: Role }, passwordHash: string): Promise<string> {
  const id = newId();
  await tx.user.create({ data: { id, name: user.name, email: user.email, role: user.role, emailVerified: false } });
  await tx.account.create({ data: { id: newId(), accountId: id, providerId: "credential", userId: id, password: passwordHash } });
  return id;
}

const userId = z.string().min(1, "Choose a user").max(100);
const flat = (e: z.ZodError) => z.flattenError(e).fieldErrors as Record<string, string[]>;

/** The first account, an admin; refused (`alreadySetUp`) once any account exists or another set-up won the race. */
export async function setUpFirstAdmin(
  db: Db,
  input: Record<string, unknown>,
): Promise<CommandResult<{ userId: string; email: string }> | { ok: false; alreadySetUp: true; message: string }> {
  const parsed = firstAdminInput.safeParse(input);
  if (!parsed.success) return fail("No account was created.", { fieldErrors: flat(parsed.error) });
  const { name, email, password } = parsed.data;
  if ((await db.user.count()) > 0) return { ok: false, alreadySetUp: true, message: "Already set up." };
  const hash = await hashPassword(password);
  try {
    const id = await audited(db, `${name} <${email}>`, async (tx, audit) => {
      // The AppSetting row is the claim: of two set-ups racing, the second fails on its primary key.
      await tx.appSetting.create({ data: { key: FIRST_ADMIN_KEY, value: email } });
      const id = await insertUser(tx, { name, email, role: "admin" }, hash);
      await audit(account("user:first-admin", "first-run set-up"));
      return id;
    });
    return { ok: true, userId: id, email };
  } catch (e) {
    if ((await db.appSetting.findUnique({ where: { key: FIRST_ADMIN_KEY } })) || (await db.user.count()) > 0)
      return { ok: false, alreadySetUp: true, message: "Already set up." };
    throw e;
  }
}

export async function addUser(db: Db, input: Record<string, unknown>, actor: Actor): Promise<CommandResult<{ email: string; role: Role }>> {
  const parsed = newUserInput.safeParse(input);
  if (!parsed.success) return fail("No account was added.", { fieldErrors: flat(parsed.error) });
  const { name, email, password, role } = parsed.data;
  const taken = { fieldErrors: { email: ["An account with this email address exists"] } };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return fail("No account was added.", taken);
  const hash = await hashPassword(password);
  try {
    await audited(db, actor, async (tx, audit) => {
      await insertUser(tx, { name, email, role }, hash);
      await audit(account("user:add", `${email} as ${role}`));
    });
  } catch (e) {
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) return fail("No account was added.", taken);
    throw e;
  }
  return { ok: true, email, role };
}

type Target = { id: string; email: string; role: string; banned: boolean | null };
const findTarget = (tx: Tx | Db, id: string): Promise<Target | null> =>
  tx.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, banned: true } });
const GONE = "That account no longer exists.";

export async function setRole(
  db: Db,
  input: { userId: unknown; role: unknown },
  actor: Actor,
): Promise<CommandResult<{ email: string; role: Role }>> {
  const parsed = z.object({ userId, role: z.enum(ROLES, "Choose viewer, planner or admin") }).safeParse(input);
  if (!parsed.success) return fail("The role was not changed.", { fieldErrors: flat(parsed.error) });
  const { role } = parsed.data;
  return audited(db, actor, async (tx, audit) => {
    const user = await findTarget(tx, parsed.data.userId);
    if (!user) return fail(GONE, { notFound: true });
    if (await wouldRemoveLastAdmin(tx, user.id, role))
      return fail("The role was not changed: this is the only admin. Make someone else an admin first.");
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await audit(account("user:role", `${user.email}: ${user.role} → ${role}`));
    return { ok: true as const, email: user.email, role };
  });
}

/** Disable (every session ends at once, on every app instance) or enable an account. */
export async function setDisabled(
  db: Db,
  input: { userId: unknown; disabled: unknown },
  actor: { name: Actor; id: string; email: string },
): Promise<CommandResult<{ email: string; disabled: boolean }>> {
  const parsed = z.object({ userId, disabled: z.enum(["true", "false"]) }).safeParse(input);
  if (!parsed.success) return fail("Nothing changed.");
  const disabled = parsed.data.disabled === "true";
  return audited(db, actor.name, async (tx, audit) => {
    const user = await findTarget(tx, parsed.data.userId);
    if (!user) return fail(GONE, { notFound: true });
    if (disabled) {
      if (user.id === actor.id) return fail("You cannot disable your own account.");
      if (await wouldRemoveLastAdmin(tx, user.id, "disabled")) return fail("This is the only admin; it cannot be disabled.");
      await tx.user.update({ where: { id: user.id }, data: { banned: true, banReason: `disabled by ${actor.email}`, banExpires: null } });
      await tx.session.deleteMany({ where: { userId: user.id } });
      await audit(account("user:disable", user.email));
    } else {
      await tx.user.update({ where: { id: user.id }, data: { banned: false, banReason: null, banExpires: null } });
      await audit(account("user:enable", user.email));
    }
    return { ok: true as const, email: user.email, disabled };
  });
}

/** An admin sets a new password: the account's sessions end and its sign-in lock is cleared. */
export async function resetPassword(
  db: Db,
  input: { userId: unknown; password: unknown },
  actor: Actor,
): Promise<CommandResult<{ email: string }>> {
  const parsed = z.object({ userId, password: passwordField }).safeParse(input);
  if (!parsed.success) return fail("The password was not reset.", { fieldErrors: flat(parsed.error) });
  if (!(await findTarget(db, parsed.data.userId))) return fail(GONE, { notFound: true });
  const hash = await hashPassword(parsed.data.password);
  return audited(db, actor, async (tx, audit) => {
    const user = await findTarget(tx, parsed.data.userId);
    if (!user) return fail(GONE, { notFound: true });
    await writePassword(tx, user.id, hash);
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.signInAttempt.deleteMany({ where: { key: `email:${user.email}` } });
    await audit(account("user:reset-password", `${user.email}; sessions ended, sign-in lock cleared`));
    return { ok: true as const, email: user.email };
  });
}

async function writePassword(tx: Tx, id: string, hash: string) {
  const { count } = await tx.account.updateMany({ where: { userId: id, providerId: "credential" }, data: { password: hash } });
  if (count === 0) await tx.account.create({ data: { id: newId(), accountId: id, providerId: "credential", userId: id, password: hash } });
}

export async function removeUser(
  db: Db,
  input: { userId: unknown },
  actor: { name: Actor; id: string },
): Promise<CommandResult<{ email: string }>> {
  const id = userId.safeParse(input.userId);
  if (!id.success) return fail("Nothing was removed.");
  return audited(db, actor.name, async (tx, audit) => {
    const user = await findTarget(tx, id.data);
    if (!user) return fail(GONE, { notFound: true });
    if (user.id === actor.id) return fail("You cannot remove your own account.");
    if (await wouldRemoveLastAdmin(tx, user.id, "disabled")) return fail("This is the only admin; it cannot be removed.");
    await tx.user.delete({ where: { id: user.id } }); // sessions and accounts go with it (cascade)
    await audit(account("user:remove", user.email));
    return { ok: true as const, email: user.email };
  });
}

const changeInput = z
  .object({ currentPassword: z.string().min(1, "Enter your current password"), newPassword: passwordField, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two passwords differ" });

/** A signed-in user changes their own password; their other sessions end (`keepSessionId` stays). */
export async function changeOwnPassword(
  db: Db,
  input: Record<string, unknown>,
  actor: { name: Actor; id: string; keepSessionId?: string },
): Promise<CommandResult> {
  const parsed = changeInput.safeParse(input);
  const notChanged = "The password was not changed.";
  if (!parsed.success) return fail(notChanged, { fieldErrors: flat(parsed.error) });
  const row = await db.account.findFirst({ where: { userId: actor.id, providerId: "credential" }, select: { password: true } });
  if (!row?.password || !(await verifyPassword({ hash: row.password, password: parsed.data.currentPassword })))
    return fail(notChanged, { fieldErrors: { currentPassword: ["The current password is wrong"] } });
  const hash = await hashPassword(parsed.data.newPassword);
  return audited(db, actor.name, async (tx, audit) => {
    await writePassword(tx, actor.id, hash);
    await tx.session.deleteMany({ where: { userId: actor.id, ...(actor.keepSessionId ? { id: { not: actor.keepSessionId } } : {}) } });
    await audit(account("user:password", "changed own password; other sessions ended"));
    return { ok: true as const };
  });
}
