// The body size limit of the JSON API (413 before the body is held whole), as the evidence upload uses it.
import { describe, expect, it } from "vitest";
import { MAX_EVIDENCE_BYTES } from "../formats/evidence";
import { readBodyText } from "./responses";

const LIMIT = 1024;

function streamed(bytes: number, chunk = 100): { request: Request; pulled: () => number } {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x61));
    },
  });
  const request = new Request("http://localhost/api/deployments/x/evidence", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => sent };
}

describe("readBodyText", () => {
  it("refuses a declared length over the limit with 413 and a message naming the limit, without reading the body", async () => {
    const { request, pulled } = streamed(LIMIT * 4);
    request.headers.set("content-length", String(LIMIT * 4));
    const got = await readBodyText(request, LIMIT);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.response.status).toBe(413);
    expect(await got.response.json()).toEqual({ error: `the body is larger than the ${LIMIT / 1048576} MB limit` });
    expect(pulled()).toBeLessThanOrEqual(100);
  });

  it("stops reading a body without a declared length as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(LIMIT * 50);
    const got = await readBodyText(request, LIMIT);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.response.status).toBe(413);
    expect(pulled()).toBeLessThan(LIMIT * 2);
  });

  it("reads a body of exactly the limit", async () => {
    const { request } = streamed(LIMIT);
    expect(await readBodyText(request, LIMIT)).toEqual({ ok: true, text: "a".repeat(LIMIT) });
  });

  it("names the evidence limit in megabytes", async () => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: "x",
      headers: { "content-length": String(MAX_EVIDENCE_BYTES + 1) },
    });
    const got = await readBodyText(request, MAX_EVIDENCE_BYTES);
    expect(got.ok ? null : await got.response.json()).toEqual({ error: "the body is larger than the 16 MB limit" });
  });
});
