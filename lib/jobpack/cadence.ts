// How often a job runs, as Task Scheduler (schtasks) and SQL Server Agent (msdb sp_add_schedule)
// express it, from the interval in hours the plan gives. Intervals that neither can express exactly
// (25 h, 36 h, …) are rounded to the nearest one they can, and the job file says so.

export type CadenceUnit = "minute" | "hourly" | "daily" | "weekly";

export interface Cadence {
  unit: CadenceUnit;
  every: number;
  /** The interval the cadence really gives, in hours. */
  hours: number;
  /** False when the plan's interval was rounded. */
  exact: boolean;
}

export function cadenceOf(hours: number): Cadence {
  const h = hours > 0 ? hours : 24;
  let c: Omit<Cadence, "exact">;
  if (h < 1) {
    const every = Math.max(1, Math.round(h * 60));
    c = { unit: "minute", every, hours: every / 60 };
  } else if (h < 24) {
    const every = Math.round(h);
    c = every >= 24 ? { unit: "daily", every: 1, hours: 24 } : { unit: "hourly", every, hours: every };
  } else if (h % 168 === 0) {
    c = { unit: "weekly", every: h / 168, hours: h };
  } else {
    const every = Math.max(1, Math.round(h / 24));
    c = { unit: "daily", every, hours: every * 24 };
  }
  return { ...c, exact: Math.abs(c.hours - h) < 1e-9 };
}

/** schtasks /sc … /mo … (weekly jobs run on Sundays). */
export function schtasksSchedule(c: Cadence): string {
  switch (c.unit) {
    case "minute":
      return `/sc minute /mo ${c.every}`;
    case "hourly":
      return `/sc hourly /mo ${c.every}`;
    case "daily":
      return `/sc daily /mo ${c.every}`;
    case "weekly":
      return `/sc weekly /mo ${c.every} /d SUN`;
  }
}

/** The msdb.dbo.sp_add_schedule arguments for a cadence starting at "HH:MM". */
export function agentSchedule(c: Cadence, startTime: string): string {
  const start = `@active_start_time = ${Number(startTime.slice(0, 2)) * 10000 + Number(startTime.slice(3, 5)) * 100}`;
  switch (c.unit) {
    case "minute":
      return `@freq_type = 4, @freq_interval = 1, @freq_subday_type = 4, @freq_subday_interval = ${c.every}, ${start}`;
    case "hourly":
      return `@freq_type = 4, @freq_interval = 1, @freq_subday_type = 8, @freq_subday_interval = ${c.every}, ${start}`;
    case "daily":
      return `@freq_type = 4, @freq_interval = ${c.every}, @freq_subday_type = 1, ${start}`;
    case "weekly":
      return `@freq_type = 8, @freq_interval = 1, @freq_recurrence_factor = ${c.every}, @freq_subday_type = 1, ${start}`;
  }
}

export function describeCadence(c: Cadence): string {
  const n = (x: number, one: string, many: string) => (x === 1 ? one : `every ${x} ${many}`);
  switch (c.unit) {
    case "minute":
      return n(c.every, "every minute", "minutes");
    case "hourly":
      return n(c.every, "every hour", "hours");
    case "daily":
      return n(c.every, "every day", "days");
    case "weekly":
      return `${n(c.every, "every week", "weeks")} on Sunday`;
  }
}
