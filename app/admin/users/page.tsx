import type { Metadata } from "next";
import { prisma } from "@/lib/db/client";
import { listUsers } from "@/lib/auth/users";
import { requireRole } from "@/lib/auth/server";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/create-auth";
import { ROLE_DESCRIPTIONS, ROLES } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { AddUserForm, UserTable } from "@/components/auth/user-admin";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireRole("admin");
  const users = await listUsers(prisma);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Users"
        description="Who can sign in, and what each may do. Disabling an account or resetting its password signs it out everywhere at once."
      />
      <ul className="grid gap-2 text-sm text-slate-700 sm:grid-cols-3">
        {ROLES.map((r) => (
          <li key={r} className="card p-3">
            <strong className="capitalize">{r}</strong>: {ROLE_DESCRIPTIONS[r]}
          </li>
        ))}
      </ul>
      <section aria-labelledby="users-h" className="card p-0">
        <h2 id="users-h" className="border-b border-slate-200 px-5 py-3 text-base font-semibold text-slate-900">
          Accounts ({users.length})
        </h2>
        <UserTable
          selfId={admin.id}
          users={users.map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            role: u.role,
            disabled: Boolean(u.banned),
            createdAt: u.createdAt.toISOString().slice(0, 10),
            activeSessions: u._count.sessions,
          }))}
        />
      </section>
      <section aria-labelledby="add-user-h" className="card">
        <h2 id="add-user-h" className="mb-3 text-base font-semibold text-slate-900">
          Add an account
        </h2>
        <AddUserForm minLength={MIN_PASSWORD_LENGTH} />
      </section>
    </div>
  );
}
