import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { DeploymentNav } from "@/components/deployment/deployment-nav";

// Every page of one deployment: its tabs. Only the name is read here; pages load what they show.
export default async function DeploymentLayout({ children, params }: LayoutProps<"/deployments/[id]">) {
  const { id } = await params;
  const deployment = await prisma.deployment.findUnique({ where: { id }, select: { name: true } });
  if (!deployment) notFound();
  return (
    <>
      <DeploymentNav id={id} name={deployment.name} />
      {children}
    </>
  );
}
