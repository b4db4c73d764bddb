import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { NewDeploymentForm } from "@/components/deployment/new-deployment-form";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "New deployment" };

export default async function NewDeploymentPage() {
  await requireRole("planner");
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="New deployment"
        description={
          <>
            Describe the deployment by hand, starting with what it cannot be valid without; the model editor takes it from there. To load a
            deployment file instead,{" "}
            <Link href="/import" className="text-brand-700 underline">
              import it
            </Link>
            .
          </>
        }
      />
      <NewDeploymentForm />
    </div>
  );
}
