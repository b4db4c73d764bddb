"use client";
// The sections of the model editor, each its own page so that big deployments stay fast.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ModelCounts } from "@/lib/db/model-queries";

export const MODEL_SECTIONS: readonly { label: string; path: string; count?: keyof ModelCounts }[] = [
  { label: "General", path: "" },
  { label: "Sites", path: "/sites", count: "sites" },
  { label: "Pools", path: "/pools", count: "pools" },
  { label: "Servers", path: "/servers", count: "servers" },
  { label: "Databases", path: "/databases", count: "databases" },
  { label: "File shares", path: "/file-shares", count: "fileShares" },
  { label: "Dependencies", path: "/dependencies" },
  { label: "Certificates and DNS", path: "/certificates" },
  { label: "Priorities", path: "/priorities", count: "workloads" },
  { label: "People", path: "/people" },
  { label: "Backup practice", path: "/backup" },
  { label: "Recovery resources", path: "/recovery" },
];

export function ModelNav({ id, counts }: { id: string; counts: ModelCounts }) {
  const pathname = usePathname();
  const base = `/deployments/${id}/model`;
  return (
    <nav aria-label="Model sections" className="no-print">
      <ul className="flex gap-1 overflow-x-auto lg:flex-col lg:overflow-visible">
        {MODEL_SECTIONS.map((s) => {
          const href = base + s.path;
          const current = s.path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={s.path}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`flex items-center justify-between gap-3 rounded-md px-3 py-1.5 text-sm whitespace-nowrap ${
                  current ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                }`}
              >
                {s.label}
                {s.count ? (
                  <span className={`text-xs tabular-nums ${current ? "text-brand-700" : "text-slate-500"}`}>
                    {counts[s.count].toLocaleString("en-US")}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
