// The session cookie's name (better-auth: `<prefix>.session_token`, `__Secure-` in front over HTTPS)
// and its token, for code that must recognise a session without better-auth (lib/http/page-cache.ts).
export const COOKIE_PREFIX = "ocs-planner";

const NAMES = [`${COOKIE_PREFIX}.session_token`, `__Secure-${COOKIE_PREFIX}.session_token`];

/** The session token a Cookie header carries (the value is `<token>.<signature>`, URL-encoded), or null. */
export function sessionTokenOf(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || !NAMES.includes(part.slice(0, eq).trim())) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
    const dot = value.lastIndexOf(".");
    return dot > 0 ? value.slice(0, dot) : null;
  }
  return null;
}
