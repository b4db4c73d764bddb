import type { RunbookStep } from "@/lib/formats/plan";
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import { Command } from "@/components/plan/command";
import { RuleIds } from "@/components/plan/rule-ids";

const clock = (minute?: number) => {
  if (minute === undefined) return "";
  const h = Math.floor(minute / 60);
  const m = Math.round(minute % 60);
  return `${h}:${String(m).padStart(2, "0")}`;
};

/** The numbered steps of a runbook, with when they run, who runs them and what they need first. */
export function StepList({ steps }: { steps: RunbookStep[] }) {
  return (
    <ol className="space-y-3" data-testid="runbook-steps">
      {steps.map((step) => (
        <li key={step.order} id={`step-${step.order}`} className={`card break-inside-avoid ${step.critical ? "border-l-4 border-l-brand-600" : ""}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">
              <span className="mr-2 inline-block min-w-8 rounded bg-slate-800 px-1.5 text-center text-sm text-white">{step.order}</span>
              {step.title}
            </h3>
            <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
              {step.phase ? <span className="rounded bg-slate-100 px-1.5 py-0.5">{step.phase}</span> : null}
              <span className="tabular-nums">{step.minutes} min</span>
              {step.startMinute !== undefined ? (
                <span className="tabular-nums">
                  T+{clock(step.startMinute)} → T+{clock(step.finishMinute)}
                </span>
              ) : null}
              {step.waiting ? <span>waiting (no admin busy)</span> : step.assignee ? <span>admin {step.assignee}</span> : null}
              {step.critical ? <span className="font-semibold text-brand-700">critical path</span> : null}
            </div>
          </div>
          {step.server ? <p className="mt-1 font-mono text-xs text-slate-700">{step.server}</p> : null}
          {step.detail ? <p className="mt-1 text-sm text-slate-800">{step.detail}</p> : null}
          {step.command ? <Command command={step.command} verify={step.verify} /> : step.verify ? <p className="mt-1 text-xs text-amber-800">Inferred step: confirm it against your own procedures.</p> : null}
          <div className="mt-2 flex flex-wrap items-center gap-3 text-xs text-slate-600">
            {step.dependsOn.length ? (
              <span>
                after{" "}
                {step.dependsOn.map((d, i) => (
                  <span key={d}>
                    {i ? ", " : ""}
                    <a className="text-brand-700 hover:underline" href={`#step-${d}`}>
                      step {d}
                    </a>
                  </span>
                ))}
              </span>
            ) : (
              <span>can start at once</span>
            )}
            {step.workloads?.length ? <span>serves {step.workloads.map((w) => WORKLOAD_LABELS[w]).join(", ")}</span> : null}
            <RuleIds rules={step.rules} />
          </div>
        </li>
      ))}
    </ol>
  );
}
