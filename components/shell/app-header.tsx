import Link from "next/link";
import { prisma } from "@/lib/db/client";
import { listDeployments } from "@/lib/db/deployment-store";
import { DeploymentPicker } from "./deployment-picker";

export async function AppHeader() {
  const deployments = await listDeployments(prisma);
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-brand-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded bg-brand-600 text-xs font-bold text-white">
            OCS
          </span>
          Backup Planner
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          <Link href="/" className="text-slate-700 hover:text-brand-700">
            Deployments
          </Link>
          <Link href="/import" className="text-slate-700 hover:text-brand-700">
            Import
          </Link>
          <Link href="/deployments/new" className="text-slate-700 hover:text-brand-700">
            New deployment
          </Link>
          <Link href="/compare" className="text-slate-700 hover:text-brand-700">
            Compare
          </Link>
          <Link href="/audit" className="text-slate-700 hover:text-brand-700">
            Audit log
          </Link>
        </nav>
        <div className="ml-auto">
          <DeploymentPicker deployments={deployments.map((d) => ({ id: d.id, name: d.name }))} />
        </div>
      </div>
    </header>
  );
}
