import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";
import { DeploymentNav } from "@/components/deployment/deployment-nav";
import { ReadOnlyProvider } from "@/components/auth/read-only";

// Every page of one deployment: its tabs. Only the name is read here; pages load what they show.
// Viewers see the forms disabled (the actions refuse them anyway).
export default async function DeploymentLayout({ children, params }: LayoutProps<"/deployments/[id]">) {
  const user = await requireRole("viewer");
  const { id } = await params;
  const deployment = await prisma.deployment.findUnique({ where: { id }, select: { name: true } });
  if (!deployment) notFound();
  const readOnly = !allows(user.role, "planner");
  return (
    <ReadOnlyProvider readOnly={readOnly}>
      <DeploymentNav id={id} name={deployment.name} />
      {readOnly ? (
        <p className="no-print mb-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          You can read and print everything here. Editing needs the planner role; ask an admin if you need it.
        </p>
      ) : null}
      {children}
    </ReadOnlyProvider>
  );
}
