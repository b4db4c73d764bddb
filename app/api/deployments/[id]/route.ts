// GET: a stored deployment as a deployment file (?format=yaml, ?download=1 for a file download).
// PUT: replace it with a deployment file. If-Match: <version> (the ETag of the GET) is required, so
// a client can never overwrite a change it has not seen: 428 without it, 409 when it is stale.
// DELETE: remove it.
import { prisma } from "@/lib/db/client";
import { deleteDeployment, loadDeployment, replaceDeployment, StaleVersionError } from "@/lib/db/deployment-store";
import { fileSlug, serializeDeployment } from "@/lib/db/import-export";
import { parseDeploymentText } from "@/lib/formats/parse-deployment";
import { recordAudit } from "@/lib/db/audit-store";
import { summarizeChange } from "@/lib/planning/change-summary";
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
  if (!ifMatch) return failure("send If-Match with the version you edited (the ETag of GET /api/deployments/:id), so no one else's change is overwritten", 428);
  const expected = Number(ifMatch.replace(/^W\//, "").replace(/"/g, ""));
  if (!Number.isInteger(expected) || expected < 1) return failure("If-Match must be the deployment version number, e.g. \"3\"", 400);
  try {
    const before = await loadDeployment(prisma, id);
    const version = await replaceDeployment(prisma, id, parsed.deployment, expected);
    // replaceDeployment owns its transaction, so the audit entry follows right after it. `before` is
    // the version the write was based on whenever the write succeeds (it is refused otherwise).
    const detail = before ? summarizeChange(before.deployment, parsed.deployment).detail : "replaced";
    await recordAudit(prisma, { deploymentId: id, deploymentName: parsed.deployment.name, actor: actorName(user), action: "api:put", detail: `${detail} (version ${version})` });
    return json({ id, version, warnings: parsed.warnings.map(({ path, message }) => ({ path, message })) }, 200, { ETag: `"${version}"` });
  } catch (e) {
    if (e instanceof StaleVersionError) return json({ error: e.message, version: e.current }, 409);
    if (e instanceof Error && /does not exist/.test(e.message)) return failure("no such deployment", 404);
    throw e;
  }
}

export async function DELETE(request: Request, ctx: Ctx) {
  const user = await authorizeApi(request, "planner");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const exists = await prisma.deployment.findUnique({ where: { id }, select: { id: true, name: true, version: true } });
  if (!exists) return failure("no such deployment", 404);
  await deleteDeployment(prisma, id);
  await recordAudit(prisma, { deploymentId: id, deploymentName: exists.name, actor: actorName(user), action: "api:delete", detail: `deleted at version ${exists.version}` });
  return new Response(null, { status: 204 });
}
