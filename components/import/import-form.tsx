"use client";

import { useActionState } from "react";
import { confirmImport, previewImport, type ImportState } from "@/lib/server-actions/import";
import { POOL_KIND_LABELS, ROLE_LABELS, WORKLOAD_LABELS, type PoolKind, type Workload } from "@/lib/formats/enums";

const initial: ImportState = { stage: "choose" };

export function ImportForm() {
  const [previewState, preview, previewing] = useActionState(previewImport, initial);
  const [confirmState, confirm, confirming] = useActionState(confirmImport, initial);
  const state = confirmState.stage === "error" ? confirmState : previewState;

  return (
    <div className="space-y-6">
      <form action={preview} className="card space-y-4" aria-labelledby="choose-h">
        <h2 id="choose-h" className="font-semibold">
          1. Choose the file
        </h2>
        <div>
          <label className="label" htmlFor="import-file">
            Deployment file
          </label>
          <input id="import-file" name="file" type="file" accept=".json,.yaml,.yml,application/json,application/yaml" className="input" />
          <p className="mt-1 text-sm text-slate-600">Or paste the content below.</p>
        </div>
        <div>
          <label className="label" htmlFor="import-text">
            File content
          </label>
          <textarea
            id="import-text"
            name="text"
            rows={4}
            className="input font-mono text-xs"
            placeholder='{ "format": "ocs-backup-plan/v1", ... }'
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={previewing}>
          {previewing ? "Checking…" : "Check the file"}
        </button>
      </form>

      {state.stage === "error" && state.errors ? (
        <section className="rounded-lg border border-red-300 bg-red-50 p-4" aria-labelledby="import-errors-h" data-testid="import-errors">
          <h2 id="import-errors-h" className="font-semibold text-red-800">
            {state.fileName ? `${state.fileName} cannot be imported` : "The file cannot be imported"}: {state.errors.length} problem
            {state.errors.length === 1 ? "" : "s"}. Nothing was stored.
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-red-900">
            {state.errors.map((e, i) => (
              <li key={i}>
                {e.path ? <code className="code">{e.path}</code> : null} {e.message}
                {e.rule ? <span className="rule-id ml-1">{e.rule}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {previewState.stage === "preview" && previewState.preview && confirmState.stage !== "error" ? (
        <form action={confirm} className="card space-y-4" aria-labelledby="preview-h" data-testid="import-preview">
          <h2 id="preview-h" className="font-semibold">
            2. Check what will be created
          </h2>
          <Preview state={previewState} />
          <input type="hidden" name="text" value={previewState.text} />
          <input type="hidden" name="fileName" value={previewState.fileName} />
          <button type="submit" className="btn btn-primary" disabled={confirming}>
            {confirming ? "Importing…" : `Import "${previewState.preview.name}"`}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function Preview({ state }: { state: ImportState }) {
  const p = state.preview!;
  return (
    <div className="grid gap-4 text-sm md:grid-cols-2">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600">Name</dt>
        <dd className="font-medium">{p.name}</dd>
        <dt className="text-slate-600">Forest</dt>
        <dd className="font-mono">{p.forest}</dd>
        <dt className="text-slate-600">Sites</dt>
        <dd>{p.sites.map((s) => `${s.name} (${s.kind})`).join(", ")}</dd>
        <dt className="text-slate-600">Pools</dt>
        <dd>
          {p.pools.map((x) => (
            <div key={x.name}>
              <span className="font-mono">{x.name}</span> — {POOL_KIND_LABELS[x.kind as PoolKind]}, {x.servers} member server
              {x.servers === 1 ? "" : "s"}
            </div>
          ))}
        </dd>
        <dt className="text-slate-600">Edge</dt>
        <dd>{p.edge ?? "none"}</dd>
        <dt className="text-slate-600">Data</dt>
        <dd>
          {p.databases} databases, {p.fileShares} file shares
        </dd>
        <dt className="text-slate-600">Priorities</dt>
        <dd>{p.workloads.map((w) => WORKLOAD_LABELS[w as Workload]).join(" → ") || "none ranked"}</dd>
      </dl>
      <div>
        <p className="font-medium">{p.servers} servers</p>
        <ul className="mt-1 space-y-0.5">
          {p.serversByRole.map(([role, n]) => (
            <li key={role} className="flex justify-between border-b border-slate-100">
              <span>{ROLE_LABELS[role]}</span>
              <span className="tabular-nums">{n}</span>
            </li>
          ))}
        </ul>
      </div>
      {state.warnings && state.warnings.length > 0 ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 md:col-span-2">
          <p className="font-medium text-amber-900">Warnings (the import is allowed)</p>
          <ul className="mt-1 list-disc pl-5 text-amber-900">
            {state.warnings.map((w, i) => (
              <li key={i}>
                <code className="code">{w.path}</code> {w.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
