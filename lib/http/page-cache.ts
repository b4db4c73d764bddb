// The rendered-page cache (issue #14): the overview of a large deployment costs ~40 ms of server CPU to
// render, yet it changes only when someone writes (every write raises the content generation in its
// audited transaction, lib/db/content-generation.ts) or as time passes (backup evidence ages, drills fall
// due). proxy.ts asks this cache first for the pages in CACHED_PAGES; a miss renders the page once
// through the app itself (a request back to this server, marked so the proxy lets it through) and keeps
// the HTML, keyed by the path and the viewer's session token, for at most `ttlMs`.
//
// A kept page is served only while
// - the content generation of its deployment is the one it was rendered at (nothing was written to that
//   deployment, nor to accounts, since, on any instance),
// - the session cookie that rendered it is still a live session (signed out, expired or disabled: no),
// - it is younger than `ttlMs` (what depends on the clock is at most that late).
// A hard reload (Cache-Control: no-cache) renders again. Each answer gets a fresh CSP nonce in place of
// the one the page was rendered with. Only complete
// HTML documents with status 200 and no Set-Cookie are kept; everything else passes through as rendered.
// Client-side navigations (RSC requests) are not cached.

export interface PageStamp {
  /** The content generation now. */
  generation: string;
  /** Whether the session token is a live session of an enabled account. */
  liveSession: boolean;
}

export interface RenderedPage {
  status: number;
  headers: Headers;
  body: string;
}

export interface PageCacheOptions<S = string> {
  ttlMs: number;
  /** Upper bound of the kept HTML, in UTF-16 code units (about bytes for this ASCII-heavy HTML). */
  maxChars: number;
  /** The generation of the page at `pathAndQuery` and whether `session` (the viewer's session cookie, as read) is live. */
  stamp: (session: S, pathAndQuery: string) => Promise<PageStamp>;
  /** Renders the page through the app; `headers` are the viewer's request headers. */
  render: (pathAndQuery: string, headers: Headers) => Promise<RenderedPage>;
  now?: () => number;
}

interface Entry {
  html: string;
  /** The nonce the page was rendered with: replaced by each answer's own. */
  nonce: string;
  generation: string;
  madeAt: number;
  headers: [string, string][];
}

/** Response headers a kept page is answered with (the CSP is set per answer). */
const KEPT_HEADERS = ["content-type", "cache-control", "vary", "link", "x-nextjs-stale-time", "x-nextjs-prerender"];

const nonceOf = (csp: string | null) => csp?.match(/'nonce-([^']+)'/)?.[1] ?? null;

/** The kept page with `nonce` wherever the render's own was (script tags, preload Link headers). */
const withNonce = (e: Entry, nonce: string) => ({
  html: e.html.replaceAll(e.nonce, nonce),
  headers: e.headers.map(([name, value]) => [name, value.replaceAll(e.nonce, nonce)] as [string, string]),
});

/** A hard reload (Cache-Control or Pragma no-cache) renders the page again, and keeps the new render. */
const asksFreshRender = (headers: Headers) =>
  /\bno-cache\b/i.test(headers.get("cache-control") ?? "") || /\bno-cache\b/i.test(headers.get("pragma") ?? "");

export type PageCacheAnswer =
  | { kind: "hit" | "filled"; html: string; headers: [string, string][] }
  /** Rendered but not kept (a redirect, an error, a Set-Cookie): answer with it as it is. */
  | { kind: "passed"; page: RenderedPage }
  /** Not for the cache (no live session): the caller renders the page the usual way. */
  | { kind: "skip" };

export class PageCache<S = string> {
  private readonly entries = new Map<string, Entry>();
  private readonly filling = new Map<string, Promise<Entry | RenderedPage>>();
  private chars = 0;

  constructor(private readonly options: PageCacheOptions<S>) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * The page for this viewer, answered with `nonce` on its scripts. `key` must identify everything the
   * page's HTML depends on besides the content generation and the clock: the path and query, and the
   * viewer's session (which says who is signed in).
   */
  async answer(key: string, pathAndQuery: string, session: S, requestHeaders: Headers, nonce: string): Promise<PageCacheAnswer> {
    const now = this.options.now ?? Date.now;
    const { generation, liveSession } = await this.options.stamp(session, pathAndQuery);
    if (!liveSession) return { kind: "skip" };
    const kept = this.entries.get(key);
    if (kept && !asksFreshRender(requestHeaders) && kept.generation === generation && now() - kept.madeAt < this.options.ttlMs) {
      // Most recently used last: the oldest goes first when the cache is full.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return { kind: "hit", ...withNonce(kept, nonce) };
    }
    const flightKey = `${key}\n${generation}`;
    let fill = this.filling.get(flightKey);
    const mine = !fill;
    if (!fill) {
      fill = this.fill(key, pathAndQuery, requestHeaders, generation).finally(() => this.filling.delete(flightKey));
      this.filling.set(flightKey, fill);
    }
    const result = await fill;
    if ("html" in result) return { kind: "filled", ...withNonce(result, nonce) };
    // A page that was not kept has one body: the request that rendered it answers with it, others render.
    return mine ? { kind: "passed", page: result } : { kind: "skip" };
  }

  private async fill(key: string, pathAndQuery: string, requestHeaders: Headers, generation: string): Promise<Entry | RenderedPage> {
    const page = await this.options.render(pathAndQuery, requestHeaders);
    const nonce = nonceOf(page.headers.get("content-security-policy"));
    const html = page.headers.get("content-type")?.startsWith("text/html") ?? false;
    if (page.status !== 200 || !html || !nonce || page.headers.has("set-cookie")) return page;
    const entry: Entry = {
      html: page.body,
      nonce,
      generation,
      madeAt: (this.options.now ?? Date.now)(),
      headers: KEPT_HEADERS.flatMap((h) => (page.headers.has(h) ? [[h, page.headers.get(h)!] as [string, string]] : [])),
    };
    this.keep(key, entry);
    return entry;
  }

  private keep(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    if (old) this.chars -= old.html.length;
    this.entries.delete(key);
    if (entry.html.length > this.options.maxChars) return;
    this.entries.set(key, entry);
    this.chars += entry.html.length;
    for (const [k, e] of this.entries) {
      if (this.chars <= this.options.maxChars) break;
      this.entries.delete(k);
      this.chars -= e.html.length;
    }
  }
}
