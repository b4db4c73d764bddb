// Sign-in rate limiting, kept in the database so that every app instance counts the same failures.
// Two limits, both over a sliding 15-minute window:
//   - per account (email): 5 failed attempts lock that account's sign-in until the window passes,
//     whichever address the attempts come from;
//   - per client address: 20 failed attempts lock that address out, whichever accounts it tries.
// A successful sign-in clears the account's failures. Addresses come from X-Forwarded-For, which a
// client can forge when no proxy sets it, so the per-account limit is the one that always holds.
import type { Db } from "../db/client";

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perAddress: 20,
} as const;

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: "account" | "address" };

const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `ip:${ip}`;

async function check(db: Db, key: string, max: number, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const recent = await db.signInAttempt.findMany({
    where: { key, at: { gt: since } },
    orderBy: { at: "desc" },
    take: max,
    select: { at: true },
  });
  if (recent.length < max) return null;
  // Locked until the oldest of the last `max` failures leaves the window.
  const unlock = recent[recent.length - 1].at.getTime() + SIGN_IN_LIMITS.windowMs;
  return Math.max(1, Math.ceil((unlock - now.getTime()) / 1000));
}

export async function checkSignIn(db: Db, who: { email: string; ip: string | null }, now = new Date()): Promise<LimitVerdict> {
  const account = await check(db, accountKey(who.email), SIGN_IN_LIMITS.perAccount, now);
  if (account !== null) return { allowed: false, retryAfterSeconds: account, reason: "account" };
  if (who.ip) {
    const address = await check(db, addressKey(who.ip), SIGN_IN_LIMITS.perAddress, now);
    if (address !== null) return { allowed: false, retryAfterSeconds: address, reason: "address" };
  }
  return { allowed: true };
}

export async function recordFailedSignIn(db: Db, who: { email: string; ip: string | null }, now = new Date()): Promise<void> {
  const keys = [accountKey(who.email), ...(who.ip ? [addressKey(who.ip)] : [])];
  const expired = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  await db.$transaction([
    // Every row older than the window, of any account or address: nothing reads them, so the table holds
    // at most one window's failures (a scan of that many rows; no index on the time alone is needed).
    db.signInAttempt.deleteMany({ where: { at: { lte: expired } } }),
    db.signInAttempt.createMany({ data: keys.map((key) => ({ key, at: now })) }),
  ]);
}

export async function clearFailedSignIns(db: Db, email: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { key: accountKey(email) } });
}

/** The client's address as the first X-Forwarded-For entry (set by Next's server or a proxy), else X-Real-IP. */
export function clientAddress(headers: Headers | null | undefined): string | null {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip")?.trim() || null;
}

export function describeLock(verdict: Extract<LimitVerdict, { allowed: false }>): string {
  const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
  const wait = `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  return verdict.reason === "account"
    ? `Too many failed sign-ins for this account. ${wait}, or ask an admin to reset the password.`
    : `Too many failed sign-ins from this address. ${wait}.`;
}
