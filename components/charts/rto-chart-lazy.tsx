"use client";

import dynamic from "next/dynamic";
import type { RtoDatum } from "./rto-chart";

// Recharts loads only on pages that draw a chart, after the page itself.
const RtoChart = dynamic(() => import("./rto-chart").then((m) => m.RtoChart), {
  ssr: false,
  loading: () => <div className="h-[280px] animate-pulse rounded bg-slate-100" aria-hidden />,
});

export function LazyRtoChart(props: { data: RtoDatum[]; animate?: boolean; height?: number }) {
  return <RtoChart {...props} />;
}
