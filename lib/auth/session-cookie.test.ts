import { describe, expect, it } from "vitest";
import { sessionTokenOf } from "./session-cookie";

describe("sessionTokenOf", () => {
  it("takes the token before the signature, under either cookie name, among other cookies", () => {
    expect(sessionTokenOf("ocs-planner.session_token=abc123.c2lnbmF0dXJl")).toBe("abc123");
    expect(sessionTokenOf("theme=dark; __Secure-ocs-planner.session_token=abc123.sig%3D; x=1")).toBe("abc123");
    expect(sessionTokenOf("a=1;ocs-planner.session_token=t.o.k.sig")).toBe("t.o.k");
  });

  it("finds none without the cookie, with another app's cookie, or with a value that is not token.signature", () => {
    expect(sessionTokenOf(null)).toBeNull();
    expect(sessionTokenOf("")).toBeNull();
    expect(sessionTokenOf("other.session_token=abc.sig")).toBeNull();
    expect(sessionTokenOf("ocs-planner.session_token=nosignature")).toBeNull();
    expect(sessionTokenOf("ocs-planner.session_token=.sig")).toBeNull();
    expect(sessionTokenOf("ocs-planner.session_token=%E0%A4%A.sig")).toBeNull();
  });
});
