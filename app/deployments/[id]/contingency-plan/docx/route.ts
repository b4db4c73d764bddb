import { fileSlug } from "@/lib/db/import-export";
import { failure } from "@/lib/http/responses";
import { iscpDocumentFor } from "@/lib/planning/iscp-for";
import { renderIscpDocx } from "@/lib/print/iscp/docx";
import { authorizeApi } from "@/lib/auth/server";

export async function GET(request: Request, ctx: RouteContext<"/deployments/[id]/contingency-plan/docx">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const doc = await iscpDocumentFor(id);
  if (!doc) return failure("no such deployment", 404);
  const bytes = await renderIscpDocx(doc);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${fileSlug(doc.deploymentName)}.contingency-plan.docx"`,
    },
  });
}
