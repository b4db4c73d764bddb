"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { resetChecklist, setTick } from "@/lib/commands/checklists";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { isForm } from "@/lib/actions/form-state";

const tickInput = z.object({
  deploymentId: z.string().min(1),
  itemId: z.string().min(1).max(600),
  ticked: z.enum(["true", "false"]),
});

export async function toggleTickAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return;
  const parsed = tickInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { deploymentId, itemId, ticked } = parsed.data;
  const result = await setTick(prisma, { deploymentId, itemId, ticked: ticked === "true" }, actorName(user));
  if (result.ok) revalidatePath(`/deployments/${deploymentId}/checklists`);
}

export async function resetChecklistAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return;
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const result = await resetChecklist(prisma, { deploymentId }, actorName(user));
  if (result.ok) revalidatePath(`/deployments/${deploymentId}/checklists`);
}
