import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "./same-origin";

const req = (method: string, headers: Record<string, string>, url = "http://planner.corp:3000/api/deployments") =>
  new Request(url, { method, headers });

describe("crossSiteRefusal", () => {
  it("lets reads through whatever their origin", () => {
    expect(crossSiteRefusal(req("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBeNull();
    expect(crossSiteRefusal(req("HEAD", { origin: "https://evil.example" }))).toBeNull();
  });

  it("lets a write from this app's own origin through, by URL, Host, X-Forwarded-Host or BETTER_AUTH_URL", () => {
    expect(crossSiteRefusal(req("POST", { origin: "http://planner.corp:3000", "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(crossSiteRefusal(req("PUT", { origin: "http://planner.corp:3000", host: "planner.corp:3000" }))).toBeNull();
    expect(
      crossSiteRefusal(
        req("DELETE", { origin: "https://planner.example.com", "x-forwarded-host": "planner.example.com", "x-forwarded-proto": "https" }),
      ),
    ).toBeNull();
    expect(
      crossSiteRefusal(req("POST", { origin: "https://planner.example.com" }), { BETTER_AUTH_URL: "https://planner.example.com/" }),
    ).toBeNull();
  });

  it("lets a client without Origin or Sec-Fetch-Site through (not a browser page)", () => {
    expect(crossSiteRefusal(req("POST", {}))).toBeNull();
    expect(crossSiteRefusal(req("POST", { "sec-fetch-site": "none" }))).toBeNull();
  });

  it("refuses a write from another origin, an opaque one, or one the browser calls cross-site or same-site", () => {
    expect(crossSiteRefusal(req("POST", { origin: "https://evil.example" }))).toBe(
      "a request from https://evil.example cannot write with this site's session cookie",
    );
    expect(crossSiteRefusal(req("PUT", { origin: "http://planner.corp:3001" }))).not.toBeNull();
    expect(crossSiteRefusal(req("PATCH", { origin: "https://planner.corp:3000" }))).not.toBeNull();
    expect(crossSiteRefusal(req("DELETE", { origin: "null" }))).toBe(
      "a request from an opaque origin cannot write with this site's session cookie",
    );
    expect(crossSiteRefusal(req("POST", { "sec-fetch-site": "cross-site" }))).toBe(
      "a cross-site request cannot write with this site's session cookie",
    );
    expect(crossSiteRefusal(req("POST", { "sec-fetch-site": "same-site", origin: "http://planner.corp:3000" }))).not.toBeNull();
  });
});
