// The app's sign-in, for pages, server actions and route handlers. Every page calls requireRole,
// every server action calls authorizeAction, and every API route calls authorizeApi, with the role
// the work needs (roles.ts); lib/auth/role-matrix.ts declares which, and role-matrix.test.ts checks the code against it.
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "../db/client";
import { failure } from "../http/responses";
import type { Auth } from "./create-auth";
import { authFromEnvironment } from "./auth-from-env";
import { allows, isRole, type Role } from "./roles";
import { safeNextPath } from "./safe-next";
import { crossSiteRefusal } from "./same-origin";

let instance: Promise<Auth> | null = null;

/** The app's better-auth instance, made on first use (its secret may come from the database). */
export function getAuth(): Promise<Auth> {
  instance ??= authFromEnvironment(prisma, [nextCookies()]).catch((e: unknown) => {
    instance = null; // a database that was down at first use must not break every later request
    throw e;
  });
  return instance;
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

async function userFrom(requestHeaders: Headers): Promise<SignedInUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user as { id: string; name: string; email: string; role?: string | null };
  return { id, name, email, role: isRole(role) ? role : "viewer" };
}

/** The signed-in user of this request, or null. Cached per request. */
export const currentUser = cache(async (): Promise<SignedInUser | null> => userFrom(await headers()));

/** The path being rendered (set by proxy.ts), to come back to after signing in. */
async function requestedPath(): Promise<string> {
  return safeNextPath((await headers()).get("x-request-path"));
}

async function signInRedirect(): Promise<never> {
  if ((await prisma.user.count()) === 0) redirect("/setup");
  redirect(`/sign-in?next=${encodeURIComponent(await requestedPath())}`);
}

/** For pages: the signed-in user holding at least `role`; otherwise off to sign-in or "not allowed". */
export async function requireRole(role: Role): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) return signInRedirect();
  if (!allows(user.role, role)) redirect(`/forbidden?need=${role}`);
  return user;
}

/** For server actions: the same check. A refused action changes nothing and redirects. */
export async function authorizeAction(role: Role): Promise<SignedInUser> {
  return requireRole(role);
}

/**
 * For route handlers: the user, or the response to send instead (401 without a valid session,
 * 403 when the role is too low, or for a write a browser sent from another site: lib/auth/same-origin.ts). API clients sign in at POST /api/auth/sign-in/email and send the cookie.
 */
export async function authorizeApi(request: Request, role: Role): Promise<SignedInUser | Response> {
  const user = await userFrom(request.headers);
  if (!user) return failure('sign in first: POST /api/auth/sign-in/email with {"email", "password"}, then send the session cookie', 401);
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return failure(`${crossSite}; send the request from this app's own pages, or without Origin from a script`, 403);
  if (!allows(user.role, role)) return failure(`your role (${user.role}) cannot do this; it needs ${role}`, 403);
  return user;
}

/** The name recorded in the audit log and on approvals, ticks and drills. */
export const actorName = (user: SignedInUser) => `${user.name} <${user.email}>`;
