import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { userCount } from "@/lib/auth/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/create-auth";
import { SetUpForm } from "@/components/auth/set-up-form";

export const metadata: Metadata = { title: "First-run set-up" };

// Public while no account exists; afterwards it sends everyone to sign in.
export default async function SetUpPage() {
  if ((await userCount(prisma)) > 0) redirect("/sign-in");
  return (
    <div className="mx-auto mt-10 max-w-md">
      <div className="card p-6">
        <h1 className="text-xl font-semibold text-slate-900">Set up the planner</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          Create the first account. It is an admin: it adds the team&apos;s accounts as viewers (read and print), planners (edit) or admins
          (manage users).
        </p>
        <SetUpForm minLength={MIN_PASSWORD_LENGTH} />
      </div>
    </div>
  );
}
