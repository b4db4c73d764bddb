// proxy.ts's side of the rendered-page cache (lib/http/page-cache.ts): which requests it serves, how it
// checks the session and the content generation, and how a miss renders the page through the app.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { PageCache, type PageStamp, type RenderedPage } from "./page-cache";
import { sessionTokenOf } from "../auth/session-cookie";

/** The pages kept: the overview of a deployment (the first page a planner opens, and the heaviest); /deployments/new is another page. */
const CACHED_PAGES = [/^\/deployments\/(?!new$)[^/]+$/];

/**
 * A request the cache sent to render a page carries this header with a secret made when the server
 * started, so proxy.ts lets it through instead of asking the cache again. Anything else a client sends
 * under this name is dropped.
 */
export const FILL_HEADER = "x-page-cache-fill";
const fillSecret = randomBytes(24).toString("base64url");

/**
 * Next's headers of a client-side navigation, prefetch or server action (an RSC payload, not an HTML
 * document). Next removes them before proxy.ts sees a request, so the test that counts is the Accept
 * header: a browser opening a page asks for text/html, the router's fetches ask for anything.
 */
const RSC_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/** PLANNER_PAGE_CACHE_SECONDS (default 30; 0 turns the cache off): how late a kept page may be on what depends on the clock. */
export function pageCacheSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PLANNER_PAGE_CACHE_SECONDS;
  const seconds = raw === undefined || raw.trim() === "" ? 30 : Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3600) : 0;
}

export function isFillRequest(headers: Headers): boolean {
  const value = headers.get(FILL_HEADER);
  if (!value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(fillSecret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The origin of this server for requests to itself (`next start` and `next dev` set it), or null. */
const ownOrigin = () => process.env.__NEXT_PRIVATE_ORIGIN || null;

/** Whether the cache may answer this request: a browser opening a kept page (GET, HTML) with a session cookie. */
export function wantsCachedPage(method: string, pathname: string, headers: Headers): boolean {
  return (
    method === "GET" &&
    CACHED_PAGES.some((p) => p.test(pathname)) &&
    (headers.get("accept") ?? "").includes("text/html") &&
    !RSC_HEADERS.some((h) => headers.has(h)) &&
    sessionTokenOf(headers.get("cookie")) !== null &&
    pageCacheSeconds() > 0 &&
    ownOrigin() !== null
  );
}

async function stamp(sessionToken: string): Promise<PageStamp> {
  // Loaded on first use, so requests the cache never sees do not load the database client.
  const [{ prisma }, { readContentGeneration }] = await Promise.all([import("../db/client"), import("../db/content-generation")]);
  const [generation, session] = await Promise.all([
    readContentGeneration(prisma),
    prisma.session.findUnique({ where: { token: sessionToken }, select: { expiresAt: true, user: { select: { banned: true } } } }),
  ]);
  return { generation, liveSession: session !== null && session.expiresAt.getTime() > Date.now() && session.user.banned !== true };
}

/** Request headers not sent on to the render: hop-by-hop ones, and the encoding (the cache keeps text). */
const NOT_FORWARDED = new Set([
  "host",
  "connection",
  "content-length",
  "accept-encoding",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  FILL_HEADER,
]);

async function render(pathAndQuery: string, requestHeaders: Headers): Promise<RenderedPage> {
  const headers = new Headers();
  requestHeaders.forEach((value, name) => {
    if (!NOT_FORWARDED.has(name) && !name.startsWith("x-middleware-")) headers.set(name, value);
  });
  // The render goes to this server's own address; the page still learns the host the viewer asked.
  const host = requestHeaders.get("host");
  if (host && !headers.has("x-forwarded-host")) headers.set("x-forwarded-host", host);
  headers.set("accept-encoding", "identity"); // the HTML is kept as text: no compressing only to decompress
  headers.set(FILL_HEADER, fillSecret);
  const res = await fetch(new URL(pathAndQuery, ownOrigin()!), { headers, redirect: "manual", cache: "no-store" });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

let warned = false;
function warnOnce(e: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`page cache: answering without it (${e instanceof Error ? e.message : String(e)}); pages render as usual`);
}

let cache: PageCache | null = null;

function theCache(): PageCache {
  cache ??= new PageCache({ ttlMs: pageCacheSeconds() * 1000, maxChars: 64 * 1024 * 1024, stamp, render });
  return cache;
}

/**
 * The answer for a request `wantsCachedPage` accepted: a Response with the page (a kept one, or the one
 * just rendered), or null when the usual path should render it (no live session).
 */
export async function cachedPageResponse(pathAndQuery: string, headers: Headers, nonce: string, csp: string): Promise<Response | null> {
  const token = sessionTokenOf(headers.get("cookie"))!;
  const key = createHash("sha256")
    .update(`${pathAndQuery}\n${headers.get("cookie")}`)
    .digest("base64url");
  let answer;
  try {
    answer = await theCache().answer(key, pathAndQuery, token, headers, nonce);
  } catch (e) {
    // The cache is a shortcut: when it fails (its request to this server, the database), the app renders as usual.
    warnOnce(e);
    return null;
  }
  // A redirect (a role too low, signed out meanwhile), a missing deployment or an error: the app renders
  // it again the usual way, which costs little and keeps Next's own handling (a proxy's Response may not
  // carry a relative Location). A page that set a cookie (a refreshed session) goes back as rendered.
  if (answer.kind === "skip" || (answer.kind === "passed" && answer.page.status !== 200)) return null;
  if (answer.kind === "passed") {
    const out = new Headers(answer.page.headers);
    for (const h of ["content-encoding", "content-length", "transfer-encoding"]) out.delete(h);
    return new Response(answer.page.body, { status: answer.page.status, headers: out });
  }
  const out = new Headers(answer.headers);
  out.set("Content-Security-Policy", csp);
  out.set("x-page-cache", answer.kind);
  return new Response(answer.html, { status: 200, headers: out });
}
