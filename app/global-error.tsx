"use client";
// When even the root layout fails (the header reads the database): this replaces the whole
// document, so it brings its own <html>, <body>, title and styles.
import "./globals.css";
import { RouteError, type ErrorBoundaryProps } from "@/components/shell/route-error";

export default function GlobalError(props: ErrorBoundaryProps) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>Planner unavailable · OCS Backup Planner</title>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
          <RouteError {...props} place="root" />
        </main>
      </body>
    </html>
  );
}
