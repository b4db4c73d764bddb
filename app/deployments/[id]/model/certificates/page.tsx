import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { loadDeployment } from "@/lib/db/deployment-store";
import { PageHeader } from "@/components/ui/page-header";
import { ModelSection } from "@/components/model/section";
import {
  AddCertificateForm,
  AddDnsRecordForm,
  CertificateList,
  DnsRecordList,
  ImportCertificatesForm,
} from "@/components/model/certificates";
import { requireRole } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Model: certificates and DNS" };

export default async function CertificatesPage({ params }: PageProps<"/deployments/[id]/model/certificates">) {
  await requireRole("viewer");
  const { id } = await params;
  const stored = await loadDeployment(prisma, id);
  if (!stored) notFound();
  const d = stored.deployment;
  const target = { deploymentId: id, version: stored.version };
  const servers = [...d.servers.map((s) => s.fqdn), ...(d.dependencies.reverseProxy ? [d.dependencies.reverseProxy.fqdn] : [])];
  return (
    <>
      <PageHeader
        title="Certificates and DNS"
        description={
          <>
            The certificates the servers use and the DNS records as they are today: restore prerequisites outside OCS (S9, S10). The{" "}
            <Link className="underline" href={`/deployments/${id}/register`}>
              register
            </Link>{" "}
            sets them against what the roles need.
          </>
        }
      />
      <ModelSection id="certificates-h" title="Certificates">
        <CertificateList certificates={d.certificates ?? []} {...target} />
      </ModelSection>
      <ModelSection id="add-certificate-h" title="Add a certificate">
        <AddCertificateForm servers={servers} {...target} />
      </ModelSection>
      <ModelSection id="import-certificates-h" title="Import certificates">
        <ImportCertificatesForm servers={d.servers.map((s) => s.fqdn)} {...target} />
      </ModelSection>
      <ModelSection id="dns-h" title="DNS records">
        <DnsRecordList records={d.dnsRecords ?? []} {...target} />
      </ModelSection>
      <ModelSection id="add-dns-h" title="Add a DNS record">
        <AddDnsRecordForm {...target} />
      </ModelSection>
    </>
  );
}
