// Next 16 Proxy (formerly middleware): a Content-Security-Policy with a fresh nonce on every
// response that can render HTML. Next extracts the nonce from the request's CSP header while
// rendering and puts it on its inline bootstrap scripts and script tags (lib/security/headers.ts).
// Sign-in is checked by each page, action and route itself (lib/auth/server.ts), not here.
// The overview is answered from the rendered-page cache when it can be (lib/http/page-cache.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/security/headers";
import { FILL_HEADER, cachedPageResponse, isFillRequest, wantsCachedPage } from "./lib/http/proxy-page-cache";

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const pathAndQuery = request.nextUrl.pathname + request.nextUrl.search;
  if (!isFillRequest(request.headers) && wantsCachedPage(request.method, request.nextUrl.pathname, request.headers)) {
    const cached = await cachedPageResponse(pathAndQuery, request.headers, nonce, csp);
    if (cached) return cached;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(FILL_HEADER);
  // Overwrites whatever the client sent, so nobody can choose the nonce.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // The page being asked for, so a page that sends someone to sign in can bring them back (lib/auth/server.ts).
  requestHeaders.set("x-request-path", pathAndQuery);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but the build's static files (they carry the static headers from next.config.ts,
  // including a nonce-less CSP). API routes and downloads are included: one policy everywhere.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
