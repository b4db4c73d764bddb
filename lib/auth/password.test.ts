import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

// Small parameters keep the test fast; the format and the checks are the same as with the defaults.
const fast = { N: 1024, r: 8, p: 1 };

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery", fast);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword({ hash, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash, password: "correct horse batterY" })).toBe(false);
  });

  it("salts: the same password gives different hashes", async () => {
    expect(await hashPassword("same password here", fast)).not.toBe(await hashPassword("same password here", fast));
  });

  it("uses OWASP's scrypt parameters by default, stored in the hash", async () => {
    const hash = await hashPassword("a long enough password");
    expect(hash.split("$").slice(0, 4)).toEqual(["scrypt", "131072", "8", "1"]);
    expect(await verifyPassword({ hash, password: "a long enough password" })).toBe(true);
  });

  it("refuses malformed hashes instead of throwing", async () => {
    for (const hash of ["", "bcrypt$x", "scrypt$0$8$1$c2FsdA==$a2V5", "scrypt$1024$8$1$c2FsdA==$", "scrypt$abc$8$1$c2FsdA==$a2V5"]) {
      expect(await verifyPassword({ hash, password: "x" })).toBe(false);
    }
  });
});
