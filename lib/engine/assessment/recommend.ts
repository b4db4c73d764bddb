// Recommendations: each candidate change is applied to the deployment file (fast-json-patch), validated
// and planned again exactly as a stored deployment would be; its effects are the differences between the
// two plans, so applying the patch and planning again gives exactly the stated effects. Ranked by the
// recoverability points they buy for the ranked workloads, then by the whole score, then cheapest first.
import jsonPatch, { type Operation } from "fast-json-patch";
import type { Deployment } from "../../formats/deployment";
import type { Effect, PatchOperation, Recommendation, RpoEntry, Scenario } from "../../formats/plan";
import { validateDeployment } from "../../formats/parse-deployment";
import { candidatesFor, type Candidate } from "./candidates";
import type { AssessmentInput } from "./score";
import { assess } from "./score";
import { worstMisses } from "./worst";

/** What the recommender needs of a plan (planDeployment without recommendations gives it). */
export interface PlanLike extends AssessmentInput {
  storage: { monthlyCostUsd: number | null };
}

/** Plans a patched deployment; `reuseScenarios` when the patch touches no field a runbook reads. */
export type Replan = (d: Deployment, reuseScenarios?: Scenario[]) => PlanLike;

/**
 * Deployment fields no runbook or duration reads (backup intervals and practice flags change the data
 * loss, the backup window, storage and gaps, never a restore's steps or times): a patch touching only
 * these keeps the base scenarios. The patch property test re-plans in full and checks the effects.
 */
export const RUNBOOK_INDEPENDENT_PATHS: readonly string[] = [
  "/backup/databaseFrequencyHours",
  "/backup/fileShareFrequencyHours",
  "/backup/settingsFrequencyHours",
  "/backup/offsiteCopy",
  "/backup/encrypted",
  "/backup/restoreTested",
  "/backup/retentionCopies",
  "/backup/windowStartHour",
  "/backup/logsSeparateFromData",
];

/** The deployment file after the patch, validated as on import; null when the patch does not apply or the result is invalid. */
export function applyRecommendationPatch(d: unknown, patch: readonly PatchOperation[]): Deployment | null {
  let patched: unknown;
  try {
    patched = jsonPatch.applyPatch(structuredClone(d), patch as Operation[], true, true).newDocument;
  } catch {
    return null;
  }
  const result = validateDeployment(patched);
  return result.ok ? result.deployment : null;
}

const recoverabilityPoints = (a: ReturnType<typeof assess>) =>
  a.breakdown.filter((b) => b.category !== "coverage").reduce((s, b) => s + b.points, 0);
const rpoKey = (r: Pick<RpoEntry, "data" | "subject">) => `${r.data}@${r.subject ?? ""}`;

/** The effects of going from plan `a` to plan `b`: worst recovery per ranked workload, data loss per item. */
export function effectsBetween(d: Deployment, a: AssessmentInput, b: AssessmentInput): Effect[] {
  const effects: Effect[] = [];
  const before = worstMisses(d, a.scenarios, a.rpo);
  const after = new Map(worstMisses(b.d, b.scenarios, b.rpo).map((w) => [w.workload, w]));
  for (const w of before) {
    const to = after.get(w.workload)?.hours ?? null;
    if (to !== w.hours) effects.push({ measure: "rto", workload: w.workload, fromHours: w.hours, toHours: to });
  }
  const afterRpo = new Map(b.rpo.filter((r) => r.targetHours !== null).map((r) => [rpoKey(r), r]));
  for (const r of a.rpo) {
    if (r.targetHours === null) continue;
    const to = afterRpo.get(rpoKey(r))?.hours ?? null;
    if (to !== r.hours)
      effects.push({ measure: "rpo", data: r.data, ...(r.subject ? { server: r.subject } : {}), fromHours: r.hours, toHours: to });
  }
  return effects;
}

interface Ranked {
  rec: Recommendation;
  gain: number;
  scoreGain: number;
}

export function recommend(d: Deployment, base: PlanLike, replan: Replan): Recommendation[] {
  const baseAssessment = assess(base);
  const baseRecoverability = recoverabilityPoints(baseAssessment);
  const ranked: Ranked[] = [];
  for (const c of candidatesFor(d, base.scenarios, base.rpo)) {
    const patched = applyRecommendationPatch(d, c.patch);
    if (!patched) continue;
    const independent = c.patch.every((op) => RUNBOOK_INDEPENDENT_PATHS.includes(op.path));
    const plan = replan(patched, independent ? [...base.scenarios] : undefined);
    const after = assess(plan);
    const effects = effectsBetween(d, base, plan);
    const gain = Math.round((recoverabilityPoints(after) - baseRecoverability) * 10) / 10;
    const scoreGain = after.score - baseAssessment.score;
    const improves = effects.some((e) => e.fromHours !== null && e.toHours !== null && e.toHours < e.fromHours);
    if (gain <= 0 && scoreGain <= 0 && !improves) continue;
    ranked.push({ rec: recommendationOf(c, effects, base, plan, baseAssessment.score, after.score), gain, scoreGain });
  }
  ranked.sort(
    (x, y) =>
      y.gain - x.gain ||
      y.scoreGain - x.scoreGain ||
      x.rec.patch.length - y.rec.patch.length ||
      (x.rec.id < y.rec.id ? -1 : x.rec.id > y.rec.id ? 1 : 0),
  );
  return ranked.map((r) => r.rec);
}

function recommendationOf(
  c: Candidate,
  effects: Effect[],
  base: PlanLike,
  plan: PlanLike,
  scoreFrom: number,
  scoreTo: number,
): Recommendation {
  const rec: Recommendation = {
    id: c.id,
    kind: c.kind,
    title: c.title,
    detail: c.detail,
    patch: c.patch,
    effects,
    scoreFrom,
    scoreTo,
    rules: c.rules,
  };
  if (c.storageCosted && base.storage.monthlyCostUsd !== null && plan.storage.monthlyCostUsd !== null)
    rec.monthlyCostUsd = Math.round((plan.storage.monthlyCostUsd - base.storage.monthlyCostUsd) * 100) / 100;
  return rec;
}
