import Link from "next/link";
import { prisma } from "@/lib/db/client";
import { listDeployments } from "@/lib/db/deployment-store";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DeploymentActions } from "@/components/deployments/deployment-actions";
import { requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";
import { loadListAssessments } from "@/lib/planning/load-evidence";
import { VerdictBadge } from "@/components/assessment/verdict";
import { whatIfsByBaseline } from "@/lib/db/what-if-store";
import { WhatIfControls } from "@/components/what-if/what-if-controls";
import { Fragment } from "react";

export default async function HomePage() {
  const user = await requireRole("viewer");
  const canEdit = allows(user.role, "planner");
  const [deployments, whatIfs] = await Promise.all([listDeployments(prisma), whatIfsByBaseline(prisma)]);
  // The overview's verdict and score, backup evidence counted (B10), judged at one moment for the whole list.
  const assessments = await loadListAssessments(deployments.map((d) => d.id));
  return (
    <>
      <PageHeader
        title="Deployments"
        description="Each deployment models one OCS 2007 R2 installation and the business priorities behind its backup plan. Duplicate one to try a what-if variant."
        actions={
          canEdit ? (
            <>
              <Link className="btn" href="/import">
                Import a deployment file
              </Link>
              <Link className="btn btn-primary" href="/deployments/new">
                New deployment
              </Link>
            </>
          ) : null
        }
      />
      {deployments.length === 0 ? (
        <EmptyState
          title="No deployments yet"
          actions={
            canEdit ? (
              <>
                <Link className="btn" href="/import">
                  Import a file
                </Link>
                <Link className="btn btn-primary" href="/deployments/new">
                  Create one by hand
                </Link>
              </>
            ) : null
          }
        >
          {canEdit
            ? "Import a deployment file (JSON or YAML, format ocs-backup-plan/v1) or describe your sites, pools and servers in the forms."
            : "A planner has not added any deployment yet."}
        </EmptyState>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Stored deployments</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Protection</th>
                <th scope="col">Forest</th>
                <th scope="col" className="text-right">
                  Sites
                </th>
                <th scope="col" className="text-right">
                  Pools
                </th>
                <th scope="col" className="text-right">
                  Servers
                </th>
                <th scope="col">Last change</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deployments.map((d, i) => (
                <Fragment key={d.id}>
                  <tr data-deployment={d.id}>
                    <td>
                      <Link className="font-medium text-brand-700 hover:underline" href={`/deployments/${d.id}`}>
                        {d.name}
                      </Link>
                    </td>
                    <td data-testid="deployment-verdict">
                      {assessments[i] ? <VerdictBadge verdict={assessments[i].verdict} score={assessments[i].score} /> : "—"}
                    </td>
                    <td className="font-mono text-xs">{d.forest}</td>
                    <td className="text-right tabular-nums">{d.sites}</td>
                    <td className="text-right tabular-nums">{d.pools}</td>
                    <td className="text-right tabular-nums">{d.servers}</td>
                    <td className="text-slate-600">
                      <time dateTime={d.updatedAt.toISOString()}>{d.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                    </td>
                    <td>{canEdit ? <DeploymentActions id={d.id} name={d.name} /> : null}</td>
                  </tr>
                  {(whatIfs.get(d.id) ?? []).map((w) => (
                    <tr key={w.id} data-what-if={w.id} data-baseline={d.id} className="bg-slate-50">
                      <td colSpan={7} className="pl-8 text-sm">
                        <span className="text-slate-600">What-if of {d.name}:</span>{" "}
                        <Link className="text-brand-700 hover:underline" href={`/compare?a=${d.id}&b=${w.id}`}>
                          {w.title}
                        </Link>
                        {w.baselineVersion !== d.version ? (
                          <span className="ml-1 text-xs text-amber-800">
                            (made of version {w.baselineVersion}; the baseline changed since)
                          </span>
                        ) : null}
                      </td>
                      <td>{canEdit ? <WhatIfControls whatIfId={w.id} title={w.title} apply={w.baselineVersion === d.version} /> : null}</td>
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
