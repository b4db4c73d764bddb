// GET one restore run as the run page shows it; the run page polls this every 1.5 s. The ETag is the
// run's version, so an unchanged run costs one indexed read and an empty 304.
import { prisma } from "@/lib/db/client";
import { loadRun, runVersion } from "@/lib/db/run-store";
import { failure } from "@/lib/http/responses";
import { runView } from "@/lib/view/run-view";
import { authorizeApi } from "@/lib/auth/server";

const etagOf = (version: number) => `"run-${version}"`;

export async function GET(request: Request, ctx: RouteContext<"/api/deployments/[id]/runs/[runId]">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id, runId } = await ctx.params;
  const version = await runVersion(prisma, id, runId);
  if (version === null) return failure("no such run in this deployment", 404);
  const headers = { ETag: etagOf(version), "Cache-Control": "no-cache" };
  if (request.headers.get("if-none-match") === etagOf(version)) return new Response(null, { status: 304, headers });
  const run = await loadRun(prisma, id, runId);
  if (!run) return failure("no such run in this deployment", 404);
  return Response.json(runView(run), { headers: { ...headers, ETag: etagOf(run.version) } });
}
