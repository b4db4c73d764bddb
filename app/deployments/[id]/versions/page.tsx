import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { listVersions, loadVersion, planVersionStatus } from "@/lib/db/version-store";
import { listAudit } from "@/lib/db/audit-store";
import { loadPlanWithEvidence } from "@/lib/planning/load-evidence";
import { diffAssumptions, diffServers, diffVersions } from "@/lib/view/version-diff";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ApproveForm } from "@/components/versions/approve-form";
import { VersionDiffView } from "@/components/versions/version-diff-view";
import { AuditTable, formatWhen } from "@/components/audit/audit-table";
import { actorName, requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Plan versions" };

const numberParam = (v: string | string[] | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);

export default async function VersionsPage({ params, searchParams }: PageProps<"/deployments/[id]/versions">) {
  const user = await requireRole("viewer");
  const { id } = await params;
  const sp = await searchParams;
  // Judged as the overview judges it (evidence, exercise records), so the score and gap count agree.
  const judged = await loadPlanWithEvidence(id);
  if (!judged) notFound();
  const { planned } = judged;
  const assumptionsVersion = planned.assumptionsVersion ?? 0;
  const [versions, audit, current] = await Promise.all([
    listVersions(prisma, id),
    listAudit(prisma, { deploymentId: id, take: 10 }),
    planVersionStatus(prisma, id, planned.stored.version, assumptionsVersion),
  ]);

  // Compare: ?a=<older>&b=<newer>; by default the last two approved versions.
  const a = numberParam(sp.a) ?? versions[1]?.number;
  const b = numberParam(sp.b) ?? versions[0]?.number;
  const [va, vb] = a && b && a !== b ? await Promise.all([loadVersion(prisma, id, a), loadVersion(prisma, id, b)]) : [null, null];
  const diff = va && vb ? diffVersions(va, vb) : null;
  const base = `/deployments/${id}/versions`;
  // The draft against the last approved plan version: what approving it would change.
  const lastApproved = !current.approved && versions[0] ? await loadVersion(prisma, id, versions[0].number) : null;
  const sinceApproved = lastApproved
    ? {
        assumptions: diffAssumptions(lastApproved.assumptions, planned.assumptionOverrides as Record<string, number>),
        servers: diffServers(lastApproved.deployment.servers, planned.stored.deployment.servers),
        deploymentChanged: lastApproved.deploymentVersion !== planned.stored.version,
      }
    : null;

  return (
    <>
      <PageHeader
        title="Plan versions"
        description="Approve the plan to freeze the deployment file and its runbooks as a numbered version. Approved versions stay readable and printable as they were, whatever changes later; compare two of them to see what changed."
      />

      <section className="card mb-6" aria-labelledby="approve-h">
        <h2 id="approve-h" className="font-semibold">
          Approve this plan
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          <span data-testid="current-plan-version">
            Plan version {current.number} (deployment version {planned.stored.version}, assumptions version {assumptionsVersion}):{" "}
            {current.approved ? `approved by ${current.approved.approvedBy}` : "draft, not approved"}.
          </span>{" "}
          A change to the deployment, its assumptions or a calibration makes a new plan version. Resilience score{" "}
          {planned.plan.assessment.score}/100 with {planned.plan.gaps.length} gap
          {planned.plan.gaps.length === 1 ? "" : "s"}
          {judged.withEvidence ? " (backup evidence counted)" : ""} and {planned.plan.scenarios.length} restore scenario
          {planned.plan.scenarios.length === 1 ? "" : "s"}.{current.approved ? ` This plan version is already approved.` : ""}
        </p>
        {lastApproved && sinceApproved ? (
          <div className="mt-3 text-sm" data-testid="draft-changes">
            <h3 className="font-semibold">What changed since plan version {lastApproved.number}</h3>
            <ul className="mt-1 list-disc pl-5">
              {sinceApproved.assumptions.map((a) => (
                <li key={a.key}>
                  {a.label}: {a.from} → {a.to} {a.unit}
                </li>
              ))}
              {sinceApproved.deploymentChanged ? (
                <li>
                  The deployment: version {lastApproved.deploymentVersion} → {planned.stored.version} ({sinceApproved.servers.added.length}{" "}
                  server{sinceApproved.servers.added.length === 1 ? "" : "s"} added, {sinceApproved.servers.removed.length} removed,{" "}
                  {sinceApproved.servers.changed.length} changed)
                </li>
              ) : null}
              {sinceApproved.assumptions.length === 0 && !sinceApproved.deploymentChanged ? (
                <li>The assumptions were saved again with the values of plan version {lastApproved.number}.</li>
              ) : null}
            </ul>
          </div>
        ) : null}
        {allows(user.role, "planner") ? (
          <ApproveForm
            deploymentId={id}
            version={planned.stored.version}
            assumptionsVersion={assumptionsVersion}
            planVersion={current.number}
            approverName={actorName(user)}
          />
        ) : (
          <p className="mt-3 text-sm text-slate-600">Approving needs the planner role.</p>
        )}
      </section>

      <section className="card mb-6" aria-labelledby="versions-h">
        <h2 id="versions-h" className="font-semibold">
          Approved versions
        </h2>
        {versions.length === 0 ? (
          <EmptyState title="No version approved yet" headingLevel={3}>
            Review the backup plan and the runbooks, then approve them above.
          </EmptyState>
        ) : (
          <table className="table mt-2" data-testid="versions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Approved</th>
                <th scope="col">By</th>
                <th scope="col">Note</th>
                <th scope="col" className="text-right">
                  Deployment version
                </th>
                <th scope="col" className="text-right">
                  Assumptions version
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number}>
                  <td>
                    <Link className="font-semibold text-brand-700 hover:underline" href={`${base}/${v.number}`}>
                      Version {v.number}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap tabular-nums">
                    <time dateTime={v.approvedAt.toISOString()}>{formatWhen(v.approvedAt)}</time>
                  </td>
                  <td>{v.approvedBy}</td>
                  <td className="text-sm">{v.note}</td>
                  <td className="text-right tabular-nums">{v.deploymentVersion}</td>
                  <td className="text-right tabular-nums">{v.assumptionsVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {versions.length >= 2 ? (
        <section className="card mb-6" aria-labelledby="compare-h">
          <h2 id="compare-h" className="font-semibold">
            Compare two versions
          </h2>
          <form method="get" className="mt-2 flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="compare-a" className="label">
                From version
              </label>
              <select id="compare-a" name="a" defaultValue={a ? String(a) : undefined} className="input w-40">
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    Version {v.number}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="compare-b" className="label">
                To version
              </label>
              <select id="compare-b" name="b" defaultValue={b ? String(b) : undefined} className="input w-40">
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    Version {v.number}
                  </option>
                ))}
              </select>
            </div>
            <button className="btn">Compare</button>
          </form>
          {a === b ? <p className="mt-3 text-sm text-slate-700">Choose two different versions.</p> : null}
          {diff && va && vb ? <VersionDiffView diff={diff} from={va.number} to={vb.number} /> : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="recent-h">
        <h2 id="recent-h" className="font-semibold">
          Recent changes
        </h2>
        {audit.entries.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Nothing recorded yet.</p>
        ) : (
          <AuditTable entries={audit.entries} showDeployment={false} caption="Recent changes to this deployment, newest first" />
        )}
        <p className="mt-3 text-sm">
          <Link className="text-brand-700 hover:underline" href={`/audit?deployment=${encodeURIComponent(id)}`}>
            Full audit log of this deployment ({audit.total} entr{audit.total === 1 ? "y" : "ies"})
          </Link>
        </p>
      </section>
    </>
  );
}
