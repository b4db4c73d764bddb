"use server";
// Signing in and out. Sign-in goes through better-auth's API, so the database-backed limiter
// (lib/auth/sign-in-limiter.ts) counts attempts from this form and from API clients alike.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { getAuth } from "@/lib/auth/server";
import { safeNextPath } from "@/lib/auth/safe-next";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";
import { rawFieldsOf } from "@/lib/actions/form-data";

const signInInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address of your account"),
  password: z.string().min(1, "Enter your password").max(256, "Use at most 256 characters"),
});

export async function signInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const parsed = signInInput.safeParse(rawFieldsOf(fd, ["email", "password"]));
  if (!parsed.success) return { ok: false, message: "Not signed in.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (e) {
    if (!(e instanceof APIError)) throw e;
    if (e.statusCode === 429) return { ok: false, message: e.message };
    if (e.statusCode === 403) return { ok: false, message: "This account is disabled. Ask an admin to enable it." };
    return { ok: false, message: "The email address or the password is wrong." };
  }
  redirect(safeNextPath(fd.get("next")));
}

/** Sign-out needs no role: anyone may end their own session. */
export async function signOutAction(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/sign-in");
}
