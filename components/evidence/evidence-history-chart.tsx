"use client";
// The last 90 days from the evidence, one point per upload (judged at its time with the uploads known
// then), the start of the period and now: the assessment's verdict as a step series over its three
// levels, the score, the worst data loss any item really allowed; per item its data loss against its
// target and planned RPO.
import { useState } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { VERDICT_LEVEL_LABELS, type EvidenceCharts } from "@/lib/view/evidence";

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const stamp = (t: number) => new Date(t).toISOString().slice(0, 16).replace("T", " ") + " UTC";
const LEVEL_FILL = ["#fee2e2", "#fef3c7", "#d1fae5"];

function TimeAxis({ from, to }: { from: number; to: number }) {
  return <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} tickFormatter={day} tick={{ fontSize: 11 }} minTickGap={32} />;
}

export function EvidenceHistoryChart({ charts, animate = true }: { charts: EvidenceCharts; animate?: boolean }) {
  const [chosen, setChosen] = useState("");
  const item = charts.items.find((i) => i.key === chosen);
  const { from, to, counts } = charts;
  const uploads = charts.deployment.filter((p) => p.source === "upload").length;
  const missed = charts.items.filter((i) => i.missedTarget).length;
  return (
    <div className="space-y-6">
      <figure>
        <figcaption className="mb-2 text-sm text-slate-700">
          The verdict with the evidence known at each upload ({uploads} in the period), at the start of the period and now:{" "}
          {counts["not-protected"]} points not protected, {counts["at-risk"]} at risk, {counts.protected} protected.
        </figcaption>
        <div
          style={{ width: "100%", height: 170 }}
          role="img"
          aria-label={`Verdict over the last 90 days: ${counts["not-protected"]} points not protected, ${counts["at-risk"]} at risk, ${counts.protected} protected`}
          data-testid="history-verdict"
        >
          <ResponsiveContainer>
            <LineChart data={charts.deployment} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              {LEVEL_FILL.map((fill, level) => (
                <ReferenceArea
                  key={level}
                  yAxisId="v"
                  y1={level - 0.5}
                  y2={level + 0.5}
                  fill={fill}
                  fillOpacity={0.8}
                  ifOverflow="visible"
                />
              ))}
              <TimeAxis from={from} to={to} />
              <YAxis
                yAxisId="v"
                domain={[-0.5, 2.5]}
                ticks={[0, 1, 2]}
                tickFormatter={(v: number) => VERDICT_LEVEL_LABELS[v] ?? ""}
                tick={{ fontSize: 11 }}
                width={92}
              />
              <YAxis yAxisId="s" orientation="right" domain={[0, 100]} tick={{ fontSize: 11 }} width={32} />
              <Tooltip
                labelFormatter={(t) => stamp(Number(t))}
                formatter={(v, name) => (name === "level" ? [VERDICT_LEVEL_LABELS[Number(v)], "Verdict"] : [`${v}/100`, "Score"])}
              />
              <Line
                yAxisId="v"
                type="stepAfter"
                dataKey="level"
                stroke="#0f172a"
                strokeWidth={2}
                dot={{ r: 2 }}
                isAnimationActive={animate}
              />
              <Line
                yAxisId="s"
                type="stepAfter"
                dataKey="score"
                stroke="#6366f1"
                strokeDasharray="4 3"
                dot={false}
                isAnimationActive={animate}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <p className="mt-1 text-xs text-slate-600">
          Solid: the verdict (bands: not protected, at risk, protected). Dashed: the resilience score (right axis).
        </p>
      </figure>

      <figure>
        <figcaption className="mb-2 text-sm text-slate-700">
          Whole deployment: the largest data loss any item really allowed at each point.
        </figcaption>
        <div
          style={{ width: "100%", height: 220 }}
          role="img"
          aria-label="Worst data loss allowed over the last 90 days"
          data-testid="history-worst"
        >
          <ResponsiveContainer>
            <ComposedChart data={charts.deployment} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <TimeAxis from={from} to={to} />
              <YAxis unit=" h" tick={{ fontSize: 11 }} width={56} />
              <Tooltip labelFormatter={(t) => stamp(Number(t))} formatter={(v) => [`${v} h`, "Worst data loss allowed"]} />
              <Line dataKey="worst" stroke="#1e3a8a" dot={{ r: 2 }} connectNulls={false} isAnimationActive={animate} />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </figure>

      <figure>
        <div className="mb-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="history-item" className="label">
              One item
            </label>
            <select id="history-item" className="input w-96" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose an item… ({missed} missed their target at some point)</option>
              {charts.items.map((i) => (
                <option key={i.key} value={i.key}>
                  {i.missedTarget ? "⚠ " : ""}
                  {i.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {item ? (
          <>
            <figcaption className="mb-2 text-sm text-slate-700">
              {item.label}: data loss really allowed at each point
              {item.targetHours !== null ? `, against the ${item.targetHours} h target` : ""} and the planned {item.plannedRpoHours} h
              {item.worst !== null ? `; at worst ${item.worst} h` : "; no good backup in the period"}.
            </figcaption>
            <div
              style={{ width: "100%", height: 240 }}
              role="img"
              aria-label={`Data loss allowed over time for ${item.label}`}
              data-testid="history-item-chart"
            >
              <ResponsiveContainer>
                <ComposedChart data={item.rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <TimeAxis from={from} to={to} />
                  <YAxis unit=" h" tick={{ fontSize: 11 }} width={56} />
                  <Tooltip labelFormatter={(t) => stamp(Number(t))} formatter={(v) => [`${v} h`, "Data loss allowed"]} />
                  {item.targetHours !== null ? (
                    <ReferenceLine
                      y={item.targetHours}
                      stroke="#dc2626"
                      strokeDasharray="4 4"
                      label={{ value: "target", fontSize: 11, position: "insideTopRight" }}
                    />
                  ) : null}
                  <ReferenceLine
                    y={item.plannedRpoHours}
                    stroke="#64748b"
                    strokeDasharray="2 2"
                    label={{ value: "planned", fontSize: 11, position: "insideBottomRight" }}
                  />
                  <Line dataKey="hours" stroke="#1e3a8a" dot={{ r: 2 }} connectNulls={false} isAnimationActive={animate} />
                </ComposedChart>
              </ResponsiveContainer>
            </div>
          </>
        ) : null}
      </figure>
    </div>
  );
}
