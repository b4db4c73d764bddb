// The overview's first lines: are we protected (verdict, score, why), and the three changes that would
// help most, each with what it buys in hours.
import Link from "next/link";
import type { Effect, Recommendation, Verdict } from "@/lib/formats/plan";
import { effectText, scoreChange, type VerdictView } from "@/lib/view/verdict";
import { RuleIds } from "@/components/plan/rule-ids";
import { TryItButton } from "./try-it-button";

export const VERDICT_TEXT: Record<Verdict, { label: string; style: string }> = {
  protected: { label: "Protected", style: "border-emerald-300 bg-emerald-50 text-emerald-900" },
  "at-risk": { label: "At risk", style: "border-amber-300 bg-amber-50 text-amber-900" },
  "not-protected": { label: "Not protected", style: "border-red-300 bg-red-50 text-red-900" },
};

export function VerdictBadge({ verdict, score }: { verdict: Verdict; score: number }) {
  return (
    <span
      className={`inline-flex items-center gap-2 rounded border px-2 py-0.5 text-sm font-semibold ${VERDICT_TEXT[verdict].style}`}
      data-verdict={verdict}
    >
      {VERDICT_TEXT[verdict].label}
      <span className="font-normal tabular-nums" aria-label={`score ${score} of 100`}>
        {score}/100
      </span>
    </span>
  );
}

const saved = (e: Effect) => (e.fromHours ?? 0) - (e.toHours ?? 0);

export function RecommendationItem({
  rec,
  deploymentId,
  canTry,
  targets,
}: {
  rec: Recommendation;
  deploymentId: string;
  canTry: boolean;
  targets: Map<string, number>;
}) {
  const effects = [...rec.effects].sort((a, b) => saved(b) - saved(a));
  return (
    <li className="py-3" data-testid="recommendation" data-recommendation={rec.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-medium">
            {rec.title} {rec.rules ? <RuleIds rules={rec.rules} /> : null}
          </p>
          <p className="text-sm text-slate-700">
            {effects.length > 0
              ? effects
                  .slice(0, 3)
                  .map((e) => effectText(e, targets))
                  .join("; ")
              : "No recovery time or data loss changes"}
            {effects.length > 3 ? `; ${effects.length - 3} more` : ""}.{" "}
            <span
              className="text-slate-600"
              title={scoreChange(rec) ? `The model's score alone: ${rec.scoreFrom} → ${rec.scoreTo}` : undefined}
            >
              {scoreChange(rec) ?? "No change to the score"}
              {rec.monthlyCostUsd !== undefined ? `, about $${rec.monthlyCostUsd.toLocaleString("en-US")} a month in storage` : ""}.
            </span>
          </p>
        </div>
        <TryItButton deploymentId={deploymentId} recommendationId={rec.id} title={rec.title} disabled={!canTry} />
      </div>
    </li>
  );
}

export function VerdictSection({ view, deploymentId, canTry }: { view: VerdictView; deploymentId: string; canTry: boolean }) {
  const { assessment, targets, scenarioTitles } = view;
  const recs = assessment.recommendations ?? [];
  const { missText, helpText, evidenceText } = view.headline;
  const reasons = view.reasons;
  const tidy = (reason: string) =>
    reason.replace(/\(([^()]+)\)$/, (m, id: string) => (scenarioTitles.has(id) ? `(${scenarioTitles.get(id)})` : m));
  return (
    <section className={`card mb-6 border-2 ${VERDICT_TEXT[assessment.verdict].style}`} aria-labelledby="verdict-h" data-testid="verdict">
      <h2 id="verdict-h" className="text-lg font-semibold" data-testid="verdict-line">
        {VERDICT_TEXT[assessment.verdict].label}: resilience score {assessment.score}/100.{" "}
        {missText ? (
          <span className="font-normal" data-testid="verdict-top-miss">
            {missText}{" "}
          </span>
        ) : null}
        {evidenceText ? (
          <span className="font-normal" data-testid="verdict-evidence">
            {evidenceText}{" "}
          </span>
        ) : null}
        {helpText ? <span className="font-normal">{helpText}</span> : null}
      </h2>
      <ul className="mt-2 list-disc pl-5 text-sm" data-testid="verdict-reasons">
        {reasons.slice(0, 4).map((r) => (
          <li key={r}>{tidy(r)}</li>
        ))}
        {reasons.length > 4 ? <li>{reasons.length - 4} more on the gaps page.</li> : null}
      </ul>
      {assessment.accepted?.length ? (
        <p className="mt-1 text-xs">
          {assessment.accepted.length} accepted gap{assessment.accepted.length === 1 ? "" : "s"} left out until their review date (see{" "}
          <Link className="underline" href={`/deployments/${deploymentId}/gaps`}>
            gaps
          </Link>
          ).
        </p>
      ) : null}
      <div className="mt-3 rounded bg-white/70 p-3 text-slate-900">
        <h3 className="font-semibold">What would help most</h3>
        {recs.length === 0 ? (
          <p className="text-sm text-slate-700">No single change the planner tries improves the recovery times, data loss or gaps.</p>
        ) : (
          <ol className="divide-y divide-slate-200" data-testid="top-recommendations">
            {recs.slice(0, 3).map((r) => (
              <RecommendationItem key={r.id} rec={r} deploymentId={deploymentId} canTry={canTry} targets={targets} />
            ))}
          </ol>
        )}
      </div>
      <details className="mt-3 text-sm text-slate-900">
        <summary className="cursor-pointer font-medium">How the score is made ({assessment.breakdown.length} deductions)</summary>
        <p className="mt-2 text-slate-700">
          100, less up to 60 points for recovery times and up to 15 for data loss of the ranked workloads (each workload by its rank: the
          first of n weighs n, the last 1; a miss costs its share × (worst − target) / worst, half at twice the target), less up to 25 for
          the other gaps (6 per critical, 2 per warning). Data loss is judged by the interval between full backups, so a nightly full backup
          meets a 24 h target (P2, D5). The verdict: not protected while a critical gap is open, at risk while a ranked workload misses a
          target, otherwise protected. Accepted gaps cost nothing until their review date.
        </p>
        <table className="table mt-2">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col" className="text-right">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {assessment.breakdown.map((b) => (
              <tr key={`${b.category}:${b.gapId ?? b.label}`}>
                <td>{b.label}</td>
                <td className="text-right tabular-nums">{b.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
