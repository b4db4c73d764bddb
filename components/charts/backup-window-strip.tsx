import type { BackupWindow } from "@/lib/engine/backup-window";

const KIND_COLOUR = { databases: "#1d5fbf", "file-shares": "#7c3aed", settings: "#0f766e" } as const;
const KIND_LABEL = { databases: "Databases", "file-shares": "File shares", settings: "Settings exports" } as const;

/** The 24-hour picture: low-usage hours shaded, each backup run drawn where it falls in the day. */
export function BackupWindowStrip({ window: w }: { window: BackupWindow }) {
  const width = 720;
  const x = (hour: number) => (hour / 24) * width;
  const lanes = ["databases", "file-shares", "settings"] as const;
  const laneY = (i: number) => 26 + i * 18;
  const description = `Backups take ${w.totalHours} h from ${w.runs[0]?.startHour ?? 0}:00; low usage is ${w.lowUsage.startHour}:00 to ${w.lowUsage.endHour}:00; ${w.fitsLowUsage ? "they fit" : "they do not fit"} in the low-usage hours.`;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} 100`} className="w-full" role="img" aria-label={description}>
        {w.hours.map((h) => (
          <rect
            key={h.hour}
            x={x(h.hour)}
            y={18}
            width={width / 24}
            height={60}
            fill={h.lowUsage ? "#e2e8f0" : "#ffffff"}
            stroke="#f1f5f9"
          />
        ))}
        {lanes.map((kind, i) =>
          w.runs
            .filter((r) => r.kind === kind)
            .flatMap((r, j) => {
              // A run that passes midnight is drawn in two pieces.
              const start = r.startHour % 24;
              const end = start + Math.max(r.hours, 0.1);
              const pieces =
                end <= 24
                  ? [[start, end]]
                  : [
                      [start, 24],
                      [0, end - 24],
                    ];
              return pieces.map(([s, e], k) => (
                <rect
                  key={`${kind}-${j}-${k}`}
                  x={x(s)}
                  y={laneY(i)}
                  width={Math.max(2, x(e) - x(s))}
                  height={12}
                  rx={2}
                  fill={KIND_COLOUR[kind]}
                />
              ));
            }),
        )}
        {Array.from({ length: 9 }, (_, i) => i * 3).map((hour) => (
          <text key={hour} x={x(hour) + 2} y={92} fontSize={10} fill="#475569">
            {String(hour).padStart(2, "0")}:00
          </text>
        ))}
        <text x={2} y={12} fontSize={10} fill="#475569">
          Shaded: low-usage hours
        </text>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-3 text-xs text-slate-700">
        {lanes.map((k) => (
          <span key={k} className="inline-flex items-center gap-1">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: KIND_COLOUR[k] }} /> {KIND_LABEL[k]}
          </span>
        ))}
        <span>{description}</span>
      </figcaption>
    </figure>
  );
}
