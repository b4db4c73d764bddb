import { fileSlug } from "@/lib/db/import-export";
import { failure } from "@/lib/http/responses";
import { iscpDocumentFor } from "@/lib/planning/iscp-for";
import { iscpMarkdown } from "@/lib/print/iscp/markdown";
import { authorizeApi } from "@/lib/auth/server";

export async function GET(request: Request, ctx: RouteContext<"/deployments/[id]/contingency-plan/markdown">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const doc = await iscpDocumentFor(id);
  if (!doc) return failure("no such deployment", 404);
  return new Response(iscpMarkdown(doc), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileSlug(doc.deploymentName)}.contingency-plan.md"`,
    },
  });
}
