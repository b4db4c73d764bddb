import { describe, expect, it } from "vitest";
import { PageCache, type PageStamp, type RenderedPage } from "./page-cache";

const page = (nonce: string, body: string, extra: Record<string, string> = {}, status = 200): RenderedPage => ({
  status,
  headers: new Headers({
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    link: `</a.css>; rel=preload; as="style"; nonce="${nonce}"`,
    vary: "rsc, Accept-Encoding",
    "x-not-kept": "1",
    ...extra,
  }),
  body,
});

/** A cache over a fake app: `state` is what the stamp and the next render see; `renders` counts renders. */
function setUp(ttlMs = 30_000, maxChars = 1_000_000) {
  const state = {
    generation: "1",
    live: true,
    clock: 0,
    version: "v1",
    next: null as RenderedPage | null,
    renders: 0,
    gate: null as Promise<void> | null,
  };
  const cache = new PageCache({
    ttlMs,
    maxChars,
    now: () => state.clock,
    stamp: async (): Promise<PageStamp> => ({ generation: state.generation, liveSession: state.live }),
    render: async (path) => {
      state.renders++;
      if (state.gate) await state.gate;
      const n = `render${state.renders}`;
      return state.next ?? page(n, `<script nonce="${n}">${path} ${state.version}</script>`);
    },
  });
  const ask = (nonce: string, key = "k", headers: Record<string, string> = {}) =>
    cache.answer(key, "/deployments/d1", "token", new Headers(headers), nonce);
  return { cache, state, ask };
}

