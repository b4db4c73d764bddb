import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ImportForm } from "@/components/import/import-form";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Import a deployment" };

export default async function ImportPage() {
  await requireRole("planner");
  return (
    <>
      <PageHeader
        title="Import a deployment file"
        description="Upload a deployment file in the ocs-backup-plan/v1 format (JSON or YAML, up to 5 MB). You will see what it contains before anything is stored; a file with any error stores nothing."
      />
      <ImportForm />
    </>
  );
}
