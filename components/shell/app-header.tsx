import Link from "next/link";
import { prisma } from "@/lib/db/client";
import { listDeployments } from "@/lib/db/deployment-store";
import { currentUser } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/server-actions/sign-in";
import { DeploymentPicker } from "./deployment-picker";

const navLink = "text-slate-700 hover:text-brand-700";

// Deployment names and the navigation appear only to someone signed in: the sign-in page shows nothing.
export async function AppHeader() {
  const user = await currentUser();
  const deployments = user ? await listDeployments(prisma) : [];
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-brand-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded bg-brand-600 text-xs font-bold text-white">
            OCS
          </span>
          Backup Planner
        </Link>
        {user ? (
          <>
            <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <Link href="/" className={navLink}>
                Deployments
              </Link>
              {allows(user.role, "planner") ? (
                <>
                  <Link href="/import" className={navLink}>
                    Import
                  </Link>
                  <Link href="/deployments/new" className={navLink}>
                    New deployment
                  </Link>
                </>
              ) : null}
              <Link href="/compare" className={navLink}>
                Compare
              </Link>
              <Link href="/audit" className={navLink}>
                Audit log
              </Link>
              {allows(user.role, "admin") ? (
                <Link href="/admin/users" className={navLink}>
                  Users
                </Link>
              ) : null}
            </nav>
            <div className="ml-auto flex flex-wrap items-center gap-3">
              <DeploymentPicker deployments={deployments.map((d) => ({ id: d.id, name: d.name }))} />
              <Link
                href="/account"
                className="text-sm text-slate-700 hover:text-brand-700"
                aria-label={`Your account: ${user.name}, ${user.role}`}
              >
                {user.name} <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{user.role}</span>
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="text-sm text-slate-700 underline hover:text-brand-700">
                  Sign out
                </button>
              </form>
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
