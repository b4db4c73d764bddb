import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSignedBy, readSessionCookie, sessionCookieName } from "./session-cookie";

const SIG = "c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmE="; // 44 characters, base64 of 32 bytes
const signed = (token: string) => `${token}.${encodeURIComponent(SIG)}`;
const NAME = "ocs-planner.session_token";

describe("sessionCookieName", () => {
  it("is the one name better-auth reads: __Secure- in front exactly when cookies are secure", () => {
    expect(sessionCookieName({})).toBe("ocs-planner.session_token");
    expect(sessionCookieName({ BETTER_AUTH_URL: "http://planner.corp:3000" })).toBe("ocs-planner.session_token");
    expect(sessionCookieName({ BETTER_AUTH_URL: " https://planner.corp " })).toBe("__Secure-ocs-planner.session_token");
    expect(sessionCookieName({ AUTH_SECURE_COOKIES: "true" })).toBe("__Secure-ocs-planner.session_token");
    expect(sessionCookieName({ BETTER_AUTH_URL: "https://planner.corp", AUTH_SECURE_COOKIES: "false" })).toBe("ocs-planner.session_token");
  });
});

describe("readSessionCookie", () => {
  it("takes the token and signature of the one cookie with that name, among other cookies", () => {
    expect(readSessionCookie(`${NAME}=${signed("abc123")}`, NAME)).toEqual({ kind: "one", token: "abc123", signature: SIG });
    expect(readSessionCookie(`theme=dark; ${NAME}=${signed("abc123")}; x=1`, NAME)).toMatchObject({ kind: "one", token: "abc123" });
    expect(readSessionCookie(`a=1;${NAME}="${signed("q")}"`, NAME)).toMatchObject({ kind: "one", token: "q" });
  });

  it("ignores the cookie under the name better-auth does not read", () => {
    expect(readSessionCookie(`__Secure-${NAME}=${signed("admin")}`, NAME)).toEqual({ kind: "none" });
    expect(readSessionCookie(`__Secure-${NAME}=${signed("admin")}; ${NAME}=${signed("me")}`, NAME)).toMatchObject({ token: "me" });
    expect(readSessionCookie(`${NAME}=${signed("me")}`, `__Secure-${NAME}`)).toEqual({ kind: "none" });
  });

  it("is unclear with two session cookies, or a value that is not token.signature", () => {
    expect(readSessionCookie(`${NAME}=${signed("a")}; ${NAME}=${signed("b")}`, NAME)).toEqual({ kind: "unclear" });
    expect(readSessionCookie(`${NAME}=${signed("a")}; ${NAME}=${signed("a")}`, NAME)).toEqual({ kind: "unclear" });
    for (const value of ["nosignature", `.${SIG}`, "abc.short", "%E0%A4%A.sig", `a b.${SIG}`, `t.o.k.${SIG}`])
      expect(readSessionCookie(`${NAME}=${value}`, NAME), value).toEqual({ kind: "unclear" });
  });

  it("finds none without a Cookie header or without that cookie", () => {
    expect(readSessionCookie(null, NAME)).toEqual({ kind: "none" });
    expect(readSessionCookie("", NAME)).toEqual({ kind: "none" });
    expect(readSessionCookie("other.session_token=abc.sig; theme=dark", NAME)).toEqual({ kind: "none" });
  });
});

describe("isSignedBy", () => {
  it("accepts the HMAC-SHA256 of the token under the secret, and nothing else", () => {
    const secret = "s".repeat(32);
    const good = createHmac("sha256", secret).update("tok").digest("base64");
    expect(isSignedBy(secret, "tok", good)).toBe(true);
    expect(isSignedBy("t".repeat(32), "tok", good)).toBe(false);
    expect(isSignedBy(secret, "tok2", good)).toBe(false);
    expect(isSignedBy(secret, "tok", SIG)).toBe(false);
  });
});
