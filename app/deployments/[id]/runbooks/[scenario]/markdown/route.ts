import { fileSlug } from "@/lib/db/import-export";
import { failure } from "@/lib/http/responses";
import { runbookDocumentFor } from "@/lib/planning/runbook-for";
import { runbookToMarkdown } from "@/lib/print/runbook-markdown";
import { authorizeApi } from "@/lib/auth/server";

export async function GET(request: Request, ctx: RouteContext<"/deployments/[id]/runbooks/[scenario]/markdown">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id, scenario } = await ctx.params;
  const doc = await runbookDocumentFor(id, scenario);
  if (!doc) return failure("no such runbook", 404);
  return new Response(runbookToMarkdown(doc), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileSlug(`${doc.deploymentName}-${doc.scenarioId}`)}.runbook.md"`,
    },
  });
}
