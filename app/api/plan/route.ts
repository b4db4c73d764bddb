// POST a deployment file (JSON, or YAML with a yaml content type); the answer is its plan
// (plan-format.md), or 400 with every problem and its JSON path.
import { planDeployment } from "@/lib/engine/plan";
import { parseDeploymentText } from "@/lib/formats/parse-deployment";
import { json, nameHintFor, problems, readBodyText } from "@/lib/http/responses";
import { authorizeApi } from "@/lib/auth/server";

export async function POST(request: Request) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const body = await readBodyText(request);
  if (!body.ok) return body.response;
  const parsed = parseDeploymentText(body.text, nameHintFor(request));
  if (!parsed.ok) return problems(parsed.errors, parsed.warnings);
  return json(planDeployment(parsed.deployment, { warnings: parsed.warnings }));
}
