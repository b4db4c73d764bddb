// Next 16 Proxy (formerly middleware): a Content-Security-Policy with a fresh nonce on every
// response that can render HTML. Next extracts the nonce from the request's CSP header while
// rendering and puts it on its inline bootstrap scripts and script tags (lib/security/headers.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  // Overwrites whatever the client sent, so nobody can choose the nonce.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but the build's static files (they carry the static headers from next.config.ts,
  // including a nonce-less CSP). API routes and downloads are included: one policy everywhere.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
