import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadEvidenceView, HISTORY_DAYS } from "@/lib/planning/load-evidence";
import { evidenceCharts } from "@/lib/view/evidence";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { RuleIds } from "@/components/plan/rule-ids";
import { EvidenceItemsTable } from "@/components/evidence/evidence-items-table";
import { EvidenceUpload } from "@/components/evidence/evidence-upload";
import { EvidenceTokens } from "@/components/evidence/evidence-tokens";
import { LazyEvidenceHistoryChart } from "@/components/evidence/evidence-history-chart-lazy";
import { requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Backup evidence" };
// Judged against the current time on every view.
export const dynamic = "force-dynamic";

export default async function EvidencePage({ params }: PageProps<"/deployments/[id]/evidence">) {
  const user = await requireRole("viewer");
  const { id } = await params;
  const view = await loadEvidenceView(id);
  if (!view) notFound();
  const planner = allows(user.role, "planner");
  const { current, history, uploads, totalUploads, tokens } = view;
  const s = current?.summary;
  return (
    <>
      <PageHeader
        title="Backup evidence"
        description="What the backup jobs really did, set against the plan: for every item the plan backs up, its last good backup, how old it is, and the data loss it allows now against the target. A plan proves intent; evidence proves the backup."
      />
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <RuleIds rules={["P2", "B1", "B10"]} />
        The data loss allowed now runs from the last good backup to the end of the next scheduled run (plus the run&apos;s own duration, as
        in the plan). Each run the schedule missed adds one interval; a run counts as missed a quarter interval (at most 6 h) after it was
        due. The deployment file holds no time zone, so the schedule is counted from the last good run.
      </p>

      <section className="card mb-6" aria-labelledby="now-h">
        <h2 id="now-h" className="font-semibold">
          Now{current ? <span className="ml-2 font-mono text-xs font-normal text-slate-600">as of {current.asOf}</span> : null}
        </h2>
        {current && s ? (
          <>
            <p className="mt-2 text-sm" data-testid="evidence-status">
              <span
                className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${s.allItemsWithinTarget ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}
              >
                {s.allItemsWithinTarget ? "All items within target" : "Not all items within target"}
              </span>
              {s.ok} of {s.items} items backed up as planned; {s.failedRunItems} with recent failed runs, {s.stale} stale, {s.noGoodBackup}{" "}
              without a good backup, {s.noEvidence} without evidence.{" "}
              {s.stale + s.noGoodBackup + s.noEvidence + s.failedRunItems > 0 ? (
                <Link className="text-brand-700 underline" href={`/deployments/${id}/gaps`}>
                  See them among the gaps
                </Link>
              ) : null}
            </p>
            <p className="mt-1 text-xs text-slate-600">
              &quot;All items within target&quot; is this page&apos;s own status: every item has a good backup whose data loss allowed now
              is within its target (within the planned RPO where no target is set). It is not the plan assessment&apos;s verdict.
            </p>
            <div className="mt-3">
              <EvidenceItemsTable items={current.items} caption="Every item the plan backs up, as the evidence shows it now" />
            </div>
          </>
        ) : (
          <EmptyState title="No evidence yet">
            Upload the evidence file the job pack&apos;s evidence script writes (or one made by hand, in the evidence format), or give a
            scheduled task an upload token.
          </EmptyState>
        )}
      </section>

      {history ? (
        <section className="card mb-6" aria-labelledby="history-h">
          <h2 id="history-h" className="font-semibold">
            The last {HISTORY_DAYS} days
          </h2>
          <p className="mt-1 mb-3 text-sm text-slate-600">
            One point per upload, judged at the time of the upload with the uploads known then (a later upload does not change an earlier
            point), one at the start of the period (the last upload before it) and one now. The verdict and score are the assessment&apos;s,
            with the stale, failed and missing backups counted as on the overview.
          </p>
          <LazyEvidenceHistoryChart charts={evidenceCharts(history)} />
        </section>
      ) : null}

      {planner ? (
        <section className="card mb-6" aria-labelledby="upload-h">
          <h2 id="upload-h" className="mb-3 font-semibold">
            Upload evidence
          </h2>
          <EvidenceUpload deploymentId={id} />
        </section>
      ) : null}

      <section className="card mb-6" aria-labelledby="uploads-h">
        <h2 id="uploads-h" className="font-semibold">
          Uploads ({totalUploads})
        </h2>
        <p className="mt-1 mb-2 text-sm text-slate-600">
          Every upload is kept as uploaded; uploads older than EVIDENCE_KEEP_DAYS (400 days unless set) are pruned with the next upload.
        </p>
        {uploads.length ? (
          <table className="w-full text-sm" data-testid="upload-list">
            <caption className="sr-only">Evidence uploads, newest first</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-2 pr-3">
                  Uploaded (UTC)
                </th>
                <th scope="col" className="py-2 pr-3">
                  By
                </th>
                <th scope="col" className="py-2 pr-3">
                  File
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Rows
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Failed runs
                </th>
                <th scope="col" className="py-2 text-right">
                  Warnings
                </th>
              </tr>
            </thead>
            <tbody>
              {uploads.map((u) => (
                <tr key={u.id} className="border-b border-slate-100">
                  <td className="py-1.5 pr-3 font-mono text-xs">{u.uploadedAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="py-1.5 pr-3 text-xs">{u.uploadedBy}</td>
                  <td className="py-1.5 pr-3 text-xs">{u.fileName || "—"}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{u.rows}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{u.failedRuns}</td>
                  <td className="py-1.5 text-right tabular-nums">{u.warnings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-600">None yet.</p>
        )}
      </section>

      {planner ? (
        <section className="card mb-6" aria-labelledby="tokens-h">
          <h2 id="tokens-h" className="font-semibold">
            Upload tokens for scheduled tasks
          </h2>
          <p className="mt-1 mb-3 text-sm text-slate-600">
            A token lets a scheduled task upload evidence for this deployment without anyone signing in, and does nothing else. Every use is
            in the audit log.
          </p>
          <EvidenceTokens
            deploymentId={id}
            tokens={tokens.map((t) => ({
              id: t.id,
              name: t.name,
              prefix: t.prefix,
              createdBy: t.createdBy,
              createdAt: t.createdAt.toISOString(),
              lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
              revokedAt: t.revokedAt?.toISOString() ?? null,
            }))}
          />
        </section>
      ) : null}
    </>
  );
}
