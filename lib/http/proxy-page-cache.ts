// proxy.ts's side of the rendered-page cache (lib/http/page-cache.ts): which requests it serves, how it
// reads the session cookie and checks the session and the content generation, and how a miss renders the
// page through the app. `createProxyPageCache` takes its checks and its render as arguments, so a unit test
// can drive it with a real database and a fake render; `cachedPageResponse` is the app's instance.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { PageCache, type PageStamp, type RenderedPage } from "./page-cache";
import { readSessionCookie, sessionCookieName } from "../auth/session-cookie";
import { deploymentOfPage, type SessionCheck } from "./page-cache-session";

/** The pages kept: the overview of a deployment (the first page a planner opens, and the heaviest); /deployments/new is another page. */
const CACHED_PAGES = [/^\/deployments\/(?!new$)[^/]+$/];

/** How long a render through the app may take before the cache gives up and the app renders the usual way. */
export const RENDER_TIMEOUT_MS = 10_000;

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

/**
 * The address this server answers itself on: PLANNER_SELF_ORIGIN when set (a server bound to one
 * address), else the loopback address on PORT (which `next start` and `next dev` set to the port they
 * listen on), else null: the cache is off.
 */
export function selfOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.PLANNER_SELF_ORIGIN?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? `http://127.0.0.1:${port}` : null;
}

/** Whether the cache may answer this request: a browser opening a kept page (GET, HTML) with one session cookie. */
export function wantsCachedPage(method: string, pathname: string, headers: Headers): boolean {
  return (
    method === "GET" &&
    CACHED_PAGES.some((p) => p.test(pathname)) &&
    (headers.get("accept") ?? "").includes("text/html") &&
    !RSC_HEADERS.some((h) => headers.has(h)) &&
    readSessionCookie(headers.get("cookie"), sessionCookieName()).kind === "one" &&
    pageCacheSeconds() > 0 &&
    cacheOrigin() !== null
  );
}

/** The key of a kept page: the path and query, and the session token (nothing else of the Cookie header). */
export const pageKey = (pathAndQuery: string, token: string) =>
  createHash("sha256").update(`${pathAndQuery}\n${token}`).digest("base64url");

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

/** Renders a page through the app at `origin`, giving up after `timeoutMs`. */
export function renderThrough(origin: string, timeoutMs = RENDER_TIMEOUT_MS) {
  return async (pathAndQuery: string, requestHeaders: Headers): Promise<RenderedPage> => {
    const headers = new Headers();
    requestHeaders.forEach((value, name) => {
      if (!NOT_FORWARDED.has(name) && !name.startsWith("x-middleware-")) headers.set(name, value);
    });
    // The render goes to this server's own address; the page still learns the host the viewer asked.
    const host = requestHeaders.get("host");
    if (host && !headers.has("x-forwarded-host")) headers.set("x-forwarded-host", host);
    headers.set("accept-encoding", "identity"); // the HTML is kept as text: no compressing only to decompress
    headers.set(FILL_HEADER, fillSecret);
    const res = await fetch(new URL(pathAndQuery, origin), {
      headers,
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };
}

export interface ProxyPageCacheOptions {
  /** The session cookie's name better-auth reads (sessionCookieName()). */
  cookieName: string;
  ttlMs: number;
  maxChars?: number;
  /** The page's generation and whether the session is one better-auth accepts now (sessionPageStamp). */
  stamp: (session: Omit<SessionCheck, "secret">, deploymentId: string) => Promise<PageStamp>;
  render: (pathAndQuery: string, headers: Headers) => Promise<RenderedPage>;
  now?: () => number;
  /** Where a failure of the cache is reported (once). */
  warn?: (message: string) => void;
}

export type ProxyPageCache = (pathAndQuery: string, headers: Headers, nonce: string, csp: string) => Promise<Response | null>;

/**
 * The cache's answer for a request `wantsCachedPage` accepted: a Response with the page (a kept one, or
 * the one just rendered), or null when the usual path should render it (no single session cookie, no
 * live session, not a deployment's page, or the cache failed).
 */
export function createProxyPageCache(options: ProxyPageCacheOptions): ProxyPageCache {
  type Session = { token: string; signature: string };
  const cache = new PageCache<Session>({
    ttlMs: options.ttlMs,
    maxChars: options.maxChars ?? 64 * 1024 * 1024,
    now: options.now,
    render: options.render,
    stamp: (session, pathAndQuery) => options.stamp(session, deploymentOfPage(pathAndQuery)!),
  });
  let warned = false;
  const warnOnce = (e: unknown) => {
    if (warned) return;
    warned = true;
    (options.warn ?? console.warn)(
      `page cache: answering without it (${e instanceof Error ? e.message : String(e)}); pages render as usual`,
    );
  };
  return async (pathAndQuery, headers, nonce, csp) => {
    const cookie = readSessionCookie(headers.get("cookie"), options.cookieName);
    // No cookie, or two of them (which one better-auth takes is not the cache's guess to make): no cache.
    if (cookie.kind !== "one" || deploymentOfPage(pathAndQuery) === null) return null;
    let answer;
    try {
      answer = await cache.answer(pageKey(pathAndQuery, cookie.token), pathAndQuery, cookie, headers, nonce);
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
  };
}

let offLogged = false;
/** The origin the cache renders through, or null (cache off, said once in the log). */
function cacheOrigin(): string | null {
  const origin = selfOrigin();
  if (origin === null && !offLogged && pageCacheSeconds() > 0) {
    offLogged = true;
    console.warn("page cache: off, this server's own address is not known (set PORT or PLANNER_SELF_ORIGIN); pages render as usual");
  }
  return origin;
}

let appCache: ProxyPageCache | null = null;
let secret: Promise<string> | null = null;

/** The app's cache: the database's sessions and generations, renders through this server. */
export const cachedPageResponse: ProxyPageCache = (pathAndQuery, headers, nonce, csp) => {
  appCache ??= createProxyPageCache({
    cookieName: sessionCookieName(),
    ttlMs: pageCacheSeconds() * 1000,
    render: renderThrough(cacheOrigin()!),
    stamp: async (session, deploymentId) => {
      // Loaded on first use, so requests the cache never sees do not load the database client.
      const [{ prisma }, { resolveAuthSecret }, { sessionPageStamp }] = await Promise.all([
        import("../db/client"),
        import("../auth/secret"),
        import("./page-cache-session"),
      ]);
      secret ??= resolveAuthSecret(prisma).catch((e: unknown) => {
        secret = null;
        throw e;
      });
      return sessionPageStamp(prisma, { ...session, secret: await secret }, deploymentId);
    },
  });
  return appCache(pathAndQuery, headers, nonce, csp);
};
