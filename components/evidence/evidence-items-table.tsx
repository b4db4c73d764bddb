// Per planned item: the last good backup, its age, the data loss it allows now against the planned
// RPO and the target, failed runs since, and the status. Used by the evidence page and the upload preview.
import type { EvidenceItem } from "@/lib/formats/plan";
import { evidenceStatusLabel } from "@/lib/view/evidence";

const STATUS_CLASS: Record<EvidenceItem["status"], string> = {
  ok: "bg-green-100 text-green-800",
  "failed-runs": "bg-amber-100 text-amber-900",
  stale: "bg-red-100 text-red-800",
  "no-good-backup": "bg-red-100 text-red-800",
  "no-evidence": "bg-slate-200 text-slate-800",
};

const h = (x: number | null) => (x === null ? "—" : `${x} h`);

export function EvidenceItemsTable({ items, caption }: { items: EvidenceItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="evidence-items">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="py-2 pr-3">
              Item
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2 pr-3">
              Last good backup (UTC)
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Age
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Data loss allowed now
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Planned RPO
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Target
            </th>
            <th scope="col" className="py-2 text-right">
              Failed runs since
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr
              key={`${i.kind}|${i.server}|${i.item}`}
              className="border-b border-slate-100"
              data-status={i.status}
              data-item={i.item}
              data-server={i.server ?? ""}
            >
              <td className="py-1.5 pr-3">
                <span className="text-xs text-slate-500">{i.kind}</span> <span className="font-medium">{i.subject}</span>
              </td>
              <td className="py-1.5 pr-3">
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_CLASS[i.status]}`}>{evidenceStatusLabel(i)}</span>
              </td>
              <td className="py-1.5 pr-3 font-mono text-xs">{i.lastGoodAt ?? "none"}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{h(i.ageHours)}</td>
              <td
                className={`py-1.5 pr-3 text-right font-medium tabular-nums ${i.meets === false || i.status === "stale" ? "text-red-700" : ""}`}
              >
                {h(i.actualRpoHours)}
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{h(i.plannedRpoHours)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{h(i.targetHours)}</td>
              <td className={`py-1.5 text-right tabular-nums ${i.failedRuns > 0 ? "font-medium text-amber-800" : ""}`}>{i.failedRuns}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
