// What a model page looks like while its data loads.
export function ModelPageSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse motion-reduce:animate-none">
      <p className="sr-only">Loading…</p>
      <div className="h-7 w-48 rounded bg-slate-200" />
      <div className="mt-3 h-4 w-full max-w-xl rounded bg-slate-200" />
      <div className="card mt-8 space-y-4 p-5">
        <div className="h-5 w-40 rounded bg-slate-200" />
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="flex gap-3">
            <div className="h-8 flex-1 rounded bg-slate-100" />
            <div className="h-8 flex-1 rounded bg-slate-100" />
            <div className="h-8 w-24 rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
