// User management on top of better-auth: the first-run admin, and the admin's operations with the
// guard rails better-auth leaves to the app (never lock out the last admin). Inputs are validated
// with zod here so the forms and any script share the same messages.
import { z } from "zod";
import type { Db } from "../db/client";
import type { Tx } from "../db/deployment-store";
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

/** Whether changing `userId` to `nextRole` (or disabling it) would leave no active admin. */
export async function wouldRemoveLastAdmin(db: Db | Tx, userId: string, nextRole: Role | "disabled"): Promise<boolean> {
  if (nextRole === "admin") return false;
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true, banned: true } });
  if (!target || target.role !== "admin" || target.banned) return false;
  const otherAdmins = await db.user.count({ where: { role: "admin", id: { not: userId }, OR: [{ banned: false }, { banned: null }] } });
  return otherAdmins === 0;
}

/** The accounts for the user list, with how many live sessions each has. */
export async function listUsers(db: Db, now = new Date()) {
  return db.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      banned: true,
      createdAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
}
