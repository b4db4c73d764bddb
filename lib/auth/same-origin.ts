// Cross-site request forgery guard for API writes authenticated by the session cookie. SameSite=Lax
// already keeps the cookie off most cross-site requests; this is the second lock: a browser sends
// Origin (and Sec-Fetch-Site) on every POST, PUT, PATCH and DELETE, so a write whose Origin is another
// site, or "null", is refused. A request without either header is not from a browser page (curl, a
// script with its own cookie) and passes: a forged request always carries them.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins this app answers on for this request: its URL's, the Host/X-Forwarded-Host one, and BETTER_AUTH_URL's. */
function ownOrigins(request: Request, env: Record<string, string | undefined>): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  for (const host of [request.headers.get("x-forwarded-host")?.split(",")[0]?.trim(), request.headers.get("host")?.trim()])
    if (host) origins.add(`${proto}://${host}`.toLowerCase());
  const configured = env.BETTER_AUTH_URL?.trim();
  if (configured) {
    try {
      origins.add(new URL(configured).origin);
    } catch {
      // A malformed BETTER_AUTH_URL adds nothing (better-auth reports it).
    }
  }
  return origins;
}

/** Why a cookie-authenticated request may not write, or null when it may. */
export function crossSiteRefusal(request: Request, env: Record<string, string | undefined> = process.env): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `a ${site} request cannot write with this site's session cookie`;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  if (!ownOrigins(request, env).has(origin.toLowerCase()))
    return `a request from ${origin === "null" ? "an opaque origin" : origin} cannot write with this site's session cookie`;
  return null;
}
