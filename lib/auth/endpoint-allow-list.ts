// Deny by default on better-auth's HTTP handler (app/api/auth/[...all]): only the endpoints the app
// itself uses answer; every other one (the admin plugin's create-user, set-role, impersonate-user...,
// update-user, change-email...) is 404. Account changes go through the audited commands
// (lib/commands/accounts.ts), which write the audit entry and keep the last admin. Server code that
// calls `auth.api.*` directly is not affected: this guards the HTTP surface only.
import type { BetterAuthPlugin } from "better-auth";

/** Method and path (under the auth base path) of each endpoint reachable over HTTP. */
export const ALLOWED_AUTH_ENDPOINTS: readonly { method: string; path: string }[] = [
  { method: "POST", path: "/sign-in/email" },
  { method: "POST", path: "/sign-out" },
  { method: "GET", path: "/get-session" },
];

export const AUTH_BASE_PATH = "/api/auth";

/** Whether a request to better-auth's handler may go on: an exact method and path on the allow-list. */
export function isAllowedAuthRequest(method: string, url: string, basePath = AUTH_BASE_PATH): boolean {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return false;
  }
  if (!pathname.startsWith(`${basePath}/`)) return false;
  // Exact match on the raw path: a trailing slash, doubled slash or encoded character is another path, so 404.
  const path = pathname.slice(basePath.length);
  return ALLOWED_AUTH_ENDPOINTS.some((e) => e.method === method.toUpperCase() && e.path === path);
}

const notFound = () =>
  new Response(JSON.stringify({ message: "Not found" }), { status: 404, headers: { "content-type": "application/json" } });

/** The plugin that applies the allow-list before better-auth routes a request. */
export function endpointAllowList(): BetterAuthPlugin {
  return {
    id: "ocs-endpoint-allow-list",
    onRequest: async (request) => (isAllowedAuthRequest(request.method, request.url) ? undefined : { response: notFound() }),
  };
}
