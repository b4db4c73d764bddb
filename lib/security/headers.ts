// The HTTP security headers of every response (issue #7). next.config.ts sends the static ones on
// every route; proxy.ts sends the Content-Security-Policy with a fresh nonce per request, because
// Next's App Router streams inline bootstrap scripts (self.__next_f.push(...)) that a plain
// `script-src 'self'` would block. Next reads the nonce back from the request's CSP header and puts
// it on its own script tags, which needs dynamic rendering — every page here is dynamic
// (app/layout.tsx: `dynamic = "force-dynamic"`).

/** The Content-Security-Policy for one response. Without a nonce, no inline script may run at all. */
export function contentSecurityPolicy(nonce: string | null, options: { dev?: boolean } = {}): string {
  const script = nonce
    ? // 'strict-dynamic': chunks loaded by a nonce'd script (next/dynamic, e.g. the Recharts chart)
      // are trusted too; 'self' stays as the fallback for browsers without CSP level 3.
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`
    : "script-src 'self'";
  return [
    "default-src 'self'",
    // React in development reconstructs server error stacks with eval; production needs no eval.
    options.dev ? `${script} 'unsafe-eval'` : script,
    // React's style={{…}} attributes and Recharts' inline styles need 'unsafe-inline' for styles
    // (a nonce cannot cover style attributes, and a nonce here would switch 'unsafe-inline' off).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers that are the same on every response, pages, API routes, downloads and static files alike. */
export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
