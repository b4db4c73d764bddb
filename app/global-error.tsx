"use client";
// When even the root layout fails (the header reads the database): this replaces the whole
// document, so it brings its own <html>, <body>, title and styles.
import "./globals.css";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>Planner unavailable · OCS Backup Planner</title>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
          <ErrorNotice
            title="The planner could not show this page"
            error={error}
            retry={retry}
            links={
              // A plain link: the app's router may be what failed.
              // eslint-disable-next-line @next/next/no-html-link-for-pages
              <a href="/" className="text-brand-700 underline">
                Back to the deployments
              </a>
            }
          >
            <p>
              The planner could not prepare even its page frame, which usually means it cannot reach its database. If the database was
              restarting, trying again in a moment is enough.
            </p>
          </ErrorNotice>
        </main>
      </body>
    </html>
  );
}
