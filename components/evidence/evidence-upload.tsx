"use client";
// Upload an evidence file in the browser: check it against the plan first (nothing stored), then store
// it. Errors name their line and column; rows naming things the deployment lacks are warnings.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { EvidenceSection } from "@/lib/formats/plan";
import { MAX_EVIDENCE_BYTES } from "@/lib/formats/evidence";
import { useReadOnly } from "@/components/auth/read-only";
import { EvidenceItemsTable } from "./evidence-items-table";

interface Problem {
  text: string;
}

type State =
  | { stage: "choose" }
  | { stage: "checking" | "storing" }
  | { stage: "errors"; fileName: string; message: string; errors: Problem[]; errorCount: number }
  | { stage: "preview"; fileName: string; text: string; rows: number; evidence: EvidenceSection }
  | { stage: "stored"; fileName: string; rows: number; warnings: number; pruned: number };

async function answerOf(res: Response): Promise<Record<string, unknown>> {
  try {
    return (await res.json()) as Record<string, unknown>;
  } catch {
    return { error: `the server answered ${res.status}` };
  }
}

export function EvidenceUpload({ deploymentId }: { deploymentId: string }) {
  const readOnly = useReadOnly();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ stage: "choose" });

  const fail = (fileName: string, body: Record<string, unknown>) =>
    setState({
      stage: "errors",
      fileName,
      message: String(body.error ?? "The file was refused."),
      errors: Array.isArray(body.errors) ? (body.errors as Problem[]) : [],
      errorCount: typeof body.errorCount === "number" ? body.errorCount : 0,
    });

  async function check(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return fail("", { error: "Choose an evidence file (CSV) first." });
    if (file.size > MAX_EVIDENCE_BYTES)
      return fail(file.name, { error: `The file is larger than the ${MAX_EVIDENCE_BYTES / 1048576} MB limit.` });
    setState({ stage: "checking" });
    const text = await file.text();
    const res = await fetch(`/api/deployments/${encodeURIComponent(deploymentId)}/evidence/preview`, {
      method: "POST",
      body: text,
      headers: { "Content-Type": "text/csv" },
    });
    const body = await answerOf(res);
    if (!res.ok) return fail(file.name, body);
    setState({ stage: "preview", fileName: file.name, text, rows: Number(body.rows), evidence: body.evidence as EvidenceSection });
  }

  async function store(fileName: string, text: string) {
    setState({ stage: "storing" });
    const res = await fetch(`/api/deployments/${encodeURIComponent(deploymentId)}/evidence?name=${encodeURIComponent(fileName)}`, {
      method: "POST",
      body: text,
      headers: { "Content-Type": "text/csv" },
    });
    const body = await answerOf(res);
    if (!res.ok) return fail(fileName, body);
    setState({
      stage: "stored",
      fileName,
      rows: Number(body.rows),
      warnings: Array.isArray(body.warnings) ? body.warnings.length : 0,
      pruned: Number(body.pruned ?? 0),
    });
    router.refresh();
  }

  const busy = state.stage === "checking" || state.stage === "storing";
  return (
    <div className="space-y-4">
      <form onSubmit={check} className="flex flex-wrap items-end gap-3" aria-label="Check an evidence file">
        <div>
          <label className="label" htmlFor="evidence-file">
            Evidence file (CSV)
          </label>
          <input
            id="evidence-file"
            type="file"
            accept=".csv,text/csv"
            className="input"
            disabled={readOnly || busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setState({ stage: "choose" });
            }}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={readOnly || busy}>
          {state.stage === "checking" ? "Checking…" : "Check the file"}
        </button>
      </form>

      {state.stage === "errors" ? (
        <section
          className="rounded-lg border border-red-300 bg-red-50 p-4"
          aria-labelledby="evidence-errors-h"
          data-testid="evidence-errors"
          role="alert"
        >
          <h3 id="evidence-errors-h" className="font-semibold text-red-800">
            {state.fileName ? `${state.fileName}: ` : ""}
            {state.message}
          </h3>
          {state.errors.length ? (
            <ul className="mt-2 space-y-1 font-mono text-xs text-red-900">
              {state.errors.map((e, i) => (
                <li key={i}>{e.text}</li>
              ))}
            </ul>
          ) : null}
          {state.errorCount > state.errors.length ? (
            <p className="mt-2 text-sm text-red-900">…and {state.errorCount - state.errors.length} more.</p>
          ) : null}
        </section>
      ) : null}

      {state.stage === "preview" ? (
        <section
          className="space-y-3 rounded-lg border border-slate-300 p-4"
          aria-labelledby="evidence-preview-h"
          data-testid="evidence-preview"
        >
          <h3 id="evidence-preview-h" className="font-semibold">
            {state.fileName}: {state.rows} run{state.rows === 1 ? "" : "s"} ({state.evidence.summary.goodRuns} good and{" "}
            {state.evidence.summary.failedRuns} failed runs of planned items). Nothing is stored yet.
          </h3>
          {state.evidence.warnings.length ? (
            <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="evidence-warnings">
              <p className="font-medium">Warnings (these rows are not counted; the deployment may have changed since):</p>
              <ul className="mt-1 list-disc pl-5 font-mono text-xs">
                {state.evidence.warnings.map((w, i) => (
                  <li key={i}>
                    line {w.line}
                    {w.column ? `, column ${w.column}${w.field ? ` (${w.field})` : ""}` : ""}: {w.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <EvidenceItemsTable items={state.evidence.items} caption="What this file would show for every planned item" />
          <button type="button" className="btn btn-primary" onClick={() => store(state.fileName, state.text)}>
            Store this evidence
          </button>
        </section>
      ) : null}

      {state.stage === "stored" ? (
        <p
          className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          role="status"
          data-testid="evidence-stored"
        >
          Stored {state.fileName}: {state.rows} run{state.rows === 1 ? "" : "s"}, {state.warnings} warning{state.warnings === 1 ? "" : "s"}
          {state.pruned ? `; ${state.pruned} old upload${state.pruned === 1 ? "" : "s"} pruned` : ""}. The gaps page now includes what it
          shows.
        </p>
      ) : null}
    </div>
  );
}
