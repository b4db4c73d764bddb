import { scenarioTitle } from "@/lib/print/runbook-document";
import { TIMELINE_VIEWS, type TimelineView, type TimelineViewModel } from "@/lib/view/timeline-page";

/** The scenario and row-mode selector (a GET form, so every choice is a link). */
export function TimelineOptions({ vm }: { vm: TimelineViewModel }) {
  const { scenario, groups, filterable, q, view, hidden, scenarioCount } = vm;
  return (
    <form method="get" className="no-print card mb-4 flex flex-wrap items-end gap-3 py-3" aria-label="Timeline options">
      <div className="min-w-0 flex-1 sm:min-w-96">
        <label htmlFor="timeline-scenario" className="label">
          Scenario
        </label>
        <select id="timeline-scenario" name="scenario" defaultValue={scenario.id} className="input">
          {groups.map((g) => {
            return g.listed.length ? (
              <optgroup key={g.kind} label={g.title}>
                {g.listed.map((s) => (
                  <option key={s.id} value={s.id}>
                    {scenarioTitle(s)} ({s.rtoHours} h)
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
      </div>
      {filterable ? (
        <div>
          <label htmlFor="timeline-q" className="label">
            Filter the list
          </label>
          <input
            id="timeline-q"
            name="q"
            type="search"
            defaultValue={q}
            className="input w-48 font-mono"
            placeholder="e.g. pool7"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      ) : null}
      <div>
        <label htmlFor="timeline-view" className="label">
          Rows
        </label>
        <select id="timeline-view" name="view" defaultValue={view} className="input">
          {(Object.keys(TIMELINE_VIEWS) as TimelineView[]).map((v) => (
            <option key={v} value={v}>
              {TIMELINE_VIEWS[v]}
            </option>
          ))}
        </select>
      </div>
      <button className="btn btn-primary">Show</button>
      {filterable ? (
        <p className="basis-full text-xs text-slate-600">
          {scenarioCount} scenarios{hidden > 0 ? `; ${hidden} not listed` : ""}. Type part of a server, pool or site name and press Show to
          narrow the list, then choose.
        </p>
      ) : null}
    </form>
  );
}
