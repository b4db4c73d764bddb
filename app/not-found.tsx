import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <EmptyState
      title="Not found"
      actions={
        <Link className="btn" href="/">
          Back to deployments
        </Link>
      }
    >
      The page or deployment you asked for does not exist. It may have been deleted.
    </EmptyState>
  );
}
