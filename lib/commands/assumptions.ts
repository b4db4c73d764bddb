// Commands on a deployment's own estimation assumptions: save the form's values, apply a calibration.
import type { Db } from "../db/client";
import { deploymentNameOf } from "../db/deployment-store";
import { saveAssumptionOverrides, StaleAssumptionsError } from "../db/assumptions-store";
import { ASSUMPTION_TABLE, DEFAULT_ASSUMPTIONS, resolveAssumptions, type Assumptions } from "../engine/assumptions";
import { audited, fail, NO_DEPLOYMENT, plural, type Actor, type CommandResult } from "./command";

export interface SaveAssumptionsInput {
  deploymentId: string;
  /** The form's text per assumption key; blank keeps the default. */
  values: Record<string, string>;
  /** The revision the form was loaded at (assumptionsRevision); undefined writes unconditionally. */
  expectedRevision?: number;
}

/** Save the deployment's own assumption values: blank keeps the default; every value is checked. */
export async function saveAssumptions(db: Db, input: SaveAssumptionsInput, actor: Actor): Promise<CommandResult<{ changed: string[] }>> {
  if (!input.deploymentId) return fail("No deployment given.");
  const overrides: Partial<Assumptions> = {};
  const fieldErrors: Record<string, string[]> = {};
  for (const row of ASSUMPTION_TABLE) {
    const raw = (input.values[row.key] ?? "").trim();
    if (raw === "") continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      fieldErrors[row.key] = [`expected a number (${row.unit})`];
      continue;
    }
    if (value !== DEFAULT_ASSUMPTIONS[row.key]) overrides[row.key] = value;
  }
  for (const r of resolveAssumptions(overrides).rejected) (fieldErrors[r.key] ??= []).push(r.message);
  if (Object.keys(fieldErrors).length) return fail("Nothing was saved: fix the values marked below.", { fieldErrors });
  const changed = Object.keys(overrides);
  try {
    return await audited(db, actor, async (tx, audit) => {
      const name = await deploymentNameOf(tx, input.deploymentId);
      if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
      await saveAssumptionOverrides(tx, input.deploymentId, overrides as Record<string, number>, input.expectedRevision);
      const detail = changed.length ? `${plural(changed.length, "value")} differ from the defaults: ${changed.join(", ")}` : "every value is the default";
      await audit({ deploymentId: input.deploymentId, deploymentName: name, action: "assumptions", detail });
      return { ok: true as const, changed };
    });
  } catch (e) {
    if (!(e instanceof StaleAssumptionsError)) throw e;
    return fail("Nothing was saved: someone changed these assumptions since you opened the page. Reload to see their values, then reapply yours.", { stale: true });
  }
}

/** Replace the hands-on time assumptions with values calibrated from recorded drills. */
export async function applyCalibration(
  db: Db,
  input: { deploymentId: string; overrides: Record<string, number>; proposed: Record<string, number>; drills: number },
  actor: Actor,
): Promise<CommandResult> {
  return audited(db, actor, async (tx, audit) => {
    const name = await deploymentNameOf(tx, input.deploymentId);
    if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
    await saveAssumptionOverrides(tx, input.deploymentId, { ...input.overrides, ...input.proposed });
    await audit({ deploymentId: input.deploymentId, deploymentName: name, action: "assumptions:calibrate", detail: `from ${plural(input.drills, "drill")}: ${Object.keys(input.proposed).join(", ")}` });
    return { ok: true as const };
  });
}
