/** A same-site path to return to after signing in; anything else (other sites, "//host") becomes "/". */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/sign-in") || value.startsWith("/setup") || value.startsWith("/api/")) return "/";
  return value.slice(0, 2000);
}
