"use client";

import { Bar, CartesianGrid, Cell, ComposedChart, Legend, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";

import type { RtoDatum } from "@/lib/view/overview";

export type { RtoDatum };

/** A target drawn as a short horizontal bar across the workload's column. */
function TargetMark(props: { cx?: number; cy?: number }) {
  if (props.cx === undefined || props.cy === undefined) return <g />;
  return <rect x={props.cx - 22} y={props.cy - 1.5} width={44} height={3} fill="#0f172a" />;
}

/**
 * Recovery time per workload against its target. `animate` is off for print and screenshots:
 * Recharts animates bars in, so a page printed at once would show them empty.
 */
export function RtoChart({ data, animate = true, height = 320 }: { data: RtoDatum[]; animate?: boolean; height?: number }) {
  return (
    <div
      style={{ width: "100%", height }}
      role="img"
      aria-label={`Recovery time per workload: ${data.map((d) => `${d.workload} ${d.rtoHours} h${d.targetHours !== null ? ` (target ${d.targetHours} h)` : ""}`).join("; ")}`}
    >
      <ResponsiveContainer>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="workload" tick={{ fontSize: 11 }} interval={0} height={80} angle={-30} textAnchor="end" />
          <YAxis unit=" h" tick={{ fontSize: 11 }} width={48} />
          <Tooltip formatter={(v, name) => [`${v} h`, name === "rtoHours" ? "Back after" : "Target"]} />
          <Legend formatter={(v) => (v === "rtoHours" ? "Estimated recovery time" : "Target")} />
          <Bar dataKey="rtoHours" isAnimationActive={animate}>
            {data.map((d) => (
              <Cell key={d.workload} fill={d.meets === false ? "#dc2626" : d.meets ? "#16a34a" : "#64748b"} />
            ))}
          </Bar>
          <Scatter dataKey="targetHours" shape={<TargetMark />} isAnimationActive={false} fill="#0f172a" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
