import { describe, expect, it } from "vitest";
import { tooManyUploads, UPLOAD_LIMITS, UploadLimiter } from "./upload-limiter";

describe("UploadLimiter", () => {
  it("lets one upload at a time per deployment and per token", () => {
    const limiter = new UploadLimiter();
    const first = limiter.begin(["deployment:a", "token:t"], 0);
    expect(first.ok).toBe(true);
    expect(limiter.begin(["deployment:a"], 1)).toEqual({
      ok: false,
      retryAfterSeconds: 10,
      message: "another upload for this deployment is being processed; one at a time",
    });
    expect(limiter.begin(["deployment:b", "token:t"], 1)).toMatchObject({ ok: false, message: expect.stringMatching(/this token/) });
    expect(limiter.begin(["deployment:b"], 1).ok).toBe(true);
    if (first.ok) first.release();
    expect(limiter.begin(["deployment:a", "token:t"], 2).ok).toBe(true);
  });

  it("allows 20 uploads per deployment in any hour, then says when the next may start", () => {
    const limiter = new UploadLimiter();
    for (let i = 0; i < UPLOAD_LIMITS.perHour; i++) {
      const slot = limiter.begin(["deployment:a"], i * 60_000);
      expect(slot.ok).toBe(true);
      if (slot.ok) slot.release();
    }
    const refused = limiter.begin(["deployment:a"], 30 * 60_000);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1800, message: "at most 20 uploads per deployment in an hour" });
    expect(limiter.begin(["deployment:other"], 30 * 60_000).ok).toBe(true);
    // The first upload (at 0) leaves the window at 60 min.
    expect(limiter.begin(["deployment:a"], 60 * 60_000 + 1).ok).toBe(true);
  });

  it("answers 429 with Retry-After", async () => {
    const res = tooManyUploads({ ok: false, retryAfterSeconds: 42, message: "at most 20 uploads per token in an hour" });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(await res.json()).toEqual({ error: "at most 20 uploads per token in an hour" });
  });
});
