// POST a deployment file (JSON, or YAML with a yaml content type); the answer is its plan
// (plan-format.md), or 400 with every problem and its JSON path. The planning runs in worker threads
// and the plan is compressed for the client (lib/http/plan-response.ts).
import { planResponse } from "@/lib/http/plan-response";
import { readBodyText } from "@/lib/http/responses";

export async function POST(request: Request) {
  const body = await readBodyText(request);
  if (!body.ok) return body.response;
  return planResponse(request, body.text);
}
