"use client";
// The error boundaries' one shape: each app/**/error.tsx (and global-error.tsx) is a thin wrapper
// naming where it sits; what each says, and its way out, live here.
import Link from "next/link";
import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { ErrorNotice } from "./error-notice";

/** What Next 16 passes an error boundary. */
export interface ErrorBoundaryProps {
  error: unknown;
  retry: () => void;
}

export type ErrorBoundaryPlace = "page" | "deployment" | "admin" | "root";

const HOME_LABEL = "Back to the deployments";

interface Wording {
  title: string;
  body: ReactNode;
}

const WORDING: Record<ErrorBoundaryPlace, Wording> = {
  page: {
    title: "This page could not be shown",
    body: (
      <p>
        The planner ran into a problem while preparing this page. It may be a passing one, such as the database being busy or restarting.
      </p>
    ),
  },
  deployment: {
    title: "This view of the deployment could not be shown",
    body: (
      <p>
        The planner could not prepare this view. The other tabs above may still work, and the deployment itself is unchanged. If only this
        deployment fails, export it from the deployments list and check the file with <code className="font-mono">npm run plan</code> on the
        server, which names any problem by its path in the file.
      </p>
    ),
  },
  admin: {
    title: "User management could not be shown",
    body: (
      <p>
        The planner could not load the accounts. No account was changed. On the server,{" "}
        <code className="font-mono">npm run users -- list</code> shows the accounts, and <code className="font-mono">npm run users</code>{" "}
        alone lists the other commands; neither needs the web app.
      </p>
    ),
  },
  root: {
    title: "The planner could not show this page",
    body: (
      <p>
        The planner could not prepare even its page frame, which usually means it cannot reach its database. If the database was restarting,
        trying again in a moment is enough.
      </p>
    ),
  },
};

function HomeLink() {
  return (
    <Link href="/" className="text-brand-700 underline">
      {HOME_LABEL}
    </Link>
  );
}

function DeploymentWayOut() {
  const params = useParams<{ id?: string }>();
  if (!params?.id) return <HomeLink />;
  return (
    <>
      <Link href={`/deployments/${encodeURIComponent(params.id)}`} className="text-brand-700 underline">
        The deployment&apos;s overview
      </Link>
      <Link href="/" className="text-brand-700 underline">
        All deployments
      </Link>
    </>
  );
}

function WayOut({ place }: { place: ErrorBoundaryPlace }) {
  if (place === "deployment") return <DeploymentWayOut />;
  if (place === "root")
    // A plain link, no router hooks: the app's router may be what failed.
    return (
      // eslint-disable-next-line @next/next/no-html-link-for-pages
      <a href="/" className="text-brand-700 underline">
        {HOME_LABEL}
      </a>
    );
  return <HomeLink />;
}

export function RouteError({ error, retry, place }: ErrorBoundaryProps & { place: ErrorBoundaryPlace }) {
  const { title, body } = WORDING[place];
  return (
    <ErrorNotice title={title} error={error} retry={retry} links={<WayOut place={place} />}>
      {body}
    </ErrorNotice>
  );
}
