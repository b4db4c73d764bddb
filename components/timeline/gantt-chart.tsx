// A scenario's restore schedule as a Gantt chart in plain SVG (a server component: no script, no
// animation, prints as drawn). Rows are steps (who in the second column) or administrator lanes.
// Critical steps are drawn solid with a dark outline and a ◆ mark, the others paler; waiting steps are
// hatched. Under the steps, one row per workload: down from the loss until the marker, its target as a
// dashed tick. The chart is one image for assistive technology: the tables under it carry the data.
import { WORKLOAD_LABELS } from "@/lib/formats/enums";
import type { GanttBar, GanttLane, WorkloadMarker } from "@/lib/view/timeline";
import { formatScheduleMinutes } from "@/lib/view/durations";
import { StatusGlyph } from "@/components/topology/status-icon";

export const ADMIN_COLORS = ["#2563eb", "#7c3aed", "#0d9488", "#db2777", "#ca8a04", "#4f46e5", "#15803d", "#ea580c"];
export const adminColor = (assignee: number | null) => (assignee === null ? "#64748b" : ADMIN_COLORS[(assignee - 1) % ADMIN_COLORS.length]);

const WIDTH = 1120;
const ROW = 22;
const BAR = 14;
const AXIS = 30;
const RIGHT = 24;
const TOOLTIPS_UP_TO = 600;
const SANS = "ui-sans-serif, system-ui, 'Segoe UI', Roboto, Arial, sans-serif";

export interface GanttChartProps {
  id: string;
  title: string;
  description: string;
  mode: "steps" | "lanes";
  bars: GanttBar[];
  lanes: GanttLane[];
  markers: WorkloadMarker[];
  /** Axis length and ticks, in minutes. */
  extent: number;
  ticks: number[];
  /** When everything is back (the scenario's RTO), in minutes. */
  everything: number;
}

export function GanttChart({ id, title, description, mode, bars, lanes, markers, extent, ticks, everything }: GanttChartProps) {
  // Wide enough for a step title, or (lanes) for the workload names under the lanes.
  const labelWidth = mode === "steps" ? 440 : 200;
  const x0 = labelWidth + 12;
  const x1 = WIDTH - RIGHT;
  const x = (minutes: number) => x0 + (Math.min(minutes, extent) / extent) * (x1 - x0);
  const rows: { key: string; label: string; who?: string; critical?: boolean; bars: GanttBar[] }[] =
    mode === "steps"
      ? bars.map((b) => ({ key: `s${b.order}`, label: `${b.order}. ${b.title}`, who: b.who, critical: b.critical, bars: [b] }))
      : lanes.map((l, i) => ({ key: `l${i}`, label: l.label, bars: l.bars }));
  // Tooltips double the markup of a schedule of thousands of steps; the table and runbook have the text.
  const tooltips = bars.length <= TOOLTIPS_UP_TO;
  const stepsBottom = AXIS + rows.length * ROW;
  const workloadsTop = stepsBottom + 46;
  const height = workloadsTop + markers.length * 26 + 12;
  // Who first, then the title, cut to what fits before the bars (bold titles run wider).
  const titleX = mode === "steps" ? 84 : 18;
  const maxChars = (critical?: boolean) => Math.floor((labelWidth - titleX - 8) / (critical ? 6.9 : 6.3));

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid="gantt"
      data-mode={mode}
      fontFamily={SANS}
      className="block h-auto min-w-[760px]"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f1f5f9" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#94a3b8" strokeWidth="2.5" />
        </pattern>
      </defs>

      {/* Axis: hour ticks and grid lines across the steps and the workloads. */}
      <g fontSize={11} fill="#475569">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={AXIS - 6} y2={height - 8} stroke="#e2e8f0" />
            <text x={x(t)} y={AXIS - 12} textAnchor={t === 0 ? "start" : "middle"}>
              {t === 0 ? "loss" : formatScheduleMinutes(t)}
            </text>
          </g>
        ))}
      </g>

      {rows.map((r, i) => {
        const y = AXIS + i * ROW;
        const max = maxChars(r.critical);
        const label = r.label.length > max ? `${r.label.slice(0, max - 1)}…` : r.label;
        return (
          <g key={r.key} data-row={r.key} data-critical={r.critical ? "true" : undefined}>
            {i % 2 === 1 ? <rect x={0} y={y} width={WIDTH} height={ROW} fill="#f8fafc" /> : null}
            {r.critical ? <path d={`M${6} ${y + ROW / 2} l4 -4 l4 4 l-4 4 z`} fill="#b91c1c" /> : null}
            {r.who ? (
              <text
                x={18}
                y={y + 15}
                fontSize={11}
                fill={r.who === "waiting" ? "#475569" : adminColor(r.bars[0].assignee)}
                fontStyle={r.who === "waiting" ? "italic" : undefined}
                fontWeight={500}
              >
                {r.who}
              </text>
            ) : null}
            <text x={titleX} y={y + 15} fontSize={11.5} fill="#0f172a" fontWeight={r.critical ? 600 : 400}>
              {label}
            </text>
            {r.bars.map((b) => (
              <Bar
                key={b.order}
                bar={b}
                x={x}
                y={y + (ROW - BAR) / 2}
                hatch={`url(#${id}-hatch)`}
                showOrder={mode === "lanes"}
                tooltip={tooltips}
              />
            ))}
          </g>
        );
      })}

      {/* Everything back: the scenario's recovery time. */}
      <line x1={x(everything)} x2={x(everything)} y1={AXIS - 4} y2={height - 8} stroke="#0f172a" strokeDasharray="5 3" strokeWidth={1.25} />

      <line x1={0} x2={WIDTH} y1={stepsBottom + 6} y2={stepsBottom + 6} stroke="#cbd5e1" />
      <text x={6} y={stepsBottom + 24} fontSize={12} fontWeight={600} fill="#0f172a">
        Workloads back
      </text>
      <text x={x(everything) - 6} y={stepsBottom + 24} fontSize={11} fill="#0f172a" textAnchor="end">
        everything back {formatScheduleMinutes(everything)}
      </text>
      {markers.map((m, i) => (
        <Marker key={m.workload} marker={m} y={workloadsTop + i * 26} x={x} extent={extent} x1={x1} />
      ))}
    </svg>
  );
}

