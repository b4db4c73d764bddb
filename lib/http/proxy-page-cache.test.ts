import { afterEach, describe, expect, it, vi } from "vitest";
import { FILL_HEADER, isFillRequest, pageCacheSeconds, selfOrigin, wantsCachedPage } from "./proxy-page-cache";

const HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const SESSION = `ocs-planner.session_token=tok.${encodeURIComponent("A".repeat(43) + "=")}`;
const signedIn = (extra: Record<string, string> = {}) => new Headers({ accept: HTML, cookie: SESSION, ...extra });

describe("which requests the rendered-page cache answers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("answers a browser opening a deployment's overview (GET, text/html) with a session cookie", () => {
    vi.stubEnv("PORT", "3000");
    expect(wantsCachedPage("GET", "/deployments/abc", signedIn())).toBe(true);
  });

  it.each([
    ["another page of the deployment", "GET", "/deployments/abc/gaps", signedIn()],
    ["the deployments list", "GET", "/deployments", signedIn()],
    ["the new-deployment page", "GET", "/deployments/new", signedIn()],
    ["a HEAD request", "HEAD", "/deployments/abc", signedIn()],
    ["a server action", "POST", "/deployments/abc", signedIn({ "next-action": "x" })],
    ["a client-side navigation", "GET", "/deployments/abc", signedIn({ rsc: "1" })],
    ["a prefetch", "GET", "/deployments/abc", signedIn({ "next-router-prefetch": "1" })],
    ["a request without a session", "GET", "/deployments/abc", new Headers({ accept: HTML, cookie: "theme=dark" })],
    [
      "a fetch that does not ask for HTML (the router's, whose RSC headers Next hides from the proxy)",
      "GET",
      "/deployments/abc",
      signedIn({ accept: "*/*" }),
    ],
    ["a fetch without Accept", "GET", "/deployments/abc", new Headers({ cookie: SESSION })],
    ["a request with two session cookies", "GET", "/deployments/abc", new Headers({ accept: HTML, cookie: `${SESSION}; ${SESSION}` })],
    [
      "a request with the cookie better-auth does not read",
      "GET",
      "/deployments/abc",
      new Headers({ accept: HTML, cookie: `__Secure-${SESSION}` }),
    ],
  ])("leaves %s to the app", (_, method, path, headers) => {
    vi.stubEnv("PORT", "3000");
    expect(wantsCachedPage(method, path, headers)).toBe(false);
  });

  it("is off without the server's own address, or with PLANNER_PAGE_CACHE_SECONDS=0", () => {
    vi.stubEnv("PORT", "");
    vi.stubEnv("PLANNER_SELF_ORIGIN", "");
    expect(wantsCachedPage("GET", "/deployments/abc", signedIn())).toBe(false);
    vi.stubEnv("PORT", "3000");
    vi.stubEnv("PLANNER_PAGE_CACHE_SECONDS", "0");
    expect(wantsCachedPage("GET", "/deployments/abc", signedIn())).toBe(false);
  });

  it("renders through PLANNER_SELF_ORIGIN, else the loopback address on PORT, never a private Next variable", () => {
    expect(selfOrigin({ PORT: "3202" })).toBe("http://127.0.0.1:3202");
    expect(selfOrigin({ PORT: "3202", PLANNER_SELF_ORIGIN: "http://10.0.0.5:3000/" })).toBe("http://10.0.0.5:3000");
    expect(selfOrigin({ __NEXT_PRIVATE_ORIGIN: "http://localhost:3000" })).toBeNull();
    expect(selfOrigin({ PORT: "http" })).toBeNull();
  });

  it("keeps pages 30 s unless told, at most an hour, and reads nonsense as off", () => {
    expect(pageCacheSeconds({})).toBe(30);
    expect(pageCacheSeconds({ PLANNER_PAGE_CACHE_SECONDS: "5" })).toBe(5);
    expect(pageCacheSeconds({ PLANNER_PAGE_CACHE_SECONDS: "86400" })).toBe(3600);
    expect(pageCacheSeconds({ PLANNER_PAGE_CACHE_SECONDS: "-1" })).toBe(0);
    expect(pageCacheSeconds({ PLANNER_PAGE_CACHE_SECONDS: "soon" })).toBe(0);
  });

  it("takes a render request for its own only with the server's secret", () => {
    expect(isFillRequest(new Headers())).toBe(false);
    expect(isFillRequest(new Headers({ [FILL_HEADER]: "guess" }))).toBe(false);
    expect(isFillRequest(new Headers({ [FILL_HEADER]: "x".repeat(32) }))).toBe(false);
  });
});
