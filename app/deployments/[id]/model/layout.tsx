import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { modelCounts } from "@/lib/db/model-queries";
import { ModelNav } from "@/components/model/model-nav";
import { requireRole } from "@/lib/auth/server";

export default async function ModelLayout({ children, params }: LayoutProps<"/deployments/[id]/model">) {
  await requireRole("viewer");
  const { id } = await params;
  const counts = await modelCounts(prisma, id);
  if (!counts) notFound();
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
      <aside className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <ModelNav id={id} counts={counts} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
