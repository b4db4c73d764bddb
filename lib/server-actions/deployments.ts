"use server";
// Rename, duplicate and delete from the deployments list.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deleteDeployment, duplicateDeployment, renameDeployment } from "@/lib/commands/deployments";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";
import { actorName, authorizeAction } from "@/lib/auth/server";

const field = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export async function renameDeploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const result = await renameDeployment(prisma, { id: field(formData, "id"), name: field(formData, "name") }, actorName(user));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, message: "Renamed." };
}

export async function duplicateDeploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const result = await duplicateDeployment(prisma, { id: field(formData, "id"), name: field(formData, "name") }, actorName(user));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect(`/deployments/${result.id}`);
}

export async function deleteDeploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const result = await deleteDeployment(prisma, { id: field(formData, "id") }, actorName(user));
  if (!result.ok && !result.notFound) return result;
  revalidatePath("/", "layout");
  redirect("/");
}
