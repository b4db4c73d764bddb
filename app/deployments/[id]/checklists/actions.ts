"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { resetTicks, setTick } from "@/lib/db/checklist-store";
import { NAME_COOKIE } from "@/lib/planning/planner-name";
import { recordAuditFor } from "@/lib/db/audit-store";


const tickInput = z.object({
  deploymentId: z.string().min(1),
  itemId: z.string().min(1).max(600),
  ticked: z.enum(["true", "false"]),
});

async function currentName(): Promise<string> {
  const jar = await cookies();
  return jar.get(NAME_COOKIE)?.value || "anonymous";
}

export async function toggleTickAction(formData: FormData): Promise<void> {
  const parsed = tickInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { deploymentId, itemId, ticked } = parsed.data;
  const exists = await prisma.deployment.findUnique({ where: { id: deploymentId }, select: { id: true } });
  if (!exists) return;
  await setTick(prisma, deploymentId, itemId, ticked === "true", await currentName());
  revalidatePath(`/deployments/${deploymentId}/checklists`);
}

export async function resetChecklistAction(formData: FormData): Promise<void> {
  const deploymentId = z.string().min(1).safeParse(formData.get("deploymentId"));
  if (!deploymentId.success) return;
  const cleared = await resetTicks(prisma, deploymentId.data);
  await recordAuditFor(prisma, deploymentId.data, { actor: await currentName(), action: "checklist:reset", detail: `${cleared} tick${cleared === 1 ? "" : "s"} cleared` });
  revalidatePath(`/deployments/${deploymentId.data}/checklists`);
}

export async function setNameAction(formData: FormData): Promise<void> {
  const name = z.string().trim().min(1).max(80).safeParse(formData.get("name"));
  const deploymentId = String(formData.get("deploymentId") ?? "");
  if (!name.success) return;
  const jar = await cookies();
  jar.set(NAME_COOKIE, name.data, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  if (deploymentId) revalidatePath(`/deployments/${deploymentId}/checklists`);
}
