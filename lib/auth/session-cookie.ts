// The session cookie as better-auth reads it, for code that must recognise a session without
// better-auth (the rendered-page cache, lib/http/proxy-page-cache.ts). better-auth reads ONE name:
// `<prefix>.session_token`, or `__Secure-<prefix>.session_token` when cookies are secure (the same
// decision create-auth.ts hands it), and takes the value `<token>.<signature>` (URL-encoded), where the
// signature is the base64 HMAC-SHA256 of the token under the auth secret.
import { createHmac, timingSafeEqual } from "node:crypto";

export const COOKIE_PREFIX = "ocs-planner";

/**
 * Secure (HTTPS-only) cookies when the app is served over HTTPS: BETTER_AUTH_URL says so, or
 * AUTH_SECURE_COOKIES=true behind a TLS-terminating proxy. A plain-HTTP install on a LAN host must
 * not set them, or browsers drop the session cookie and nobody can sign in.
 */
export function secureCookies(baseURL: string | undefined, env: Record<string, string | undefined> = process.env): boolean {
  if (env.AUTH_SECURE_COOKIES === "true") return true;
  if (env.AUTH_SECURE_COOKIES === "false") return false;
  return baseURL?.startsWith("https://") ?? false;
}

/** The one session cookie name better-auth reads with this environment (create-auth.ts passes it the same choice). */
export function sessionCookieName(env: Record<string, string | undefined> = process.env): string {
  const secure = secureCookies(env.BETTER_AUTH_URL?.trim() || undefined, env);
  return `${secure ? "__Secure-" : ""}${COOKIE_PREFIX}.session_token`;
}

export type SessionCookie =
  | { kind: "none" }
  /** Exactly one cookie of that name, holding a well-formed token and signature. */
  | { kind: "one"; token: string; signature: string }
  /** The name appears more than once, or its value is not `<token>.<signature>`: which session is meant is not certain. */
  | { kind: "unclear" };

const TOKEN = /^[A-Za-z0-9_-]+$/;
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;

/** The session cookie named `name` in a Cookie header; other cookies (the other prefix included) are ignored. */
export function readSessionCookie(cookieHeader: string | null, name: string): SessionCookie {
  if (!cookieHeader) return { kind: "none" };
  const values: string[] = [];
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq >= 0 && part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  if (values.length === 0) return { kind: "none" };
  if (values.length > 1) return { kind: "unclear" };
  let value: string;
  try {
    value = decodeURIComponent(values[0].replace(/^"(.*)"$/, "$1"));
  } catch {
    return { kind: "unclear" };
  }
  const dot = value.lastIndexOf(".");
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  return dot > 0 && TOKEN.test(token) && SIGNATURE.test(signature) ? { kind: "one", token, signature } : { kind: "unclear" };
}

/** Whether `signature` is the auth secret's signature of `token`, as better-auth checks before it looks the session up. */
export function isSignedBy(secret: string, token: string, signature: string): boolean {
  const expected = Buffer.from(createHmac("sha256", secret).update(token).digest("base64"));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
