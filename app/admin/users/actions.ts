"use server";
// User management (admins only). better-auth's admin endpoints check the admin role again; here we
// add what it leaves to the app: validation with field messages, never removing the last admin or
// yourself, and the audit log.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { actorName, authorizeAction, getAuth, type SignedInUser } from "@/lib/auth/server";
import { newUserInput, passwordField, wouldRemoveLastAdmin } from "@/lib/auth/users";
import { ROLES } from "@/lib/auth/roles";
import { recordAccountAudit } from "@/lib/db/audit-store";
import { rawFieldsOf } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";

const userId = z.string().min(1, "Choose a user").max(100);

const audit = (admin: SignedInUser, action: string, detail: string) => recordAccountAudit(prisma, { actor: actorName(admin), action, detail });

async function target(id: string) {
  return prisma.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, banned: true } });
}

const fail = (message: string, fieldErrors?: Record<string, string[]>): FormState => ({ ok: false, message, fieldErrors });

export async function addUserAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  const parsed = newUserInput.safeParse(rawFieldsOf(fd, ["name", "email", "password", "role"]));
  if (!parsed.success) return fail("No account was added.", z.flattenError(parsed.error).fieldErrors);
  if (await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } }))
    return fail("No account was added.", { email: ["An account with this email address exists"] });
  const auth = await getAuth();
  await auth.api.createUser({ body: parsed.data, headers: await headers() });
  await audit(admin, "user:add", `${parsed.data.email} as ${parsed.data.role}`);
  revalidatePath("/admin/users");
  return { ok: true, message: `Added ${parsed.data.email} as ${parsed.data.role}. Give them the password through a safe channel; they can change it under Your account.` };
}

export async function setRoleAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  const parsed = z.object({ userId, role: z.enum(ROLES, "Choose viewer, planner or admin") }).safeParse({ userId: fd.get("userId"), role: fd.get("role") });
  if (!parsed.success) return fail("The role was not changed.", z.flattenError(parsed.error).fieldErrors);
  const user = await target(parsed.data.userId);
  if (!user) return fail("That account no longer exists.");
  if (await wouldRemoveLastAdmin(prisma, user.id, parsed.data.role)) return fail("The role was not changed: this is the only admin. Make someone else an admin first.");
  const auth = await getAuth();
  await auth.api.setRole({ body: { userId: user.id, role: parsed.data.role }, headers: await headers() });
  await audit(admin, "user:role", `${user.email}: ${user.role} → ${parsed.data.role}`);
  revalidatePath("/admin/users");
  return { ok: true, message: `${user.email} is now ${parsed.data.role}.` };
}

export async function setDisabledAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  const parsed = z.object({ userId, disabled: z.enum(["true", "false"]) }).safeParse({ userId: fd.get("userId"), disabled: fd.get("disabled") });
  if (!parsed.success) return fail("Nothing changed.");
  const user = await target(parsed.data.userId);
  if (!user) return fail("That account no longer exists.");
  const auth = await getAuth();
  if (parsed.data.disabled === "true") {
    if (user.id === admin.id) return fail("You cannot disable your own account.");
    if (await wouldRemoveLastAdmin(prisma, user.id, "disabled")) return fail("This is the only admin; it cannot be disabled.");
    // Ends every session of the account at once, on every app instance (sessions are in the database).
    await auth.api.banUser({ body: { userId: user.id, banReason: `disabled by ${admin.email}` }, headers: await headers() });
    await audit(admin, "user:disable", user.email);
    revalidatePath("/admin/users");
    return { ok: true, message: `${user.email} is disabled and signed out everywhere.` };
  }
  await auth.api.unbanUser({ body: { userId: user.id }, headers: await headers() });
  await audit(admin, "user:enable", user.email);
  revalidatePath("/admin/users");
  return { ok: true, message: `${user.email} can sign in again.` };
}

export async function resetPasswordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  const parsed = z.object({ userId, password: passwordField }).safeParse({ userId: fd.get("userId"), password: fd.get("password") ?? "" });
  if (!parsed.success) return fail("The password was not reset.", z.flattenError(parsed.error).fieldErrors);
  const user = await target(parsed.data.userId);
  if (!user) return fail("That account no longer exists.");
  const auth = await getAuth();
  const h = await headers();
  await auth.api.setUserPassword({ body: { userId: user.id, newPassword: parsed.data.password }, headers: h });
  await auth.api.revokeUserSessions({ body: { userId: user.id }, headers: h });
  await prisma.signInAttempt.deleteMany({ where: { key: `email:${user.email}` } });
  await audit(admin, "user:reset-password", `${user.email}; sessions ended, sign-in lock cleared`);
  return { ok: true, message: `New password set for ${user.email}; their sessions ended.` };
}

export async function removeUserAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  const id = userId.safeParse(fd.get("userId"));
  if (!id.success) return fail("Nothing was removed.");
  const user = await target(id.data);
  if (!user) return fail("That account no longer exists.");
  if (user.id === admin.id) return fail("You cannot remove your own account.");
  if (await wouldRemoveLastAdmin(prisma, user.id, "disabled")) return fail("This is the only admin; it cannot be removed.");
  const auth = await getAuth();
  await auth.api.removeUser({ body: { userId: user.id }, headers: await headers() });
  await audit(admin, "user:remove", user.email);
  revalidatePath("/admin/users");
  return { ok: true, message: `Removed ${user.email}. Their entries in the audit log stay.` };
}

