import { commandTokens, draftLabel, printedVersion, stepsOf, type RunbookDocument } from "@/lib/print/runbook-document";
import { formatHours } from "@/lib/view/durations";

/** A command that wraps only between tokens (at spaces), never inside one. */
function CommandBlock({ command }: { command: string }) {
  return (
    <pre
      className="mt-1 whitespace-pre-wrap rounded bg-slate-100 p-2 font-mono text-[9pt] break-inside-avoid [overflow-wrap:normal] [word-break:normal]"
      data-testid="step-command"
    >
      {commandTokens(command).map((line, i) => (
        <span key={i} className="block">
          {line.map((token, j) => (
            <span key={j} className="whitespace-pre">
              {token}
            </span>
          ))}
        </span>
      ))}
    </pre>
  );
}

/** The printable runbook: cover, contents, numbered steps with boxes to tick, sign-off lines. */
export function RunbookPrint({ doc }: { doc: RunbookDocument }) {
  return (
    <article className="runbook-print mx-auto max-w-3xl bg-white text-[11pt] leading-snug print:max-w-none">
      <section className="flex min-h-[60vh] flex-col justify-center border-b border-slate-300 pb-8 print:min-h-[240mm] print:break-after-page print:border-0">
        <p className="text-sm uppercase tracking-wide text-slate-600">Restore runbook</p>
        {draftLabel(doc) ? (
          <p
            className="mt-2 inline-block self-start rounded border-4 border-red-700 px-3 py-1 text-lg font-bold tracking-wide text-red-800"
            data-testid="draft-mark"
          >
            {draftLabel(doc)}
          </p>
        ) : null}
        {doc.approval ? (
          <p
            className="mt-2 inline-block self-start rounded border-2 border-emerald-700 px-2 py-0.5 text-sm font-semibold text-emerald-800"
            data-testid="approved-version"
          >
            Approved version {doc.approval.number}
          </p>
        ) : null}
        <h1 className="mt-2 text-3xl font-bold">{doc.title}</h1>
        <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">Deployment</dt>
          <dd>{doc.deploymentName}</dd>
          <dt className="text-slate-600">Version</dt>
          <dd data-testid="version-line">{printedVersion(doc)}</dd>
          <dt className="text-slate-600">{doc.approval ? "Approved" : "Produced"}</dt>
          <dd>
            {doc.producedOn}
            {doc.approval ? ` by ${doc.approval.approvedBy}` : ""}
          </dd>
          <dt className="text-slate-600">Settings levels to restore</dt>
          <dd>{doc.restoreLevels.join(", ")}</dd>
          <dt className="text-slate-600">Estimated time to recover everything</dt>
          <dd>{formatHours(doc.rtoHours)}</dd>
        </dl>
        {doc.opening.length ? (
          <section aria-labelledby="opening-h" className="mt-8 rounded border-2 border-slate-800 p-3 text-sm" data-testid="runbook-opening">
            <h2 id="opening-h" className="font-semibold">
              Before you start
            </h2>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {doc.opening.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </section>

      <nav aria-labelledby="toc-h" className="py-6 print:break-after-page">
        <h2 id="toc-h" className="text-xl font-semibold">
          Contents
        </h2>
        {doc.sections.map((section, i) => (
          <div key={i} className="mt-3">
            <p className="font-semibold">
              {i + 1}. {section.title} ({stepsOf(section).length} steps, {formatHours(section.rtoHours)})
            </p>
            <ol className="mt-1 space-y-0.5 text-sm">
              {stepsOf(section).map((s) => (
                <li key={s.order} className="flex justify-between gap-4 border-b border-dotted border-slate-300">
                  <a href={`#s${i}-step-${s.order}`} className="hover:underline">
                    {s.order}. {s.title}
                  </a>
                  <span className="shrink-0 tabular-nums text-slate-600">
                    {s.start} · {s.minutes} min · {s.who}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
        {doc.workloads.length ? (
          <table className="table mt-6">
            <caption className="mb-1 text-left font-semibold">Workloads against their targets</caption>
            <thead>
              <tr>
                <th scope="col">Workload</th>
                <th scope="col">Back after</th>
                <th scope="col">Target</th>
                <th scope="col">Meets</th>
              </tr>
            </thead>
            <tbody>
              {doc.workloads.map((w) => (
                <tr key={w.label}>
                  <td>{w.label}</td>
                  <td>{formatHours(w.rtoHours)}</td>
                  <td>{w.targetHours === null ? "—" : formatHours(w.targetHours)}</td>
                  <td>{w.meets === null ? "—" : w.meets ? "yes" : <strong>no</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {doc.notes.map((n, i) => (
          <p key={i} className="mt-2 text-sm text-slate-700">
            {n}
          </p>
        ))}
      </nav>

      {doc.sections.map((section, i) => (
        <section key={i} className="py-6 print:break-before-page" aria-labelledby={`sec-${i}`}>
          <h2 id={`sec-${i}`} className="text-xl font-semibold">
            {i + 1}. {section.title}
          </h2>
          {section.when ? <p className="text-sm text-slate-700">When: {section.when}</p> : null}
          {section.blocks.map((block, b) => (
            <div key={b} className="mt-4">
              <h3 className="border-b-2 border-slate-800 pb-0.5 font-semibold break-after-avoid">
                {block.phase}
                {block.purpose ? <span className="font-normal text-slate-700">: {block.purpose}</span> : null}
              </h3>
              {block.brings.length ? <p className="text-xs text-slate-600">Works on: {block.brings.join(", ")}</p> : null}
              <ol className="mt-1">
                {block.steps.map((s) => (
                  <li
                    key={s.order}
                    id={`s${i}-step-${s.order}`}
                    className="flex gap-3 border-b border-slate-200 py-3 break-inside-avoid"
                    data-testid="print-step"
                  >
                    <span aria-hidden className="mt-1 inline-block h-4 w-4 shrink-0 border-2 border-slate-800" />
                    <div className="min-w-0 flex-1">
                      <p className="font-semibold">
                        <span data-testid="step-number">{s.order}</span>. {s.title}
                      </p>
                      <p className="text-xs text-slate-700">
                        <strong data-testid="step-start">{s.start}</strong> · {s.minutes} min · <span data-testid="step-who">{s.who}</span>
                        {s.server ? ` · ${s.server}` : ""}
                        {s.after.length ? ` · after step ${s.after.join(", ")}` : ""} · rules {s.rules.join(", ")}
                      </p>
                      {s.detail ? <p className="mt-1 text-sm">{s.detail}</p> : null}
                      {s.command ? <CommandBlock command={s.command} /> : null}
                      {s.verifyNote ? <p className="mt-1 text-xs text-amber-800">⚠ {s.verifyNote}</p> : null}
                      <p className="mt-2 text-xs text-slate-500">Done by: ______________ at ______</p>
                    </div>
                  </li>
                ))}
              </ol>
            </div>
          ))}
          <div className="mt-8 grid grid-cols-2 gap-8 text-sm break-inside-avoid">
            <p>Restored by: ________________________</p>
            <p>Date/time: ______________</p>
            <p>Checked by: ________________________</p>
            <p>Date/time: ______________</p>
          </div>
        </section>
      ))}
    </article>
  );
}
