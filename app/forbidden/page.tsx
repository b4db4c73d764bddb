import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/server";
import { isRole, ROLE_DESCRIPTIONS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Not allowed" };

export default async function ForbiddenPage({ searchParams }: PageProps<"/forbidden">) {
  const user = await requireRole("viewer");
  const need = (await searchParams).need;
  return (
    <div className="mx-auto mt-10 max-w-lg card p-6">
      <h1 className="text-xl font-semibold text-slate-900">Your role cannot do that</h1>
      <p className="mt-2 text-sm text-slate-700">
        You are signed in as <strong>{user.name}</strong> with the <strong>{user.role}</strong> role: {ROLE_DESCRIPTIONS[user.role]}
      </p>
      {isRole(need) ? (
        <p className="mt-2 text-sm text-slate-700">
          That needs the <strong>{need}</strong> role: {ROLE_DESCRIPTIONS[need]} Ask an admin to change your role.
        </p>
      ) : null}
      <p className="mt-4">
        <Link href="/" className="text-brand-700 underline">
          Back to the deployments
        </Link>
      </p>
    </div>
  );
}
