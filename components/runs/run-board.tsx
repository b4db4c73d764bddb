"use client";
// The live run: steps in execution order with Start / Done / Skip / note. It polls the run's JSON
// (GET /api/deployments/:id/runs/:runId, ETag = run version) every 1.5 s, so other administrators'
// changes appear within two seconds; after its own change it fetches at once.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { runEscalations, type RunEscalation } from "@/lib/view/run-escalations";
import type { RunStepView, RunView } from "@/lib/view/run-view";
import { Command } from "@/components/plan/command";
import { LocalTime } from "@/components/ui/local-time";
import { chooseBranchAction, finishRunAction, runStepAction, startFailbackRunAction } from "@/lib/server-actions/runs";

const POLL_MS = 1500;

const STATE_STYLE: Record<RunStepView["state"], string> = {
  pending: "bg-slate-100 text-slate-700",
  started: "bg-amber-100 text-amber-900",
  done: "bg-emerald-100 text-emerald-900",
  skipped: "bg-slate-200 text-slate-600 line-through",
};

const Time = LocalTime;

export interface EscalationSetting {
  targets: Record<string, number | null>;
  tell: string[];
}

const duration = (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`);

function EscalationBanner({ escalations, tell }: { escalations: RunEscalation[]; tell: string[] }) {
  if (escalations.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm text-red-900" data-testid="run-escalations">
      <p className="font-semibold">Escalate now (contingency plan 4.3)</p>
      <ul className="mt-1 list-disc pl-5">
        {escalations.map((e) => (
          <li key={e.order}>
            Step {e.order}, {e.title}: still open {duration(e.afterMinutes)} after it started (its threshold), since <Time iso={e.at} />.
          </li>
        ))}
      </ul>
      <p className="mt-1">
        Tell: {tell.length ? tell.join("; ") : "nobody is named: add the recovery coordinator and the ISCP director under Model → People."}
      </p>
    </div>
  );
}

const shortName = (actor: string | null) => (actor ?? "").replace(/\s*<[^>]*>$/, "");

export function RunBoard({
  deploymentId,
  initial,
  canChange,
  escalation,
}: {
  deploymentId: string;
  initial: RunView;
  canChange: boolean;
  /** The contingency plan's escalation: each path's tightest target and whom to tell (from the call tree). */
  escalation?: EscalationSetting;
}) {
  const [view, setView] = useState(initial);
  const [now, setNow] = useState(() => new Date());
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const etag = useRef<string | null>(`"run-${initial.version}"`);
  const url = `/api/deployments/${deploymentId}/runs/${initial.id}`;

  const refresh = useCallback(async () => {
    try {
      const res = await fetch(url, { headers: etag.current ? { "If-None-Match": etag.current } : {}, cache: "no-store" });
      if (res.status === 200) {
        etag.current = res.headers.get("ETag");
        setView((await res.json()) as RunView);
      }
    } catch {
      // offline for a moment: the next poll tries again
    }
  }, [url]);

  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
      if (document.visibilityState === "visible") void refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const act = (
    action: (fd: FormData) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }>,
    fields: Record<string, string>,
  ) =>
    startTransition(async () => {
      const fd = new FormData();
      fd.set("deploymentId", deploymentId);
      fd.set("runId", view.id);
      for (const [k, v] of Object.entries(fields)) fd.set(k, v);
      const result = await action(fd);
      const fieldMessage = result.fieldErrors ? Object.values(result.fieldErrors).flat().join("; ") : "";
      setMessage(result.ok ? null : [result.message, fieldMessage].filter(Boolean).join(" "));
      await refresh();
    });

  const finished = view.finishedAt !== null;
  const editable = canChange && !finished;
  const total = view.steps.length;

  const escalations = escalation
    ? runEscalations(view.steps, escalation.targets[view.pathId] ?? null, now).filter((e) => e.open && !finished)
    : [];

  return (
    <div className="space-y-4">
      <EscalationBanner escalations={escalations} tell={escalation?.tell ?? []} />
      <div className="card flex flex-wrap items-center justify-between gap-3" aria-live="polite">
        <p className="text-sm">
          <strong data-testid="run-progress">
            {view.counts.done + view.counts.skipped} of {total} steps settled
          </strong>{" "}
          · {view.counts.started} in progress · {view.counts.skipped} skipped
          {finished ? (
            <span className="ml-2 rounded bg-slate-800 px-2 py-0.5 text-xs text-white">
              finished by {shortName(view.finishedBy)} at <Time iso={view.finishedAt} />
            </span>
          ) : null}
        </p>
        {editable ? (
          <button
            type="button"
            className="btn"
            disabled={pending}
            onClick={() => {
              if (view.counts.pending + view.counts.started === 0 || confirm("Some steps are still open. Finish the run anyway?"))
                act(finishRunAction, {});
            }}
          >
            Finish run
          </button>
        ) : null}
      </div>
      {view.linkedFromRunId ? (
        <p className="text-sm text-slate-700">
          This failback run continues{" "}
          <a className="text-brand-700 underline" href={`/deployments/${deploymentId}/runs/${view.linkedFromRunId}`}>
            the switch-over run
          </a>
          .
        </p>
      ) : null}
      {view.failback ? (
        <div className="card text-sm" data-testid="failback">
          <p>
            <strong>Failback:</strong> {view.failback.title} ({view.failback.rtoHours} h estimated).{" "}
            {view.linkedRunId
              ? null
              : finished
                ? "Once the home pool is rebuilt and checked, start it as a run of its own."
                : "Once this run is finished, the failback can be started from here as a linked run."}
          </p>
          {view.linkedRunId ? (
            <a className="btn mt-2 inline-block" href={`/deployments/${deploymentId}/runs/${view.linkedRunId}`}>
              Open the failback run
            </a>
          ) : finished && canChange ? (
            <button type="button" className="btn btn-primary mt-2" disabled={pending} onClick={() => act(startFailbackRunAction, {})}>
              Start the failback run
            </button>
          ) : null}
        </div>
      ) : null}
      {!canChange ? (
        <p className="rounded border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950">
          You can follow this run; changing it needs the planner role.
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {message}
        </p>
      ) : null}
      {view.paths.length > 1 ? (
        <fieldset className="card">
          <legend className="px-1 font-semibold">Branch</legend>
          <p className="mb-2 text-sm text-slate-600">
            This runbook has more than one way through the loss. The run follows the branch chosen here
            {view.pathChosenBy ? (
              <>
                {" "}
                (chosen by {shortName(view.pathChosenBy)} at <Time iso={view.pathChosenAt} />)
              </>
            ) : null}
            .
          </p>
          <div className="space-y-2">
            {view.paths.map((p) => (
              <label key={p.id} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="branch"
                  className="mt-1 size-4"
                  checked={view.pathId === p.id}
                  disabled={!editable || pending}
                  onChange={() => act(chooseBranchAction, { pathId: p.id })}
                />
                <span>
                  <strong>{p.title}</strong> <span className="text-slate-600">({p.rtoHours} h estimated)</span>
                  {p.when ? <span className="block text-slate-600">When: {p.when}</span> : null}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <ol className="space-y-3">
        {view.steps.map((s) => (
          <StepCard
            key={`${s.id || s.order}-${s.noteAt ?? ""}`}
            step={s}
            editable={editable}
            busy={pending}
            act={(fields) => act(runStepAction, { stepId: s.id, ...fields })}
          />
        ))}
      </ol>
    </div>
  );
}

function StepCard({
  step: s,
  editable,
  busy,
  act,
}: {
  step: RunStepView;
  editable: boolean;
  busy: boolean;
  act: (fields: Record<string, string>) => void;
}) {
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState("");
  const [note, setNote] = useState(s.note);
  const canStart = s.state === "pending" && s.blockers.length === 0;
  return (
    <li className="card" data-testid={`step-${s.order}`} data-state={s.state}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">
          <span className="mr-1 text-slate-500">{s.order}.</span>
          {s.title}
        </h3>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_STYLE[s.state]}`}>{s.state}</span>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {s.server ? `${s.server} · ` : ""}
        {s.phase ? `${s.phase} · ` : ""}
        estimated {s.minutes} min{s.waiting ? " (waiting, nobody busy)" : ""}
        {s.dependsOn.length ? ` · after step${s.dependsOn.length === 1 ? "" : "s"} ${s.dependsOn.join(", ")}` : ""}
      </p>
      {s.detail ? <p className="mt-1 text-sm text-slate-700">{s.detail}</p> : null}
      {s.command ? (
        <Command command={s.command} verify={s.verify} verifyWith={s.verifyWith} />
      ) : s.verify ? (
        <p className="mt-1 text-xs text-amber-800">Inferred step: check it against your own procedures first.</p>
      ) : null}
      <ul className="mt-2 space-y-0.5 text-xs text-slate-700">
        {s.startedAt ? (
          <li>
            Started by {shortName(s.startedBy)} at <Time iso={s.startedAt} />
          </li>
        ) : null}
        {s.doneAt ? (
          <li>
            Done by {shortName(s.doneBy)} at <Time iso={s.doneAt} />
          </li>
        ) : null}
        {s.skippedAt ? (
          <li>
            Skipped by {shortName(s.skippedBy)} at <Time iso={s.skippedAt} />: {s.skipReason}
          </li>
        ) : null}
        {s.state === "pending" && s.blockers.length ? (
          <li>
            Waits for step{s.blockers.length === 1 ? "" : "s"} {s.blockers.join(", ")}
          </li>
        ) : null}
        {s.note && !editable ? (
          <li>
            Note ({shortName(s.noteBy)}): {s.note}
          </li>
        ) : null}
      </ul>
      {editable ? (
        <div className="mt-3 space-y-2">
          <div className="flex flex-wrap gap-2">
            {s.state === "pending" ? (
              <button type="button" className="btn btn-primary min-h-11" disabled={busy || !canStart} onClick={() => act({ op: "start" })}>
                Start
              </button>
            ) : null}
            {s.state === "started" ? (
              <button type="button" className="btn btn-primary min-h-11" disabled={busy} onClick={() => act({ op: "done" })}>
                Done
              </button>
            ) : null}
            {s.state === "pending" || s.state === "started" ? (
              <button
                type="button"
                className="btn min-h-11"
                disabled={busy}
                onClick={() => setSkipping((v) => !v)}
                aria-expanded={skipping}
              >
                Skip…
              </button>
            ) : null}
          </div>
          {skipping ? (
            <form
              className="flex flex-wrap items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                act({ op: "skip", reason });
                setSkipping(false);
              }}
            >
              <label className="grow text-sm">
                <span className="label">Why is step {s.order} skipped?</span>
                <input className="input w-full" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} />
              </label>
              <button type="submit" className="btn min-h-11" disabled={busy}>
                Skip step
              </button>
            </form>
          ) : null}
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              act({ op: "note", note });
            }}
          >
            <label className="grow text-sm">
              <span className="label">Note{s.noteBy ? ` (last by ${shortName(s.noteBy)})` : ""}</span>
              <textarea className="input w-full" rows={1} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
            </label>
            <button type="submit" className="btn min-h-11" disabled={busy || note === s.note}>
              Save note
            </button>
          </form>
        </div>
      ) : null}
    </li>
  );
}
