import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentNameOf } from "@/lib/db/deployment-store";
import { requireRole } from "@/lib/auth/server";
import { allows } from "@/lib/auth/roles";
import { DeploymentNav } from "@/components/deployment/deployment-nav";
import { ReadOnlyProvider } from "@/components/auth/read-only";

// Every page of one deployment: its tabs. Only the name is read here; pages load what they show.
// Viewers see the forms disabled (the actions refuse them anyway).
export default async function DeploymentLayout({ children, params }: LayoutProps<"/deployments/[id]">) {
  const user = await requireRole("viewer");
  const { id } = await params;
  const name = await deploymentNameOf(prisma, id);
  if (name === null) notFound();
  const readOnly = !allows(user.role, "planner");
  return (
    <ReadOnlyProvider readOnly={readOnly}>
      <DeploymentNav id={id} name={name} />
      {readOnly ? (
        <p className="no-print mb-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          You can read and print everything here. Editing needs the planner role; ask an admin if you need it.
        </p>
      ) : null}
      {children}
    </ReadOnlyProvider>
  );
}
