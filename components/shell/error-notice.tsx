"use client";
// What an error page shows: what failed in words, that nothing was lost, a retry, a way out, and the
// digest Next gives a server error so an admin can find it in the server's log. Never the error's
// message or stack: in production those stay in the log.
import type { ReactNode } from "react";

/** The digest of a server error (a hash naming the log entry), if there is one. */
function digestOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("digest" in error)) return null;
  const digest = (error as { digest: unknown }).digest;
  return typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? digest : null;
}

export function ErrorNotice({
  title,
  children,
  error,
  retry,
  links,
}: {
  title: string;
  children: ReactNode;
  error: unknown;
  retry: () => void;
  links?: ReactNode;
}) {
  const digest = digestOf(error);
  return (
    <div role="alert" className="mx-auto mt-10 max-w-lg card p-6">
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <div className="mt-2 space-y-2 text-sm text-slate-700">{children}</div>
      <p className="mt-2 text-sm text-slate-700">
        Nothing you saved was lost: a page that fails to load changes nothing. Try again; if it keeps failing, ask whoever runs the planner
        to look at the server&apos;s log
        {digest ? (
          <>
            {" "}
            for reference <code className="rounded bg-slate-100 px-1 font-mono text-xs">{digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" className="btn btn-primary" onClick={() => retry()}>
          Try again
        </button>
        {links}
      </div>
    </div>
  );
}
