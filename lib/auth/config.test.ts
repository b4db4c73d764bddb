import { describe, expect, it } from "vitest";
import { secureCookies, sessionSeconds } from "./create-auth";

describe("secureCookies", () => {
  it("follows the public URL's scheme unless AUTH_SECURE_COOKIES says otherwise", () => {
    expect(secureCookies(undefined, {})).toBe(false);
    expect(secureCookies("http://planner.corp:3000", {})).toBe(false);
    expect(secureCookies("https://planner.corp", {})).toBe(true);
    expect(secureCookies(undefined, { AUTH_SECURE_COOKIES: "true" })).toBe(true);
    expect(secureCookies("https://planner.corp", { AUTH_SECURE_COOKIES: "false" })).toBe(false);
  });
});

describe("sessionSeconds", () => {
  it("is 8 hours unless AUTH_SESSION_HOURS sets a positive number", () => {
    expect(sessionSeconds({})).toBe(8 * 3600);
    expect(sessionSeconds({ AUTH_SESSION_HOURS: "0.5" })).toBe(1800);
    expect(sessionSeconds({ AUTH_SESSION_HOURS: "-2" })).toBe(8 * 3600);
    expect(sessionSeconds({ AUTH_SESSION_HOURS: "lots" })).toBe(8 * 3600);
  });
});
