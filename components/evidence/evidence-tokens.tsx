"use client";
// Upload tokens for a scheduled task: create one (shown once, copy it then), see when each was last
// used, revoke one. A token can only upload evidence for this deployment.
import { useActionState, useSyncExternalStore } from "react";
import { createEvidenceTokenAction, revokeEvidenceTokenAction, type TokenFormState } from "@/lib/server-actions/evidence";
import { CopyButton } from "@/components/plan/copy-button";
import { EditFieldset } from "@/components/auth/read-only";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const initial: TokenFormState = { ok: false };
const noSubscribe = () => () => {};

export function EvidenceTokens({ deploymentId, tokens }: { deploymentId: string; tokens: TokenRow[] }) {
  const [state, create, creating] = useActionState(createEvidenceTokenAction, initial);
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => "https://planner.example.com",
  );
  const url = `${origin}/api/deployments/${deploymentId}/evidence?name=evidence.csv`;
  const curl = state.token
    ? `curl -sSf -X POST -H "Authorization: Bearer ${state.token}" -H "Content-Type: text/csv" --data-binary @evidence.csv "${url}"`
    : "";
  const powershell = state.token
    ? `$wc = New-Object System.Net.WebClient; $wc.Headers.Add("Authorization", "Bearer ${state.token}"); $wc.Headers.Add("Content-Type", "text/csv"); $wc.UploadString("${url}", "POST", [IO.File]::ReadAllText("evidence.csv"))`
    : "";
  return (
    <div className="space-y-4">
      <EditFieldset>
        <form action={create} className="flex flex-wrap items-end gap-3" aria-label="Create an upload token">
          <input type="hidden" name="deploymentId" value={deploymentId} />
          <div>
            <label htmlFor="token-name" className="label">
              Token name
            </label>
            <input
              id="token-name"
              name="name"
              className="input w-72"
              placeholder="sql01 nightly evidence task"
              maxLength={80}
              aria-describedby="token-name-error"
            />
            {state.fieldErrors?.name ? (
              <p id="token-name-error" className="mt-1 text-sm text-red-700">
                {state.fieldErrors.name.join("; ")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn btn-primary" disabled={creating}>
            {creating ? "Creating…" : "Create upload token"}
          </button>
        </form>
      </EditFieldset>
      {state.ok && state.token ? (
        <section
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
          aria-labelledby="new-token-h"
          data-testid="new-token"
        >
          <h3 id="new-token-h" className="font-semibold text-amber-900">
            Token &quot;{state.name}&quot; — copy it now: it is shown only this once (the planner keeps only its hash).
          </h3>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <code className="code break-all" data-testid="token-value">
              {state.token}
            </code>{" "}
            <CopyButton text={state.token} label="Copy token" />
          </p>
          <p className="mt-3">
            After the evidence script of the job pack has written evidence.csv, the scheduled task uploads it with one of:
          </p>
          <p className="mt-1 flex items-start gap-2">
            <code className="code block break-all">{curl}</code> <CopyButton text={curl} />
          </p>
          <p className="mt-1 flex items-start gap-2">
            <code className="code block break-all">{powershell}</code> <CopyButton text={powershell} />
          </p>
          <p className="mt-2 text-amber-900">
            curl.exe ships only with newer Windows; PowerShell 2.0 is an optional install on Windows Server 2003 and 2008. Where a server
            has neither, run the upload from an administrative computer that can read the evidence file. The token can upload evidence for
            this deployment and read nothing.
          </p>
        </section>
      ) : state.message && !state.ok ? (
        <p className="text-sm text-red-700" role="alert">
          {state.message}
        </p>
      ) : null}
      {tokens.length ? (
        <table className="w-full text-sm" data-testid="token-list">
          <caption className="sr-only">Upload tokens of this deployment</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-2 pr-3">
                Name
              </th>
              <th scope="col" className="py-2 pr-3">
                Token starts
              </th>
              <th scope="col" className="py-2 pr-3">
                Created
              </th>
              <th scope="col" className="py-2 pr-3">
                Last used
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-slate-100" data-revoked={t.revokedAt ? "true" : "false"}>
                <td className="py-1.5 pr-3 font-medium">{t.name}</td>
                <td className="py-1.5 pr-3 font-mono text-xs">{t.prefix}…</td>
                <td className="py-1.5 pr-3 text-xs">
                  {t.createdAt.slice(0, 16).replace("T", " ")} by {t.createdBy}
                </td>
                <td className="py-1.5 pr-3 text-xs">{t.lastUsedAt ? t.lastUsedAt.slice(0, 16).replace("T", " ") : "never"}</td>
                <td className="py-1.5 text-right">
                  {t.revokedAt ? (
                    <span className="text-xs text-slate-600">revoked {t.revokedAt.slice(0, 10)}</span>
                  ) : (
                    <EditFieldset>
                      <form action={revokeEvidenceTokenAction}>
                        <input type="hidden" name="deploymentId" value={deploymentId} />
                        <input type="hidden" name="tokenId" value={t.id} />
                        <button type="submit" className="btn text-xs" aria-label={`Revoke token ${t.name}`}>
                          Revoke
                        </button>
                      </form>
                    </EditFieldset>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-slate-600">No upload tokens yet.</p>
      )}
    </div>
  );
}
