"use client";
// A moment in the viewer's own time zone with its UTC offset ("2026-11-29 23:05 UTC+01:00"). The
// server does not know the viewer's zone: it renders UTC, and the browser switches to its own zone
// once hydrated (useSyncExternalStore's server snapshot), so nothing mismatches.
import { useSyncExternalStore } from "react";
import { formatInZone } from "@/lib/view/times";

const noSubscription = () => () => undefined;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => "UTC";

export function LocalTime({ iso }: { iso: string | null }) {
  const zone = useSyncExternalStore(noSubscription, browserZone, serverZone);
  if (!iso) return null;
  const d = new Date(iso);
  return (
    <time dateTime={iso} title={`${d.toISOString().slice(0, 16).replace("T", " ")} UTC`}>
      {formatInZone(d, zone)}
    </time>
  );
}
