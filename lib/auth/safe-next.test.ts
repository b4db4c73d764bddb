import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps paths of this site", () => {
    expect(safeNextPath("/deployments/abc/plan?x=1")).toBe("/deployments/abc/plan?x=1");
  });
  it("refuses other sites and loops", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example/x",
      "/\\evil.example",
      "evil",
      "",
      null,
      3,
      "/sign-in?next=/",
      "/setup",
      "/api/deployments",
    ])
      expect(safeNextPath(bad)).toBe("/");
  });
});
