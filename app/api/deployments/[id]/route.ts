// GET: a stored deployment as a deployment file (?format=yaml, ?download=1 for a file download).
// PUT: replace it with a deployment file. If-Match: <version> (the ETag of the GET) is required, so
// a client can never overwrite a change it has not seen: 428 without it, 409 when it is stale.
// DELETE: remove it.
import { prisma } from "@/lib/db/client";
import { loadDeployment } from "@/lib/db/deployment-store";
import { deleteDeployment, replaceDeployment } from "@/lib/commands/deployments";
import { fileSlug, serializeDeployment } from "@/lib/db/import-export";
import { parseDeploymentText } from "@/lib/formats/parse-deployment";
import { failure, json, nameHintFor, problems, readBodyText } from "@/lib/http/responses";
import { authorizeApi, actorName } from "@/lib/auth/server";

type Ctx = RouteContext<"/api/deployments/[id]">;

export async function GET(request: Request, ctx: Ctx) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const stored = await loadDeployment(prisma, id);
  if (!stored) return failure("no such deployment", 404);
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "yaml" ? "yaml" : "json";
  const headers: Record<string, string> = {
    "Content-Type": format === "yaml" ? "application/yaml; charset=utf-8" : "application/json; charset=utf-8",
    ETag: `"${stored.version}"`,
    "X-Deployment-Version": String(stored.version),
  };
  if (params.get("download"))
    headers["Content-Disposition"] = `attachment; filename="${fileSlug(stored.deployment.name)}.deployment.${format}"`;
  return new Response(serializeDeployment(stored.deployment, format), { headers });
}

export async function PUT(request: Request, ctx: Ctx) {
  const user = await authorizeApi(request, "planner");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const body = await readBodyText(request);
  if (!body.ok) return body.response;
  const parsed = parseDeploymentText(body.text, nameHintFor(request));
  if (!parsed.ok) return problems(parsed.errors, parsed.warnings);
  const ifMatch = request.headers.get("if-match")?.trim();
  if (!ifMatch)
    return failure(
      "send If-Match with the version you edited (the ETag of GET /api/deployments/:id), so no one else's change is overwritten",
      428,
    );
  const expected = Number(ifMatch.replace(/^W\//, "").replace(/"/g, ""));
  if (!Number.isInteger(expected) || expected < 1) return failure('If-Match must be the deployment version number, e.g. "3"', 400);
  const result = await replaceDeployment(prisma, { id, deployment: parsed.deployment, expectedVersion: expected }, actorName(user));
  if (result.ok)
    return json({ id, version: result.version, warnings: parsed.warnings.map(({ path, message }) => ({ path, message })) }, 200, {
      ETag: `"${result.version}"`,
    });
  if (result.stale) return json({ error: result.message, version: result.version }, 409);
  if (result.notFound) return failure("no such deployment", 404);
  return failure(result.message, 400);
}

export async function DELETE(request: Request, ctx: Ctx) {
  const user = await authorizeApi(request, "planner");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const result = await deleteDeployment(prisma, { id, auditAction: "api:delete" }, actorName(user));
  if (!result.ok) return failure("no such deployment", 404);
  return new Response(null, { status: 204 });
}
