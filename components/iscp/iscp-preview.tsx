// The contingency plan document on screen: the same IscpDocument the DOCX, PDF and Markdown render.
// Runbook steps are folded (<details>) so a large deployment's Appendix C stays readable.
import type { IscpBlock, IscpDocument, IscpTreeItem } from "@/lib/print/iscp/document";
import { STEP_COLUMNS, stepCells } from "@/lib/print/iscp/document";

function Tree({ items }: { items: readonly IscpTreeItem[] }) {
  return (
    <ul className="ml-5 list-disc space-y-0.5">
      {items.map((i, n) => (
        <li key={n}>
          {i.text}
          {i.children.length ? <Tree items={i.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

function Table({ columns, rows }: { columns: readonly string[]; rows: readonly string[][] }) {
  return (
    <div className="my-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <thead>
          <tr className="bg-slate-100 text-left">
            {columns.map((c) => (
              <th key={c} scope="col" className="border border-slate-200 px-2 py-1 font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, n) => (
            <tr key={n}>
              {r.map((c, m) => (
                <td key={m} className="border border-slate-200 px-2 py-1 align-top">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block({ b }: { b: IscpBlock }) {
  switch (b.kind) {
    case "paragraph":
      return <p className="my-2 max-w-4xl">{b.text}</p>;
    case "todo":
      return (
        <p className="my-2 max-w-4xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          <strong>To add:</strong> {b.text}
        </p>
      );
    case "subheading":
      return <h4 className="mt-5 text-base font-semibold text-slate-900">{b.text}</h4>;
    case "list":
      return (
        <ul className="my-2 ml-5 list-disc space-y-0.5">
          {b.items.map((i, n) => (
            <li key={n}>{i}</li>
          ))}
        </ul>
      );
    case "tree":
      return (
        <div className="my-2">
          <Tree items={b.items} />
        </div>
      );
    case "table":
      return <Table columns={b.columns} rows={b.rows} />;
    case "steps":
      return (
        <details className="my-2">
          <summary className="cursor-pointer text-sm text-brand-700">{b.steps.length} steps</summary>
          <Table columns={STEP_COLUMNS} rows={b.steps.map(stepCells)} />
        </details>
      );
  }
}

export function IscpPreview({ doc }: { doc: IscpDocument }) {
  return (
    <article className="text-sm leading-relaxed text-slate-800">
      {doc.draft ? (
        <p className="mb-4 rounded border-2 border-red-700 px-3 py-2 font-semibold text-red-800" data-testid="iscp-draft">
          {doc.draft}
        </p>
      ) : (
        <p className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
          Approved plan version {doc.approval?.number}, by {doc.approval?.approvedBy} on {doc.approval?.approvedOn}.
        </p>
      )}
      <nav aria-label="Contents" className="mb-6">
        <h2 className="text-lg font-semibold text-slate-900">Contents</h2>
        <ol className="mt-1 space-y-0.5">
          {doc.sections.map((s) => (
            <li key={s.key} className={s.level === 2 ? "ml-4" : ""}>
              <a className="hover:underline" href={`#iscp-${s.key}`}>
                {s.heading}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {doc.sections.map((s) => (
        <section key={s.key} id={`iscp-${s.key}`} aria-labelledby={`iscp-h-${s.key}`}>
          {s.level === 1 ? (
            <h2 id={`iscp-h-${s.key}`} className="mt-8 border-b border-slate-200 pb-1 text-xl font-semibold text-slate-900">
              {s.heading}
            </h2>
          ) : (
            <h3 id={`iscp-h-${s.key}`} className="mt-5 text-lg font-semibold text-slate-900">
              {s.heading}
            </h3>
          )}
          {s.blocks.map((b, n) => (
            <Block key={n} b={b} />
          ))}
        </section>
      ))}
    </article>
  );
}
