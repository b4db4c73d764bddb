const STYLES = {
  critical: "bg-red-100 text-red-800 border-red-300",
  warning: "bg-amber-100 text-amber-900 border-amber-300",
  info: "bg-sky-100 text-sky-900 border-sky-300",
} as const;

export function SeverityBadge({ severity }: { severity: keyof typeof STYLES }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold uppercase ${STYLES[severity]}`}>{severity}</span>
  );
}

export function MeetsBadge({ meets }: { meets: boolean | null }) {
  if (meets === null) return <span className="text-xs text-slate-500">no target</span>;
  return meets ? (
    <span className="inline-block rounded border border-emerald-300 bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold text-emerald-800">
      meets target
    </span>
  ) : (
    <span className="inline-block rounded border border-red-300 bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-800">
      misses target
    </span>
  );
}
