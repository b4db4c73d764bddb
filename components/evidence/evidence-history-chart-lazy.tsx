"use client";

import dynamic from "next/dynamic";
import type { EvidenceCharts } from "@/lib/view/evidence";

// Recharts loads only on the page that draws the history, after the page itself.
const Chart = dynamic(() => import("./evidence-history-chart").then((m) => m.EvidenceHistoryChart), {
  ssr: false,
  loading: () => <div className="h-[260px] animate-pulse rounded bg-slate-100" aria-hidden />,
});

export function LazyEvidenceHistoryChart(props: { charts: EvidenceCharts }) {
  return <Chart {...props} />;
}
