// User management on top of better-auth: the first-run admin, and the admin's operations with the
// guard rails better-auth leaves to the app (never lock out the last admin). Inputs are validated
// with zod here so the forms and any script share the same messages.
import { z } from "zod";
import type { Db } from "../db/client";
import type { Auth } from "./create-auth";
import { MIN_PASSWORD_LENGTH } from "./create-auth";
import { ROLES, type Role } from "./roles";

export const FIRST_ADMIN_KEY = "first-admin";

const email = z.string().trim().toLowerCase().email("Enter an email address, e.g. ana@example.com").max(254);
const name = z.string().trim().min(1, "Enter a name").max(80, "Use at most 80 characters");
export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Use at most 256 characters");

export const newUserInput = z.object({ name, email, password: passwordField, role: z.enum(ROLES, "Choose viewer, planner or admin") });
export const firstAdminInput = z
  .object({ name, email, password: passwordField, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ" });

export async function userCount(db: Db): Promise<number> {
  return db.user.count();
}

export type FirstAdminResult = { ok: true; userId: string } | { ok: false; reason: "already-set-up" };

/**
 * Creates the first admin, once. The AppSetting row is the claim: of two set-ups racing, the second
 * insert fails on the primary key and gets "already-set-up", so there is never a second "first" admin.
 */
export async function createFirstAdmin(db: Db, auth: Auth, input: z.infer<typeof firstAdminInput>): Promise<FirstAdminResult> {
  if ((await userCount(db)) > 0) return { ok: false, reason: "already-set-up" };
  try {
    await db.appSetting.create({ data: { key: FIRST_ADMIN_KEY, value: input.email } });
  } catch {
    return { ok: false, reason: "already-set-up" };
  }
  try {
    const { user } = await auth.api.createUser({ body: { email: input.email, password: input.password, name: input.name, role: "admin" } });
    return { ok: true, userId: user.id };
  } catch (e) {
    await db.appSetting.delete({ where: { key: FIRST_ADMIN_KEY } }).catch(() => undefined);
    throw e;
  }
}

/** Whether changing `userId` to `nextRole` (or disabling it) would leave no active admin. */
export async function wouldRemoveLastAdmin(db: Db, userId: string, nextRole: Role | "disabled"): Promise<boolean> {
  if (nextRole === "admin") return false;
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, banned: true } });
  if (!target || target.role !== "admin" || target.banned) return false;
  const otherAdmins = await db.user.count({ where: { role: "admin", id: { not: userId }, OR: [{ banned: false }, { banned: null }] } });
  return otherAdmins === 0;
}
