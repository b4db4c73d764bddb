import { fileSlug } from "@/lib/db/import-export";
import { failure } from "@/lib/http/responses";
import { iscpDocumentFor } from "@/lib/planning/iscp-for";
import { renderIscpPdf } from "@/lib/print/iscp/pdf";
import { authorizeApi } from "@/lib/auth/server";

export async function GET(request: Request, ctx: RouteContext<"/deployments/[id]/contingency-plan/pdf">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const doc = await iscpDocumentFor(id);
  if (!doc) return failure("no such deployment", 404);
  const pdf = await renderIscpPdf(doc);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileSlug(doc.deploymentName)}.contingency-plan.pdf"`,
    },
  });
}
