"use client";
// A tab of one deployment that fails to render: the deployment's tabs stay above (the layout is
// outside this boundary), so the other views remain one click away.
import { RouteError, type ErrorBoundaryProps } from "@/components/shell/route-error";

export default function DeploymentError(props: ErrorBoundaryProps) {
  return <RouteError {...props} place="deployment" />;
}
