// POST a deployment file (JSON, or YAML with a yaml content type); the answer is its plan
// (plan-format.md), or 400 with every problem and its JSON path. The planning runs in worker threads
// (lib/http/plan-response.ts). Viewers may use it: it computes and stores nothing.
import { planResponse } from "@/lib/http/plan-response";
import { readBodyText } from "@/lib/http/responses";
import { authorizeApi } from "@/lib/auth/server";

export async function POST(request: Request) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const body = await readBodyText(request);
  if (!body.ok) return body.response;
  return planResponse(request, body.text);
}
