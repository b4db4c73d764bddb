"use client";
// The tabs of one deployment. The current tab is marked with aria-current="page" (and its look);
// the Model tab stays current on every page of the model editor.
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { label: "Overview", path: "" },
  { label: "Model", path: "/model" },
  { label: "Topology", path: "/topology" },
  { label: "Backup plan", path: "/plan" },
  { label: "Runbooks", path: "/runbooks" },
  { label: "Timeline", path: "/timeline" },
  { label: "Gaps", path: "/gaps" },
  { label: "Register", path: "/register" },
  { label: "Evidence", path: "/evidence" },
  { label: "Checklists", path: "/checklists" },
  { label: "Runs", path: "/runs" },
  { label: "Exercises", path: "/exercises" },
  { label: "Drills", path: "/drills" },
  { label: "Assumptions", path: "/assumptions" },
  { label: "Versions", path: "/versions" },
  { label: "Contingency plan", path: "/contingency-plan" },
  { label: "Successor", path: "/successor" },
] as const;

export function isCurrentTab(pathname: string, base: string, path: string): boolean {
  const href = base + path;
  return path === "" ? pathname === href || pathname === `${href}/` : pathname === href || pathname.startsWith(`${href}/`);
}

export function DeploymentNav({ id, name }: { id: string; name: string }) {
  const pathname = usePathname();
  const base = `/deployments/${id}`;
  return (
    <div className="no-print -mt-2 mb-6 border-b border-slate-200">
      <p className="mb-2 text-sm text-slate-600">
        <Link href="/" className="hover:text-brand-700 hover:underline">
          Deployments
        </Link>
        <span aria-hidden className="mx-1.5 text-slate-400">
          /
        </span>
        <span className="font-medium text-slate-800">{name}</span>
      </p>
      {/* 17 tabs: they wrap onto a second row on wide screens (none hidden off to the right) and scroll on phones. */}
      <nav aria-label="Deployment sections" className="-mb-px flex gap-1 overflow-x-auto md:flex-wrap md:overflow-visible">
        {TABS.map((tab) => {
          const current = isCurrentTab(pathname, base, tab.path);
          return (
            <Link
              key={tab.label}
              href={base + tab.path}
              aria-current={current ? "page" : undefined}
              className={`border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap ${
                current
                  ? "border-brand-600 text-brand-700"
                  : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
              }`}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
