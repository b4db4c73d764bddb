import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps paths of this site, as resolved", () => {
    expect(safeNextPath("/deployments/abc/plan?x=1")).toBe("/deployments/abc/plan?x=1");
    expect(safeNextPath("/deployments/abc#gaps")).toBe("/deployments/abc#gaps");
    expect(safeNextPath("/deployments/./abc/../xyz")).toBe("/deployments/xyz");
    // Encoded slashes stay encoded: the browser asks this server for that path.
    expect(safeNextPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeNextPath("/\u0000/x")).toBe("/%00/x");
  });

  it("refuses every form that a browser would follow to another site", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example/phish",
      "/\r/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      "/\\/evil.example",
      "/.//evil.example",
      "/..//evil.example",
      "///evil.example",
      "//evil.example@app.invalid",
    ])
      expect(safeNextPath(bad), JSON.stringify(bad)).toBe("/");
  });

  it("refuses the sign-in page's own query decoded once (percent-encoded tab, backslash, slashes)", () => {
    // The sign-in page reads `next` from searchParams, which decodes once: these are what it gets.
    for (const query of [
      "%2F%09%2Fevil.example%2Fphish",
      "%2F%5Cevil.example",
      "%2F%2Fevil.example",
      "%2F%0D%0A%2Fevil.example",
      "https%3A%2F%2Fevil.example",
    ])
      expect(safeNextPath(new URLSearchParams(`next=${query}`).get("next")), query).toBe("/");
  });

  it("refuses non-paths and loops", () => {
    for (const bad of [
      "evil",
      "",
      null,
      3,
      undefined,
      "/sign-in?next=/",
      "/sign-in",
      "/setup",
      "/api/deployments",
      "/api",
      `/${"a".repeat(2000)}`,
    ])
      expect(safeNextPath(bad)).toBe("/");
    expect(safeNextPath("/sign-in-help")).toBe("/sign-in-help");
  });
});