function Bar({
  bar,
  x,
  y,
  hatch,
  showOrder,
  tooltip,
}: {
  bar: GanttBar;
  x: (m: number) => number;
  y: number;
  hatch: string;
  showOrder: boolean;
  tooltip: boolean;
}) {
  const left = x(bar.start);
  const width = x(bar.finish) - left;
  const tip = `${bar.order}. ${bar.title}${bar.server ? ` (${bar.server})` : ""} — ${bar.who}, ${formatScheduleMinutes(bar.start)} to ${formatScheduleMinutes(bar.finish)}${bar.critical ? ", critical" : ""}`;
  if (bar.minutes === 0) {
    // A checkpoint: a diamond at its moment.
    return (
      <path
        d={`M${left} ${y - 1} l${BAR / 2 + 1} ${BAR / 2 + 1} l${-(BAR / 2 + 1)} ${BAR / 2 + 1} l${-(BAR / 2 + 1)} ${-(BAR / 2 + 1)} z`}
        fill={bar.critical ? "#0f172a" : "#fff"}
        stroke="#0f172a"
        strokeWidth={1.25}
        data-step={bar.order}
      >
        {tooltip ? <title>{tip}</title> : null}
      </path>
    );
  }
  const fill = bar.waiting ? hatch : adminColor(bar.assignee);
  return (
    <g data-step={bar.order} data-critical={bar.critical ? "true" : undefined}>
      {tooltip ? <title>{tip}</title> : null}
      <rect
        x={left}
        y={y}
        width={Math.max(width, 2)}
        height={BAR}
        rx={2}
        fill={fill}
        fillOpacity={bar.critical || bar.waiting ? 1 : 0.45}
        // A sliver of a bar (thousands of steps on one axis) would be all outline: keep it solid instead.
        stroke={bar.critical && width >= 6 ? "#0f172a" : bar.waiting ? "#94a3b8" : "none"}
        strokeWidth={bar.critical ? 2 : 1}
      />
      {showOrder && width > 22 ? (
        <text x={left + 4} y={y + 11} fontSize={10} fill={bar.waiting ? "#0f172a" : "#fff"}>
          {bar.order}
        </text>
      ) : null}
    </g>
  );
}

function Marker({ marker, y, x, extent, x1 }: { marker: WorkloadMarker; y: number; x: (m: number) => number; extent: number; x1: number }) {
  // Targets beyond the axis are only named in the text: stretching the axis to a 72 h target would squash the steps.
  const back = x(marker.back);
  const status = marker.meets === null ? "not-applicable" : marker.meets ? "protected" : "unprotected";
  const label = WORKLOAD_LABELS[marker.workload];
  const verdict =
    marker.meets === null ? "no target" : `target ${formatScheduleMinutes(marker.target ?? 0)}: ${marker.meets ? "meets" : "misses"}`;
  const text = `${marker.reducedCapacity ? "full capacity" : "back"} ${formatScheduleMinutes(marker.back)} · ${verdict}`;
  const textRight = back + 14 + text.length * 6.2 < x1;
  return (
    <g data-workload={marker.workload}>
      <text x={18} y={y + 4} fontSize={11.5} fill="#0f172a">
        {label}
      </text>
      <line
        x1={x(0)}
        x2={back}
        y1={y}
        y2={y}
        stroke={marker.reducedCapacity ? "#f59e0b" : "#fca5a5"}
        strokeWidth={4}
        strokeDasharray={marker.reducedCapacity ? "6 3" : undefined}
      />
      {marker.target !== null && marker.target <= extent ? (
        <line x1={x(marker.target)} x2={x(marker.target)} y1={y - 9} y2={y + 9} stroke="#0f172a" strokeWidth={2} strokeDasharray="3 2" />
      ) : null}
      <StatusGlyph status={status} cx={back} cy={y} r={7} />
      <text x={textRight ? back + 12 : back - 12} y={y + 4} fontSize={11} fill="#0f172a" textAnchor={textRight ? "start" : "end"}>
        {text}
      </text>
    </g>
  );
}
