// Password hashing with scrypt from node:crypto: it runs on libuv's thread pool, so a sign-in never
// blocks the event loop (better-auth's own scrypt is JavaScript on the main thread). The parameters
// are OWASP's recommendation for scrypt (N=2^17, r=8, p=1: 128 MiB, about 0.3 s here) and are stored
// with each hash, so they can be raised later without breaking existing passwords.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, length, options, (e, key) => (e ? reject(e) : resolve(key))),
  );

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 64;
const maxmemFor = ({ N, r, p }: ScryptParams) => 128 * N * r * p + 32 * 1024 * 1024;

/** "scrypt$N$r$p$salt$key", salt and key in base64. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...params, maxmem: maxmemFor(params) });
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  const parts = hash.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4], "base64");
  const expected = Buffer.from(parts[5], "base64");
  if (expected.length === 0) return false;
  const key = await scrypt(password, salt, expected.length, { N, r, p, maxmem: maxmemFor({ N, r, p }) });
  return timingSafeEqual(key, expected);
}
