"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { resetTicks, setTick } from "@/lib/db/checklist-store";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { recordAuditFor } from "@/lib/db/audit-store";


const tickInput = z.object({
  deploymentId: z.string().min(1),
  itemId: z.string().min(1).max(600),
  ticked: z.enum(["true", "false"]),
});

export async function toggleTickAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  const parsed = tickInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { deploymentId, itemId, ticked } = parsed.data;
  const exists = await prisma.deployment.findUnique({ where: { id: deploymentId }, select: { id: true } });
  if (!exists) return;
  await setTick(prisma, deploymentId, itemId, ticked === "true", actorName(user));
  revalidatePath(`/deployments/${deploymentId}/checklists`);
}

export async function resetChecklistAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  const deploymentId = z.string().min(1).safeParse(formData.get("deploymentId"));
  if (!deploymentId.success) return;
  const cleared = await resetTicks(prisma, deploymentId.data);
  await recordAuditFor(prisma, deploymentId.data, { actor: actorName(user), action: "checklist:reset", detail: `${cleared} tick${cleared === 1 ? "" : "s"} cleared` });
  revalidatePath(`/deployments/${deploymentId.data}/checklists`);
}
