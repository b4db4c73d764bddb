"use client";
// Any page that fails to render (a database that stopped answering, a bug): a message and a retry
// instead of Next's bare error screen.
import { RouteError, type ErrorBoundaryProps } from "@/components/shell/route-error";

export default function AppError(props: ErrorBoundaryProps) {
  return <RouteError {...props} place="page" />;
}
