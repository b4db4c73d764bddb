// JSON API answers: problems are listed with their JSON paths; no stack trace ever leaves the server.
import type { Problem } from "../formats/problems";
import { MAX_DEPLOYMENT_BYTES } from "../formats/parse-deployment";

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => Response.json(body, { status, headers });

export const problems = (errors: Problem[], warnings: Problem[] = [], status = 400) =>
  json({ error: "invalid deployment file", errors: strip(errors), warnings: strip(warnings) }, status);

export const failure = (message: string, status: number, headers: Record<string, string> = {}) => json({ error: message }, status, headers);

const strip = (ps: Problem[]) => ps.map(({ path, message, rule }) => ({ path, message, ...(rule ? { rule } : {}) }));

/** Read a request body as text, refusing bodies over `limit` (the import limit by default) before reading them whole. */
export async function readBodyText(
  request: Request,
  limit = MAX_DEPLOYMENT_BYTES,
): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () => failure(`the body is larger than the ${limit / 1048576} MB limit`, 413);
  if (declared > limit) return { ok: false, response: tooLarge() };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, response: tooLarge() };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}

/** File name hint for the parser from the request's content type. */
export const nameHintFor = (request: Request) => (/yaml/i.test(request.headers.get("content-type") ?? "") ? "body.yaml" : "body.json");
