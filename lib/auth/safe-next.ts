// Where to send someone after signing in. The value comes from the query string, so it is checked the
// way a browser will read it: resolved as a URL against this app's origin (the URL parser drops tabs
// and line breaks and reads "\" as "/", exactly as browsers do), kept only when it stays on that origin,
// and then the resolved path is returned, never the raw text.
const APP = "http://app.invalid";
const MAX_LENGTH = 2000;
/** Pages that would loop back to signing in, or are not pages. */
const NOT_TARGETS = [/^\/sign-in(\/|$)/, /^\/setup(\/|$)/, /^\/api(\/|$)/];

function sameOriginPath(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, APP);
  } catch {
    return null;
  }
  if (url.origin !== APP) return null;
  return url.pathname + url.search + url.hash;
}

/** A path of this app to return to after signing in; anything that would leave it (or loop) becomes "/". */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > MAX_LENGTH) return "/";
  const path = sameOriginPath(value);
  // The resolved path must itself stay here when a browser reads it as a Location ("/.//evil" resolves to "//evil").
  if (path === null || sameOriginPath(path) !== path || path.startsWith("//")) return "/";
  const pathname = path.replace(/[?#].*$/, "");
  return NOT_TARGETS.some((p) => p.test(pathname)) ? "/" : path;
}
