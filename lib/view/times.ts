// How a run's times are written (issue 16): on pages in the viewer's own time zone with its UTC
// offset, so two administrators in different zones read the same moment; in Markdown and PDF (files
// read anywhere, later) in UTC, labelled. One format for both: "2026-11-29 23:05 UTC+01:00".
const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-29 22:05 UTC". */
export function formatUtc(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "2026-11-29 23:05 UTC+01:00" in `timeZone` (an IANA name); UTC itself as "… UTC+00:00". */
export function formatInZone(d: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  }).formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  // "GMT+01:00", or "GMT" alone for a zero offset.
  const offset = part("timeZoneName").replace(/^GMT/, "") || "+00:00";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} UTC${offset}`;
}
