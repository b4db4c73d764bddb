"use server";
// First-run set-up: the first account, an admin. Refused once any account exists.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { getAuth } from "@/lib/auth/server";
import { setUpFirstAdmin } from "@/lib/commands/accounts";
import { rawFieldsOf } from "@/lib/actions/form-data";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

export async function setUpAction(_prev: FormState, fd: FormData): Promise<FormState> {
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const input = rawFieldsOf(fd, ["name", "email", "password", "confirm"]);
  const result = await setUpFirstAdmin(prisma, input);
  if (!result.ok && "alreadySetUp" in result) redirect("/sign-in");
  if (!result.ok) return result;
  const auth = await getAuth();
  await auth.api.signInEmail({ body: { email: result.email, password: input.password }, headers: await headers() });
  redirect("/");
}
