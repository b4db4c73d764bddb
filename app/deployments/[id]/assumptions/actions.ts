"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { saveAssumptionOverrides, StaleAssumptionsError } from "@/lib/db/assumptions-store";
import { ASSUMPTION_TABLE, DEFAULT_ASSUMPTIONS, resolveAssumptions, type Assumptions } from "@/lib/engine/assumptions";
import type { FormState } from "@/lib/actions/form-state";
import { recordAuditFor } from "@/lib/db/audit-store";
import { currentActor } from "@/lib/planning/actor";
import { authorizeAction } from "@/lib/auth/server";

/** Save the deployment's own assumption values: blank keeps the default; every value is checked. */
export async function saveAssumptionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorizeAction("planner");
  const id = z.string().min(1).safeParse(formData.get("deploymentId"));
  if (!id.success) return { ok: false, message: "No deployment given." };
  const exists = await prisma.deployment.findUnique({ where: { id: id.data }, select: { id: true } });
  if (!exists) return { ok: false, message: "This deployment no longer exists." };

  const overrides: Partial<Assumptions> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const row of ASSUMPTION_TABLE) {
    const raw = String(formData.get(row.key) ?? "").trim();
    if (raw === "") continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      fieldErrors[row.key] = [`expected a number (${row.unit})`];
      continue;
    }
    if (value !== DEFAULT_ASSUMPTIONS[row.key]) overrides[row.key] = value;
  }
  for (const r of resolveAssumptions(overrides).rejected) (fieldErrors[r.key] ??= []).push(r.message);
  if (Object.keys(fieldErrors).length) return { ok: false, message: "Nothing was saved: fix the values marked below.", fieldErrors };

  const revision = z.coerce.number().int().min(0).safeParse(formData.get("expectedRevision"));
  try {
    await saveAssumptionOverrides(prisma, id.data, overrides as Record<string, number>, revision.success ? revision.data : undefined);
  } catch (e) {
    if (!(e instanceof StaleAssumptionsError)) throw e;
    return { ok: false, stale: true, message: "Nothing was saved: someone changed these assumptions since you opened the page. Reload to see their values, then reapply yours." };
  }
  const n = Object.keys(overrides).length;
  await recordAuditFor(prisma, id.data, {
    actor: await currentActor(),
    action: "assumptions",
    detail: n ? `${n} value${n === 1 ? "" : "s"} differ from the defaults: ${Object.keys(overrides).join(", ")}` : "every value is the default",
  });
  revalidatePath(`/deployments/${id.data}`, "layout");
  return { ok: true, message: n ? `Saved: ${n} value${n === 1 ? "" : "s"} differ from the defaults.` : "Saved: every value is the default." };
}
