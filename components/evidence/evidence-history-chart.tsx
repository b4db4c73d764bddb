"use client";
// The last 90 days from the evidence: the data loss really allowed (worst item, or one chosen item)
// against its target, and whether all items were within target on each day.
import { useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { EvidenceCharts } from "@/lib/view/evidence";

export function EvidenceHistoryChart({ charts, animate = true }: { charts: EvidenceCharts; animate?: boolean }) {
  const [chosen, setChosen] = useState("");
  const item = charts.items.find((i) => i.key === chosen);
  // One point per day, both ends included: 91 points span 90 days.
  const days = Math.max(0, charts.deployment.length - 1);
  const notWithinDays = charts.deployment.filter((d) => d.within === 0).length;
  return (
    <div className="space-y-6">
      <figure>
        <figcaption className="mb-2 text-sm text-slate-700">
          Whole deployment: the largest data loss any item allowed each day, and the days on which not all items were within target
          ({notWithinDays} of {charts.deployment.length} days).
        </figcaption>
        <div style={{ width: "100%", height: 260 }} role="img" aria-label={`Worst data loss allowed per day over the last ${days} days; on ${notWithinDays} days not all items were within target`}>
          <ResponsiveContainer>
            <ComposedChart data={charts.deployment} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
              <YAxis yAxisId="h" unit=" h" tick={{ fontSize: 11 }} width={56} />
              <YAxis yAxisId="n" orientation="right" allowDecimals={false} tick={{ fontSize: 11 }} width={32} />
              <Tooltip formatter={(v, name) => (name === "worst" ? [`${v} h`, "Worst data loss allowed"] : [v, "Items not within target"])} />
              <Legend formatter={(v) => (v === "worst" ? "Worst data loss allowed (h)" : "Items not within target")} />
              <Bar yAxisId="n" dataKey="notWithin" fill="#fca5a5" isAnimationActive={animate} />
              <Line yAxisId="h" dataKey="worst" stroke="#1e3a8a" dot={false} connectNulls={false} isAnimationActive={animate} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>

      <figure>
        <div className="mb-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="history-item" className="label">One item</label>
            <select id="history-item" className="input w-96" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose an item…</option>
              {charts.items.map((i) => (
                <option key={i.key} value={i.key}>
                  {i.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {item ? (
          <>
            <figcaption className="mb-2 text-sm text-slate-700">
              {item.label}: data loss allowed each day{item.targetHours !== null ? `, against the ${item.targetHours} h target` : ""} and the planned {item.plannedRpoHours} h.
            </figcaption>
            <div style={{ width: "100%", height: 240 }} role="img" aria-label={`Data loss allowed per day for ${item.label}`}>
              <ResponsiveContainer>
                <ComposedChart data={item.rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
                  <YAxis unit=" h" tick={{ fontSize: 11 }} width={56} />
                  <Tooltip formatter={(v) => [`${v} h`, "Data loss allowed"]} />
                  {item.targetHours !== null ? <ReferenceLine y={item.targetHours} stroke="#dc2626" strokeDasharray="4 4" label={{ value: "target", fontSize: 11, position: "insideTopRight" }} /> : null}
                  <ReferenceLine y={item.plannedRpoHours} stroke="#64748b" strokeDasharray="2 2" label={{ value: "planned", fontSize: 11, position: "insideBottomRight" }} />
                  <Line dataKey="hours" stroke="#1e3a8a" dot={false} connectNulls={false} isAnimationActive={animate} />
                </ComposedChart>
              </ResponsiveContainer>
            </div>
          </>
        ) : null}
      </figure>
    </div>
  );
}
