import { fileSlug } from "@/lib/db/import-export";
import { failure } from "@/lib/http/responses";
import { runbookDocumentFor } from "@/lib/planning/runbook-for";
import { renderRunbookPdf } from "@/components/print/runbook-pdf";
import { authorizeApi } from "@/lib/auth/server";

export async function GET(request: Request, ctx: RouteContext<"/deployments/[id]/runbooks/[scenario]/pdf">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id, scenario } = await ctx.params;
  const doc = await runbookDocumentFor(id, scenario);
  if (!doc) return failure("no such runbook", 404);
  const pdf = await renderRunbookPdf(doc);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileSlug(`${doc.deploymentName}-${doc.scenarioId}`)}.runbook.pdf"`,
    },
  });
}
