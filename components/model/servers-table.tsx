// The servers list of the model editor: one page of rows, with links to edit each server.
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/formats/enums";
import type { ServerRow } from "@/lib/db/server-queries";

export function ServersTable({ deploymentId, servers }: { deploymentId: string; servers: readonly ServerRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="table [&_td:first-child]:pl-5 [&_td:last-child]:pr-5 [&_th:first-child]:pl-5 [&_th:last-child]:pr-5">
        <caption className="sr-only">Servers</caption>
        <thead>
          <tr>
            <th scope="col">FQDN</th>
            <th scope="col">Site</th>
            <th scope="col">Pool</th>
            <th scope="col">Roles</th>
            <th scope="col">Spare hardware</th>
          </tr>
        </thead>
        <tbody>
          {servers.map((s) => (
            <tr key={s.fqdn}>
              <td>
                <Link
                  href={`/deployments/${deploymentId}/model/servers/${encodeURIComponent(s.fqdn)}`}
                  className="font-mono text-[0.8125rem] font-medium text-brand-700 hover:underline"
                >
                  {s.fqdn}
                </Link>
              </td>
              <td>{s.site}</td>
              <td className="font-mono text-[0.8125rem]">{s.pool ?? <span className="font-sans text-slate-400">—</span>}</td>
              <td>
                <ul className="flex flex-wrap gap-1">
                  {s.roles.map((r) => (
                    <li key={r} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                      {ROLE_LABELS[r]}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{s.spareHardware ? "Yes" : <span className="text-slate-500">No</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous / next links that keep the search and role filter. */
export function Pagination({
  base,
  query,
  page,
  pageCount,
}: {
  base: string;
  query: Record<string, string>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams({ ...query, ...(p > 1 ? { page: String(p) } : {}) });
    const s = params.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 border-t border-slate-100 px-5 py-3 text-sm">
      {page > 1 ? (
        <Link className="btn" href={href(page - 1)} rel="prev">
          Previous page
        </Link>
      ) : (
        <span className="btn pointer-events-none opacity-50" aria-disabled="true">
          Previous page
        </span>
      )}
      <span className="text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="btn" href={href(page + 1)} rel="next">
          Next page
        </Link>
      ) : (
        <span className="btn pointer-events-none opacity-50" aria-disabled="true">
          Next page
        </span>
      )}
    </nav>
  );
}
