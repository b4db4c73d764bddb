// The four protection statuses as shapes as well as colours (a check, a half-filled disc, a cross,
// a dash), so the picture reads in greyscale print and without colour vision.
import { PROTECTION_LABELS, type ProtectionStatus } from "@/lib/view/protection";

export const STATUS_COLORS: Record<ProtectionStatus, { fill: string; stroke: string; ink: string }> = {
  protected: { fill: "#ecfdf5", stroke: "#059669", ink: "#065f46" },
  partly: { fill: "#fffbeb", stroke: "#d97706", ink: "#92400e" },
  unprotected: { fill: "#fef2f2", stroke: "#dc2626", ink: "#991b1b" },
  "not-applicable": { fill: "#f8fafc", stroke: "#94a3b8", ink: "#475569" },
};

/** The status glyph centred on (cx, cy), for use inside an SVG. */
export function StatusGlyph({ status, cx, cy, r = 9 }: { status: ProtectionStatus; cx: number; cy: number; r?: number }) {
  const c = STATUS_COLORS[status].stroke;
  const k = r * 0.45;
  switch (status) {
    case "protected":
      return (
        <g aria-hidden="true">
          <circle cx={cx} cy={cy} r={r} fill={c} />
          <path
            d={`M${cx - k} ${cy + 0.1 * r} L${cx - 0.1 * r} ${cy + k} L${cx + k} ${cy - k}`}
            fill="none"
            stroke="#fff"
            strokeWidth={2}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </g>
      );
    case "partly":
      return (
        <g aria-hidden="true">
          <circle cx={cx} cy={cy} r={r - 1} fill="#fff" stroke={c} strokeWidth={2} />
          <path d={`M${cx} ${cy - r + 1} A${r - 1} ${r - 1} 0 0 0 ${cx} ${cy + r - 1} Z`} fill={c} />
        </g>
      );
    case "unprotected":
      return (
        <g aria-hidden="true">
          <circle cx={cx} cy={cy} r={r} fill={c} />
          <path
            d={`M${cx - k} ${cy - k} L${cx + k} ${cy + k} M${cx + k} ${cy - k} L${cx - k} ${cy + k}`}
            stroke="#fff"
            strokeWidth={2}
            strokeLinecap="round"
          />
        </g>
      );
    default:
      return (
        <g aria-hidden="true">
          <circle cx={cx} cy={cy} r={r - 1} fill="#fff" stroke={c} strokeWidth={1.5} strokeDasharray="2 2" />
          <path d={`M${cx - k} ${cy} L${cx + k} ${cy}`} stroke={c} strokeWidth={2} strokeLinecap="round" />
        </g>
      );
  }
}

/** The glyph inline in HTML text, followed by the status in words unless `label` is false. */
export function StatusIcon({ status, label = true }: { status: ProtectionStatus; label?: boolean }) {
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true" className="shrink-0">
        <StatusGlyph status={status} cx={10} cy={10} />
      </svg>
      {label ? <span>{PROTECTION_LABELS[status]}</span> : null}
    </span>
  );
}