describe("the rendered-page cache", () => {
  it("renders once, then answers from the cache with each answer's own nonce in the HTML and the Link header", async () => {
    const { state, ask } = setUp();
    const first = await ask("N1");
    expect(first).toMatchObject({ kind: "filled", html: '<script nonce="N1">/deployments/d1 v1</script>' });
    state.version = "v2"; // what a render would now show; the cache must not render again
    const second = await ask("N2");
    expect(second).toMatchObject({ kind: "hit", html: '<script nonce="N2">/deployments/d1 v1</script>' });
    expect(state.renders).toBe(1);
    if (second.kind !== "hit") throw new Error("expected a hit");
    expect(Object.fromEntries(second.headers)).toEqual({
      "content-type": "text/html; charset=utf-8",
      link: '</a.css>; rel=preload; as="style"; nonce="N2"',
      vary: "rsc, Accept-Encoding",
    });
  });

  it("renders again once anything was written (the content generation moved)", async () => {
    const { state, ask } = setUp();
    await ask("N1");
    state.generation = "2";
    state.version = "v2";
    expect(await ask("N2")).toMatchObject({ kind: "filled", html: '<script nonce="N2">/deployments/d1 v2</script>' });
    expect(await ask("N3")).toMatchObject({ kind: "hit", html: '<script nonce="N3">/deployments/d1 v2</script>' });
    expect(state.renders).toBe(2);
  });

  it("keeps a page for less than its time to live, so what depends on the clock is at most that late", async () => {
    const { state, ask } = setUp(30_000);
    await ask("N1");
    state.clock = 29_999;
    expect((await ask("N2")).kind).toBe("hit");
    state.clock = 30_000;
    expect((await ask("N3")).kind).toBe("filled");
    expect(state.renders).toBe(2);
  });

  it("answers nothing for a session that is no longer live, so the page itself sends the viewer to sign in", async () => {
    const { state, ask } = setUp();
    await ask("N1");
    state.live = false;
    expect(await ask("N2")).toEqual({ kind: "skip" });
    expect(state.renders).toBe(1);
  });

  it("renders again on a hard reload (Cache-Control or Pragma no-cache) and keeps that render", async () => {
    const { state, ask } = setUp();
    await ask("N1");
    state.version = "v2";
    expect(await ask("N2", "k", { "cache-control": "no-cache" })).toMatchObject({
      kind: "filled",
      html: '<script nonce="N2">/deployments/d1 v2</script>',
    });
    expect(await ask("N3", "k", { pragma: "no-cache" })).toMatchObject({ kind: "filled" });
    expect(await ask("N4", "k", { "cache-control": "max-age=0" })).toMatchObject({ kind: "hit" });
    expect(state.renders).toBe(3);
  });

  it("keeps one page per key: another viewer's cookies or another query render their own", async () => {
    const { state, ask } = setUp();
    await ask("N1", "planner");
    state.version = "viewer's";
    expect(await ask("N2", "viewer")).toMatchObject({ kind: "filled", html: '<script nonce="N2">/deployments/d1 viewer\'s</script>' });
    expect(await ask("N3", "planner")).toMatchObject({ kind: "hit", html: '<script nonce="N3">/deployments/d1 v1</script>' });
  });

  it.each([
    ["a redirect (signed out while rendering)", page("r", "", { location: "/sign-in" }, 307)],
    ["an error page", page("r", "<p>error</p>", {}, 500)],
    ["a render that set a cookie (a refreshed session)", page("r", '<script nonce="r"></script>', { "set-cookie": "s=1" })],
    ["a page without a nonce", { status: 200, headers: new Headers({ "content-type": "text/html" }), body: "<p></p>" }],
    ["something else than HTML", page("r", "{}", { "content-type": "application/json" })],
  ])("does not keep %s: the request that rendered it gets it as rendered", async (_, rendered) => {
    const { state, ask, cache } = setUp();
    state.next = rendered;
    expect(await ask("N1")).toEqual({ kind: "passed", page: rendered });
    expect(await ask("N2")).toEqual({ kind: "passed", page: rendered });
    expect(state.renders).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("renders once for requests that miss together, and each gets the page with its own nonce", async () => {
    const { state, ask } = setUp();
    let open!: () => void;
    state.gate = new Promise((r) => (open = r));
    const answers = [ask("A"), ask("B"), ask("C")];
    await new Promise((r) => setTimeout(r, 5));
    open();
    const htmls = (await Promise.all(answers)).map((a) => (a.kind === "filled" ? a.html : a.kind));
    expect(htmls).toEqual([
      '<script nonce="A">/deployments/d1 v1</script>',
      '<script nonce="B">/deployments/d1 v1</script>',
      '<script nonce="C">/deployments/d1 v1</script>',
    ]);
    expect(state.renders).toBe(1);
  });

  it("requests that wait on a render that is not kept render the page themselves", async () => {
    const { state, ask } = setUp();
    let open!: () => void;
    state.gate = new Promise((r) => (open = r));
    state.next = page("r", "", { location: "/sign-in" }, 307);
    const answers = [ask("A"), ask("B")];
    await new Promise((r) => setTimeout(r, 5));
    open();
    expect((await Promise.all(answers)).map((a) => a.kind)).toEqual(["passed", "skip"]);
  });

  it("passes a failed render on to the caller and forgets it, so the next request tries again", async () => {
    const { state, ask, cache } = setUp();
    state.gate = Promise.reject(new Error("connection refused"));
    state.gate.catch(() => undefined);
    await expect(ask("N1")).rejects.toThrow("connection refused");
    state.gate = null;
    expect(await ask("N2")).toMatchObject({ kind: "filled", html: '<script nonce="N2">/deployments/d1 v1</script>' });
    expect(cache.size).toBe(1);
  });

  it("drops the least recently used pages beyond its size, and never keeps a page larger than the whole cache", async () => {
    const { state, ask, cache } = setUp(30_000, 100);
    const body = (n: string) => `<script nonce="${n}">${"x".repeat(20)}</script>`; // 46 characters
    state.next = page("a", body("a"));
    await ask("N", "a");
    state.next = page("b", body("b"));
    await ask("N", "b");
    expect((await ask("N", "a")).kind).toBe("hit"); // a is now the most recently used
    state.next = page("c", body("c"));
    await ask("N", "c"); // 3 x 46 > 100: b goes
    expect(cache.size).toBe(2);
    expect((await ask("N", "a")).kind).toBe("hit");
    expect((await ask("N", "b")).kind).toBe("filled");
    state.next = page("d", `<script nonce="d">${"x".repeat(200)}</script>`);
    expect((await ask("N", "d")).kind).toBe("filled");
    expect((await ask("N", "d")).kind).toBe("filled");
  });
});
