import type { RunbookStep } from "@/lib/formats/plan";
import { blocksOf, clockLabel, whoLabel } from "@/lib/print/runbook-document";
import { Command } from "@/components/plan/command";
import { RuleIds } from "@/components/plan/rule-ids";

/**
 * The numbered steps of a runbook in the order they start, under headings that say what each phase
 * achieves: when each step starts, how long it takes, who does it and what it needs first.
 */
export function StepList({ steps }: { steps: RunbookStep[] }) {
  const byOrder = new Map(steps.map((s) => [s.order, s]));
  return (
    <div className="space-y-5" data-testid="runbook-steps">
      {blocksOf(steps).map((block, b) => (
        <section key={b} aria-label={block.phase}>
          <h3 className="border-b border-slate-300 pb-1 font-semibold" data-testid="phase-heading">
            {block.phase}
            {block.purpose ? <span className="font-normal text-slate-700">: {block.purpose}</span> : null}
          </h3>
          {block.brings.length ? <p className="mt-0.5 text-xs text-slate-600">Works on: {block.brings.join(", ")}</p> : null}
          <ol className="mt-2 space-y-3">
            {block.steps.map((d) => {
              const step = byOrder.get(d.order)!;
              return (
                <li
                  key={step.order}
                  id={`step-${step.order}`}
                  className={`card break-inside-avoid ${step.critical ? "border-l-4 border-l-brand-600" : ""}`}
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h4 className="font-semibold">
                      <span className="mr-2 inline-block min-w-8 rounded bg-slate-800 px-1.5 text-center text-sm text-white">
                        {step.order}
                      </span>
                      {step.title}
                    </h4>
                    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
                      <strong className="tabular-nums" data-testid="step-start">
                        {clockLabel(step.startMinute)}
                      </strong>
                      <span className="tabular-nums">{step.minutes} min</span>
                      <span>{whoLabel(step)}</span>
                      {step.critical ? <span className="font-semibold text-brand-700">critical path</span> : null}
                    </div>
                  </div>
                  {step.server ? <p className="mt-1 font-mono text-xs text-slate-700">{step.server}</p> : null}
                  {step.detail ? <p className="mt-1 text-sm text-slate-800">{step.detail}</p> : null}
                  {step.command ? (
                    <Command command={step.command} verify={step.verify} verifyWith={step.verifyWith} />
                  ) : step.verify ? (
                    <p className="mt-1 text-xs text-amber-800">Inferred step: check it against your own procedures first.</p>
                  ) : null}
                  <div className="mt-2 flex flex-wrap items-center gap-3 text-xs text-slate-600">
                    {step.dependsOn.length ? (
                      <span>
                        after{" "}
                        {step.dependsOn.map((n, i) => (
                          <span key={n}>
                            {i ? ", " : ""}
                            <a className="text-brand-700 hover:underline" href={`#step-${n}`}>
                              step {n}
                            </a>
                          </span>
                        ))}
                      </span>
                    ) : (
                      <span>can start at once</span>
                    )}
                    <RuleIds rules={step.rules} />
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
