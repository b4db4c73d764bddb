// GET the plan of a stored deployment: the plan file (plan-format.md, the compact form `npm run plan` and
// POST /api/plan write), ?form=full for every step field written out (indented), or ?format=markdown;
// ?download=1 for "Export plan (JSON)" / "Download Markdown"; ?successor=<target> adds the successor section (M1).
import { fileSlug } from "@/lib/db/import-export";
import { planToMarkdown } from "@/lib/engine/markdown";
import { loadPlan } from "@/lib/planning/load-plan";
import { failure } from "@/lib/http/responses";
import { planJson } from "@/lib/formats/plan-json";
import { authorizeApi } from "@/lib/auth/server";
import { planWithSuccessor } from "@/lib/engine/successor";

export async function GET(request: Request, ctx: RouteContext<"/api/deployments/[id]/plan">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const planned = await loadPlan(id);
  if (!planned) return failure("no such deployment", 404);
  const params = new URL(request.url).searchParams;
  const withExit = planWithSuccessor(
    planned.stored.deployment,
    planned.plan,
    params.get("successor"),
    new Date().toISOString().slice(0, 10),
  );
  if (!withExit.ok) return failure(`successor: ${withExit.message}`, 400);
  const markdown = params.get("format") === "markdown";
  const headers: Record<string, string> = {
    "Content-Type": markdown ? "text/markdown; charset=utf-8" : "application/json; charset=utf-8",
    "X-Deployment-Version": String(planned.stored.version),
  };
  if (params.get("download"))
    headers["Content-Disposition"] = `attachment; filename="${fileSlug(planned.stored.deployment.name)}.plan.${markdown ? "md" : "json"}"`;
  const body = markdown
    ? planToMarkdown(withExit.plan)
    : params.get("form") === "full"
      ? JSON.stringify(withExit.plan, null, 2) + "\n"
      : planJson(withExit.plan);
  return new Response(body, { headers });
}
