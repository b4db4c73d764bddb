"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { saveAssumptions } from "@/lib/commands/assumptions";
import { ASSUMPTION_TABLE } from "@/lib/engine/assumptions";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { rawFieldsOf } from "@/lib/actions/form-data";

/** Save the deployment's own assumption values: blank keeps the default; every value is checked. */
export async function saveAssumptionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const revision = z.coerce.number().int().min(0).safeParse(formData.get("expectedRevision"));
  const deploymentId = String(formData.get("deploymentId") ?? "");
  const result = await saveAssumptions(
    prisma,
    {
      deploymentId,
      values: rawFieldsOf(
        formData,
        ASSUMPTION_TABLE.map((r) => r.key),
      ),
      expectedRevision: revision.success ? revision.data : undefined,
    },
    actorName(user),
  );
  if (!result.ok) return result;
  revalidatePath(`/deployments/${deploymentId}`, "layout");
  const n = result.changed.length;
  return {
    ok: true,
    message: n ? `Saved: ${n} value${n === 1 ? "" : "s"} differ from the defaults.` : "Saved: every value is the default.",
  };
}
