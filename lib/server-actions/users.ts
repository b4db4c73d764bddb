"use server";
// User management (admins only): authorize, one command (lib/commands/accounts.ts), revalidate.
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { addUser, removeUser, resetPassword, setDisabled, setRole } from "@/lib/commands/accounts";
import { rawFieldsOf } from "@/lib/actions/form-data";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

export async function addUserAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const result = await addUser(prisma, rawFieldsOf(fd, ["name", "email", "password", "role"]), actorName(admin));
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return {
    ok: true,
    message: `Added ${result.email} as ${result.role}. Give them the password through a safe channel; they can change it under Your account.`,
  };
}

export async function setRoleAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const result = await setRole(prisma, { userId: fd.get("userId"), role: fd.get("role") }, actorName(admin));
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return { ok: true, message: `${result.email} is now ${result.role}.` };
}

export async function setDisabledAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const result = await setDisabled(
    prisma,
    { userId: fd.get("userId"), disabled: fd.get("disabled") },
    { name: actorName(admin), id: admin.id, email: admin.email },
  );
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return {
    ok: true,
    message: result.disabled ? `${result.email} is disabled and signed out everywhere.` : `${result.email} can sign in again.`,
  };
}

export async function resetPasswordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const result = await resetPassword(prisma, { userId: fd.get("userId"), password: fd.get("password") ?? "" }, actorName(admin));
  if (!result.ok) return result;
  return { ok: true, message: `New password set for ${result.email}; their sessions ended.` };
}

export async function removeUserAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await authorizeAction("admin");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const result = await removeUser(prisma, { userId: fd.get("userId") }, { name: actorName(admin), id: admin.id });
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return { ok: true, message: `Removed ${result.email}. Their entries in the audit log stay.` };
}
