"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { deleteDeployment, duplicateDeployment, renameDeployment } from "@/lib/db/deployment-store";
import type { FormState } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/db/audit-store";
import { currentActor } from "@/lib/planning/actor";
import { authorizeAction } from "@/lib/auth/server";

const nameField = z.string().trim().min(1, { error: "a name is needed" }).max(200, { error: "at most 200 characters" });
const idField = z.string().min(1);

function parse(formData: FormData) {
  return z.object({ id: idField, name: nameField }).safeParse({ id: formData.get("id"), name: formData.get("name") });
}

export async function renameDeploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorizeAction("planner");
  const parsed = parse(formData);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, message: "Not renamed." };
  const exists = await prisma.deployment.findUnique({ where: { id: parsed.data.id }, select: { id: true, name: true } });
  if (!exists) return { ok: false, message: "This deployment no longer exists." };
  await renameDeployment(prisma, parsed.data.id, parsed.data.name);
  await recordAudit(prisma, {
    deploymentId: parsed.data.id,
    deploymentName: parsed.data.name,
    actor: await currentActor(),
    action: "rename",
    detail: `${JSON.stringify(exists.name)} → ${JSON.stringify(parsed.data.name)}`,
  });
  revalidatePath("/", "layout");
  return { ok: true, message: "Renamed." };
}

export async function duplicateDeploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorizeAction("planner");
  const parsed = parse(formData);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, message: "Not duplicated." };
  const source = await prisma.deployment.findUnique({ where: { id: parsed.data.id }, select: { name: true } });
  const id = await duplicateDeployment(prisma, parsed.data.id, parsed.data.name);
  if (!id) return { ok: false, message: "This deployment no longer exists." };
  await recordAudit(prisma, {
    deploymentId: id,
    deploymentName: parsed.data.name,
    actor: await currentActor(),
    action: "duplicate",
    detail: `copy of ${JSON.stringify(source?.name ?? "?")} (${parsed.data.id})`,
  });
  revalidatePath("/", "layout");
  redirect(`/deployments/${id}`);
}

export async function deleteDeploymentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorizeAction("planner");
  const id = idField.safeParse(formData.get("id"));
  if (!id.success) return { ok: false, message: "No deployment given." };
  const exists = await prisma.deployment.findUnique({ where: { id: id.data }, select: { id: true, name: true, version: true } });
  if (exists) {
    await deleteDeployment(prisma, id.data);
    await recordAudit(prisma, { deploymentId: id.data, deploymentName: exists.name, actor: await currentActor(), action: "delete", detail: `deleted at version ${exists.version}` });
  }
  revalidatePath("/", "layout");
  redirect("/");
}
