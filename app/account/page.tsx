import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/server";
import { ROLE_DESCRIPTIONS } from "@/lib/auth/roles";
import { MIN_PASSWORD_LENGTH, sessionSeconds } from "@/lib/auth/create-auth";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { signOutAction } from "@/lib/server-actions/sign-in";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireRole("viewer");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title="Your account" />
      <section aria-labelledby="who-h" className="card">
        <h2 id="who-h" className="text-base font-semibold text-slate-900">
          {user.name}
        </h2>
        <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">Email</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-600">Role</dt>
          <dd>
            <strong>{user.role}</strong>: {ROLE_DESCRIPTIONS[user.role]}
          </dd>
          <dt className="text-slate-600">Sessions</dt>
          <dd>End after {Math.round(sessionSeconds() / 3600)} hours without use.</dd>
        </dl>
        <form action={signOutAction} className="mt-4">
          <button type="submit" className="btn">
            Sign out
          </button>
        </form>
      </section>
      <section aria-labelledby="password-h" className="card">
        <h2 id="password-h" className="mb-3 text-base font-semibold text-slate-900">
          Change password
        </h2>
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </section>
    </div>
  );
}
