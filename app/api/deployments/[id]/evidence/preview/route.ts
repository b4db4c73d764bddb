// POST an evidence file to see what it says against the plan now, without storing it (the upload
// page's preview). Planners only: upload tokens cannot read anything.
import { prisma } from "@/lib/db/client";
import { previewEvidence } from "@/lib/commands/evidence";
import { MAX_EVIDENCE_BYTES } from "@/lib/formats/evidence";
import { failure, json, readBodyText } from "@/lib/http/responses";
import { evidenceFailure } from "@/lib/http/evidence-responses";
import { authorizeApi } from "@/lib/auth/server";

export async function POST(request: Request, ctx: RouteContext<"/api/deployments/[id]/evidence/preview">) {
  const user = await authorizeApi(request, "planner");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const body = await readBodyText(request, MAX_EVIDENCE_BYTES);
  if (!body.ok) return body.response;
  if (body.text.trim() === "") return failure("send the evidence file (CSV, header first) as the request body", 400);
  const result = await previewEvidence(prisma, { deploymentId: id, text: body.text });
  if (!result.ok) return evidenceFailure(result);
  return json({ rows: result.rows, evidence: result.section });
}
