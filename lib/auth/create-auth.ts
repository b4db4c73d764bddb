// The better-auth instance: email and password sign-in (no self sign-up: admins add users), database
// sessions that expire, the admin plugin for user management with our three roles, and the
// database-backed sign-in limiter. Built by a factory so tests can make one per test database;
// the app's instance is in server.ts.
import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { admin } from "better-auth/plugins/admin";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { createAccessControl } from "better-auth/plugins/access";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { Db } from "../db/client";
import type { Provider } from "../db/url";
import { hashPassword, verifyPassword } from "./password";
import { checkSignIn, clearFailedSignIns, clientAddress, describeLock, recordFailedSignIn } from "./sign-in-limiter";
import { COOKIE_PREFIX, secureCookies } from "./session-cookie";

export { secureCookies };
import { endpointAllowList } from "./endpoint-allow-list";

export const MIN_PASSWORD_LENGTH = 12;

/** Sessions end after this long without use (AUTH_SESSION_HOURS, default 8: one working day). */
export function sessionSeconds(env: Record<string, string | undefined> = process.env): number {
  const hours = Number(env.AUTH_SESSION_HOURS);
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : 8) * 3600);
}

const ac = createAccessControl(defaultStatements);
const noUserAdmin = ac.newRole({ user: [], session: [] });
export const accessRoles = {
  viewer: noUserAdmin,
  planner: noUserAdmin,
  admin: ac.newRole(adminAc.statements),
};

export interface AuthOptions {
  db: Db;
  provider: Provider;
  secret: string;
  /** A fixed public URL (BETTER_AUTH_URL); otherwise derived per request from the allowed hosts. */
  baseURL?: string;
  allowedHosts?: string[];
  plugins?: BetterAuthPlugin[];
}

const SIGN_IN_PATH = "/sign-in/email";

export function createAuth({ db, provider, secret, baseURL, allowedHosts, plugins = [] }: AuthOptions) {
  const expiresIn = sessionSeconds();
  const secure = secureCookies(baseURL);
  return betterAuth({
    appName: "OCS Backup Planner",
    secret,
    // Direct server calls without a request (the first-run set-up, scripts) use the fallback.
    baseURL: baseURL ?? {
      allowedHosts: allowedHosts ?? ["localhost:*", "127.0.0.1:*", "[::1]:*"],
      protocol: secure ? "https" : "http",
      fallback: `http://localhost:${process.env.PORT || 3000}`,
    },
    database: prismaAdapter(db, { provider }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      password: { hash: (p) => hashPassword(p), verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
    },
    session: {
      expiresIn,
      // Sliding expiry: a session in use is extended at most once every 10 minutes (one write).
      updateAge: Math.min(600, Math.floor(expiresIn / 2)),
      // No cookie cache: a role change, a disabled account or a sign-out elsewhere applies to the next
      // request on every app instance.
      cookieCache: { enabled: false },
    },
    // better-auth's limiter keeps counts in memory per instance; ours (sign-in-limiter.ts) is in the database.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { cookiePrefix: COOKIE_PREFIX, useSecureCookies: secure },
    logger: { level: "error" },
    plugins: [admin({ ac, roles: accessRoles, defaultRole: "viewer", adminRoles: ["admin"] }), endpointAllowList(), ...plugins],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx);
        if (!email) return;
        const verdict = await checkSignIn(db, { email, ip: clientAddress(ctx.headers ?? ctx.request?.headers) });
        if (!verdict.allowed)
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { message: describeLock(verdict), code: "TOO_MANY_SIGN_IN_ATTEMPTS" },
            { "Retry-After": String(verdict.retryAfterSeconds) },
          );
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx);
        if (!email) return;
        const returned = ctx.context.returned;
        const failed = returned instanceof APIError || (returned instanceof Response && !returned.ok);
        if (failed && isWrongPassword(returned))
          await recordFailedSignIn(db, { email, ip: clientAddress(ctx.headers ?? ctx.request?.headers) });
        else if (!failed) await clearFailedSignIns(db, email);
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The account a sign-in attempt is for. */
function emailOf(ctx: HookContext): string | null {
  const body = ctx.body as { email?: unknown } | undefined;
  return typeof body?.email === "string" && body.email.trim() ? body.email : null;
}

function isWrongPassword(returned: unknown): boolean {
  if (returned instanceof APIError)
    return returned.statusCode === 401 || (returned.statusCode === 400 && /password/i.test(returned.message));
  return returned instanceof Response && returned.status === 401;
}
