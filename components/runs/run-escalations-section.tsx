// The run report's escalations (issue 27): every step that ran past its contingency-plan threshold,
// with the time the threshold passed, and whom the plan says to tell.
import type { RunEscalation } from "@/lib/view/run-escalations";
import { LocalTime } from "@/components/ui/local-time";

const duration = (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`);

export function RunEscalationsSection({ escalations, tell }: { escalations: readonly RunEscalation[]; tell: readonly string[] }) {
  return (
    <section className="card mb-6 overflow-x-auto" aria-labelledby="esc-h" data-testid="report-escalations">
      <h2 id="esc-h" className="mb-2 font-semibold">
        Escalations
      </h2>
      {escalations.length === 0 ? (
        <p className="text-sm text-slate-600">No step ran past its escalation threshold.</p>
      ) : (
        <>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Threshold</th>
                <th scope="col">Escalated at</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {escalations.map((e) => (
                <tr key={e.order}>
                  <td>
                    {e.order}. {e.title}
                  </td>
                  <td>{duration(e.afterMinutes)} after its start</td>
                  <td>
                    <LocalTime iso={e.at} />
                  </td>
                  <td>{e.open ? "still open" : "settled later"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-sm text-slate-700">
            Told to, per the contingency plan: {tell.length ? tell.join("; ") : "nobody is named"}.
          </p>
        </>
      )}
    </section>
  );
}
