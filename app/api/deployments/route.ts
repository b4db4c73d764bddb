// GET: the stored deployments. POST: import a deployment file (JSON, or YAML with a yaml content type).
import { prisma } from "@/lib/db/client";
import { listDeployments } from "@/lib/db/deployment-store";
import { importDeployment } from "@/lib/commands/deployments";
import { json, nameHintFor, problems, readBodyText } from "@/lib/http/responses";
import { authorizeApi, actorName } from "@/lib/auth/server";

export async function GET(request: Request) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const deployments = await listDeployments(prisma, { whatIfs: true });
  return json({ deployments });
}

export async function POST(request: Request) {
  const user = await authorizeApi(request, "planner");
  if (user instanceof Response) return user;
  const body = await readBodyText(request);
  if (!body.ok) return body.response;
  const result = await importDeployment(prisma, { text: body.text, fileName: nameHintFor(request) }, actorName(user));
  if (!result.ok) return problems(result.errors, result.warnings);
  return json(
    { id: result.id, name: result.deployment.name, warnings: result.warnings.map(({ path, message }) => ({ path, message })) },
    201,
    { Location: `/api/deployments/${result.id}` },
  );
}
