"use client";
// User management that fails to render. The shell on the server reaches the accounts without the
// web app, which is the way back in when this page cannot help.
import { RouteError, type ErrorBoundaryProps } from "@/components/shell/route-error";

export default function AdminError(props: ErrorBoundaryProps) {
  return <RouteError {...props} place="admin" />;
}
