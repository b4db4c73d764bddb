"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { setExerciseInterval } from "@/lib/commands/exercises";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

/** Every runbook exercised within this many days (the exercise programme's schedule). */
export async function setExerciseIntervalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  const result = await setExerciseInterval(prisma, { deploymentId, intervalDays: text(formData, "intervalDays") }, actorName(user));
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  return { ok: true, message: `Every runbook within ${result.intervalDays} days.` };
}
