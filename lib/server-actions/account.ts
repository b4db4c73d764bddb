"use server";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/client";
import { actorName, authorizeAction, getAuth } from "@/lib/auth/server";
import { changeOwnPassword } from "@/lib/commands/accounts";
import { rawFieldsOf } from "@/lib/actions/form-data";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

/** Any signed-in user changes their own password; their other sessions end. */
export async function changePasswordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await authorizeAction("viewer");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const session = await (await getAuth()).api.getSession({ headers: await headers() });
  const input = rawFieldsOf(fd, ["currentPassword", "newPassword", "confirm"]);
  const result = await changeOwnPassword(prisma, input, { name: actorName(user), id: user.id, keepSessionId: session?.session.id });
  if (!result.ok) return result;
  return { ok: true, message: "Password changed. Your other sessions were signed out." };
}
