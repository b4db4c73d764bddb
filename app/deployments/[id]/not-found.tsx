import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

// Something inside an existing deployment that is not there (a scenario, server or version); a
// deployment that does not exist at all gets the app's own not-found page.
export default function DeploymentPartNotFound() {
  return (
    <EmptyState
      title="Not in this deployment"
      actions={
        <Link className="btn" href="/">
          Back to deployments
        </Link>
      }
    >
      This deployment has no such page: the server, restore scenario or plan version you asked for may have been renamed or removed by a
      later edit. The tabs above show what the deployment holds now.
    </EmptyState>
  );
}
