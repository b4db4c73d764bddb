"use client";
// User management that fails to render. The shell on the server reaches the accounts without the
// web app, which is the way back in when this page cannot help.
import Link from "next/link";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice
      title="User management could not be shown"
      error={error}
      retry={retry}
      links={
        <Link href="/" className="text-brand-700 underline">
          Back to the deployments
        </Link>
      }
    >
      <p>
        The planner could not load the accounts. No account was changed. On the server, <code className="font-mono">npm run users -- list</code>{" "}
        shows the accounts, and <code className="font-mono">npm run users</code> alone lists the other commands; neither needs the web app.
      </p>
    </ErrorNotice>
  );
}
