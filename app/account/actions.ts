"use server";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { actorName, authorizeAction, getAuth } from "@/lib/auth/server";
import { passwordField } from "@/lib/auth/users";
import { recordAccountAudit } from "@/lib/db/audit-store";
import { rawFieldsOf } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";

const changeInput = z
  .object({ currentPassword: z.string().min(1, "Enter your current password"), newPassword: passwordField, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two passwords differ" });

/** Any signed-in user changes their own password; their other sessions end. */
export async function changePasswordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await authorizeAction("viewer");
  const parsed = changeInput.safeParse(rawFieldsOf(fd, ["currentPassword", "newPassword", "confirm"]));
  if (!parsed.success) return { ok: false, message: "The password was not changed.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const auth = await getAuth();
  try {
    await auth.api.changePassword({ body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true }, headers: await headers() });
  } catch (e) {
    if (e instanceof APIError && e.statusCode < 500) return { ok: false, message: "The password was not changed.", fieldErrors: { currentPassword: ["The current password is wrong"] } };
    throw e;
  }
  await recordAccountAudit(prisma, { actor: actorName(user), action: "user:password", detail: "changed own password; other sessions ended" });
  return { ok: true, message: "Password changed. Your other sessions were signed out." };
}
