"use client";
// Any page that fails to render (a database that stopped answering, a bug): a message and a retry
// instead of Next's bare error screen.
import Link from "next/link";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice
      title="This page could not be shown"
      error={error}
      retry={retry}
      links={
        <Link href="/" className="text-brand-700 underline">
          Back to the deployments
        </Link>
      }
    >
      <p>The planner ran into a problem while preparing this page. It may be a passing one, such as the database being busy or restarting.</p>
    </ErrorNotice>
  );
}
