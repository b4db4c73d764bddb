"use server";
// First-run set-up: the first account, an admin. Refused once any account exists.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { getAuth } from "@/lib/auth/server";
import { createFirstAdmin, firstAdminInput } from "@/lib/auth/users";
import { recordAccountAudit } from "@/lib/db/audit-store";
import { rawFieldsOf } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/actions/form-state";

export async function setUpAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = firstAdminInput.safeParse(rawFieldsOf(fd, ["name", "email", "password", "confirm"]));
  if (!parsed.success) return { ok: false, message: "No account was created.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const auth = await getAuth();
  const created = await createFirstAdmin(prisma, auth, parsed.data);
  if (!created.ok) redirect("/sign-in");
  await recordAccountAudit(prisma, { actor: `${parsed.data.name} <${parsed.data.email}>`, action: "user:first-admin", detail: "first-run set-up" });
  await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  redirect("/");
}
