import Link from "next/link";
import type { AuditRecord } from "@/lib/db/audit-store";

export const formatWhen = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Audit entries, newest first: when, who, what, which deployment, detail. */
export function AuditTable({
  entries,
  showDeployment = true,
  caption,
}: {
  entries: AuditRecord[];
  showDeployment?: boolean;
  caption: string;
}) {
  return (
    <table className="table mt-2" data-testid="audit-log">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          {showDeployment ? <th scope="col">Deployment</th> : null}
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td className="whitespace-nowrap tabular-nums">
              <time dateTime={e.at.toISOString()}>{formatWhen(e.at)}</time>
            </td>
            <td>{e.actor}</td>
            <td>
              <code className="text-xs">{e.action}</code>
            </td>
            {showDeployment ? (
              <td>
                {e.deploymentId ? (
                  <Link className="text-brand-700 hover:underline" href={`/audit?deployment=${encodeURIComponent(e.deploymentId)}`}>
                    {e.deploymentName}
                  </Link>
                ) : (
                  e.deploymentName || <span className="text-slate-500">accounts</span>
                )}
              </td>
            ) : null}
            <td className="text-sm break-words">{e.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
