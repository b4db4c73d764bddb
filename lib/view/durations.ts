// Durations for people, in one place. The engine computes recovery times in HOURS and schedules in
// MINUTES; each function names the unit it takes.

/** A duration given in HOURS: "45 min" under an hour, else hours with at most `decimals` decimals ("1.5 h", "8.75 h"). */
export function formatHours(hours: number, decimals = 1): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  const f = 10 ** decimals;
  return `${Math.round(hours * f) / f} h`;
}

/** A duration given in MINUTES, in days, hours and minutes: "45 min", "2 h", "3 h 15 min", "2 d 4 h". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  const parts = [days ? `${days} d` : "", hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean);
  return parts.join(" ");
}

/** A point or span of a schedule given in MINUTES, as hours to two decimals (the timeline's precision). */
export const formatScheduleMinutes = (minutes: number) => formatHours(minutes / 60, 2);
