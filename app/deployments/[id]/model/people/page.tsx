import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { deploymentSettings } from "@/lib/db/model-queries";
import { loadPeople } from "@/lib/db/people-store";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import { ContactsForm, VendorsForm } from "@/components/model/people";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: people" };

export default async function PeoplePage({ params }: PageProps<"/deployments/[id]/model/people">) {
  await requireRole("viewer");
  const { id } = await params;
  const [d, people] = await Promise.all([deploymentSettings(prisma, id), loadPeople(prisma, id)]);
  if (!d || !people) notFound();
  const target = { deploymentId: id, version: d.version };
  return (
    <>
      <PageHeader
        title="People"
        description="Who decides, who is called and whom to call for parts (rule P7): the contingency plan's roles, call tree and contact lists come from here."
      />
      <div className="space-y-6">
        <ModelSection id="contacts-h" title="Contacts and call tree">
          <ContactsForm contacts={people.contacts ?? []} {...target} />
        </ModelSection>
        <ModelSection id="vendors-h" title="Vendors">
          <VendorsForm vendors={people.vendors ?? []} {...target} />
        </ModelSection>
      </div>
    </>
  );
}
