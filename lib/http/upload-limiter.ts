// Evidence uploads (and previews) are heavy: a 16 MB file takes seconds to parse and judge. So per app
// instance each deployment and each upload token has one upload at a time, and at most
// UPLOAD_LIMITS.perHour in any hour; beyond either the route answers 429 with Retry-After, before
// reading the body. A nightly task uploads once a day, a planner a few times while setting one up.
import { failure } from "./responses";

export const UPLOAD_LIMITS = {
  /** Uploads started per deployment, and per upload token, in any sliding hour. */
  perHour: 20,
  windowMs: 60 * 60 * 1000,
  /** What Retry-After says while another upload of the same deployment or token is running. */
  busyRetrySeconds: 10,
} as const;

export type UploadSlot = { ok: true; release: () => void } | { ok: false; retryAfterSeconds: number; message: string };

export class UploadLimiter {
  private readonly running = new Set<string>();
  private readonly started = new Map<string, number[]>();

  constructor(private readonly limits: { perHour: number; windowMs: number; busyRetrySeconds: number } = UPLOAD_LIMITS) {}

  /** Take the slot of every key (e.g. "deployment:<id>", "token:<id>"), or say how long to wait. */
  begin(keys: string[], now = Date.now()): UploadSlot {
    const busy = keys.find((k) => this.running.has(k));
    if (busy)
      return {
        ok: false,
        retryAfterSeconds: this.limits.busyRetrySeconds,
        message: `another upload for this ${busy.split(":")[0]} is being processed; one at a time`,
      };
    for (const key of keys) {
      const recent = (this.started.get(key) ?? []).filter((t) => t > now - this.limits.windowMs);
      this.started.set(key, recent);
      if (recent.length >= this.limits.perHour)
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + this.limits.windowMs - now) / 1000)),
          message: `at most ${this.limits.perHour} uploads per ${key.split(":")[0]} in an hour`,
        };
    }
    for (const key of keys) {
      this.running.add(key);
      this.started.get(key)!.push(now);
    }
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        for (const key of keys) this.running.delete(key);
      },
    };
  }
}

const globalForLimiter = globalThis as unknown as { uploadLimiter?: UploadLimiter };

/** The app's limiter (one per process, kept across dev reloads). */
export function uploadLimiter(): UploadLimiter {
  globalForLimiter.uploadLimiter ??= new UploadLimiter();
  return globalForLimiter.uploadLimiter;
}

/** The 429 answer for a refused slot. */
export function tooManyUploads(slot: Extract<UploadSlot, { ok: false }>): Response {
  return failure(slot.message, 429, { "Retry-After": String(slot.retryAfterSeconds) });
}
