"use client";
// A tab of one deployment that fails to render: the deployment's tabs stay above (the layout is
// outside this boundary), so the other views remain one click away.
import Link from "next/link";
import { useParams } from "next/navigation";
import { ErrorNotice } from "@/components/shell/error-notice";

export default function DeploymentError({ error, retry }: { error: unknown; retry: () => void }) {
  const { id } = useParams<{ id: string }>();
  return (
    <ErrorNotice
      title="This view of the deployment could not be shown"
      error={error}
      retry={retry}
      links={
        <>
          <Link href={`/deployments/${encodeURIComponent(id)}`} className="text-brand-700 underline">
            The deployment&apos;s overview
          </Link>
          <Link href="/" className="text-brand-700 underline">
            All deployments
          </Link>
        </>
      }
    >
      <p>
        The planner could not prepare this view. The other tabs above may still work, and the deployment itself is unchanged. If only
        this deployment fails, export it from the deployments list and check the file with <code className="font-mono">npm run plan</code>{" "}
        on the server, which names any problem by its path in the file.
      </p>
    </ErrorNotice>
  );
}
