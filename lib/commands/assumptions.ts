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
      const detail = changed.length
        ? `${plural(changed.length, "value")} differ from the defaults: ${changed.join(", ")}`
        : "every value is the default";
      await audit({ deploymentId: input.deploymentId, deploymentName: name, action: "assumptions", detail });
      return { ok: true as const, changed };
    });
  } catch (e) {
    if (!(e instanceof StaleAssumptionsError)) throw e;
    return fail(
      "Nothing was saved: someone changed these assumptions since you opened the page. Reload to see their values, then reapply yours.",
      { stale: true },
    );
  }
}

export interface AcceptCalibrationInput {
  deploymentId: string;
  /** The deployment's own values now (only those differing from the defaults). */
  overrides: Record<string, number>;
  /** The proposals the planner accepted: the value shown as current, the proposed one, and the runs and drills it came from. */
  accepted: { key: string; from: number; to: number; sources: string[] }[];
  /** The assumptions revision the proposals were computed at (assumptionsRevision). */
  expectedRevision: number;
}

/** Write the accepted calibrated values (and nothing else) as the deployment's own assumptions. */
export async function acceptCalibration(
  db: Db,
  input: AcceptCalibrationInput,
  actor: Actor,
): Promise<CommandResult<{ changed: string[] }>> {
  if (!input.deploymentId) return fail("No deployment given.");
  if (input.accepted.length === 0)
    return fail("Choose at least one proposed value to accept.", { fieldErrors: { accept: ["choose at least one assumption"] } });
  const fieldErrors: Record<string, string[]> = {};
  const next: Record<string, number> = { ...input.overrides };
  for (const a of input.accepted) {
    const row = ASSUMPTION_TABLE.find((r) => r.key === a.key);
    if (!row || (row.unit !== "minutes" && row.unit !== "GB per hour")) {
      (fieldErrors.accept ??= []).push(`"${a.key}" cannot be calibrated from measured steps`);
      continue;
    }
    if (a.to === DEFAULT_ASSUMPTIONS[row.key]) delete next[row.key];
    else next[row.key] = a.to;
  }
  for (const r of resolveAssumptions(next as Partial<Assumptions>).rejected) (fieldErrors[r.key] ??= []).push(r.message);
  if (Object.keys(fieldErrors).length) return fail("Nothing was saved: fix the values marked below.", { fieldErrors });
  const changed = input.accepted.map((a) => a.key);
  try {
    return await audited(db, actor, async (tx, audit) => {
      const name = await deploymentNameOf(tx, input.deploymentId);
      if (name === null) return fail(NO_DEPLOYMENT, { notFound: true });
      await saveAssumptionOverrides(tx, input.deploymentId, next, input.expectedRevision);
      const detail = input.accepted.map((a) => `${a.key} ${a.from} -> ${a.to} (from ${a.sources.join(", ")})`).join("; ");
      await audit({
        deploymentId: input.deploymentId,
        deploymentName: name,
        action: "assumptions:calibrate",
        detail: `accepted ${plural(changed.length, "calibrated value")}: ${detail}`,
      });
      return { ok: true as const, changed };
    });
  } catch (e) {
    if (!(e instanceof StaleAssumptionsError)) throw e;
    return fail("Nothing was saved: the assumptions changed since the proposals were computed. Reload to see new proposals.", {
      stale: true,
    });
  }
}
