import { adminColor } from "./gantt-chart";

export function TimelineLegend({ admins }: { admins: readonly number[] }) {
  return (
    <ul className="mb-3 flex flex-wrap gap-x-5 gap-y-1.5 text-xs text-slate-700" aria-label="Chart legend" data-testid="timeline-legend">
      {admins.map((a) => (
        <li key={a} className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-5 rounded-sm" style={{ background: adminColor(a) }} />
          admin {a}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden
          className="inline-block h-3 w-5 rounded-sm border border-slate-400"
          style={{ background: "repeating-linear-gradient(45deg,#f1f5f9 0 3px,#94a3b8 3px 5px)" }}
        />
        waiting (occupies nobody)
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-3 w-5 rounded-sm border-2 border-slate-900 bg-slate-500" />
        <span aria-hidden className="text-red-700">
          ◆
        </span>{" "}
        critical path (solid, outlined); other steps pale
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-0 w-5 border-t-2 border-dashed border-slate-900" />
        target / everything back
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-1 w-5 rounded-sm bg-red-300" />
        workload down until its marker: ✓ meets its target, ✕ misses it, – has none (a target beyond the axis is named in the text)
      </li>
    </ul>
  );
}
