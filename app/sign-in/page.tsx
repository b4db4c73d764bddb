import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { userCount } from "@/lib/auth/users";
import { currentUser } from "@/lib/auth/server";
import { safeNextPath } from "@/lib/auth/safe-next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Public: the one page (with /setup) that needs no session.
export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  if ((await userCount(prisma)) === 0) redirect("/setup");
  return (
    <div className="mx-auto mt-10 max-w-sm">
      <div className="card p-6">
        <h1 className="text-xl font-semibold text-slate-900">Sign in</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          Backup plans name your servers and their weak spots, so every page needs an account. Ask an admin if you have none.
        </p>
        <SignInForm next={next} />
      </div>
    </div>
  );
}
