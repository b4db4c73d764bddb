// POST an evidence file (evidence-format.md; the CSV as the body, ?name=<file name> optional): stored
// whole with its counts, judged against the plan now. A planner session or this deployment's upload
// token (Authorization: Bearer …). 201 with the counts and warnings (each naming line and column);
// 422 with line- and column-named errors for a bad file (nothing stored); 413 over the size limit.
import { prisma } from "@/lib/db/client";
import { uploadEvidence } from "@/lib/commands/evidence";
import { MAX_EVIDENCE_BYTES } from "@/lib/formats/evidence";
import { failure, json, readBodyText } from "@/lib/http/responses";
import { evidenceFailure } from "@/lib/http/evidence-responses";
import { authorizeEvidenceUpload } from "@/lib/auth/evidence-upload";

type Ctx = RouteContext<"/api/deployments/[id]/evidence">;

export async function POST(request: Request, ctx: Ctx) {
  const uploader = await authorizeEvidenceUpload(request, (await ctx.params).id);
  if (uploader instanceof Response) return uploader;
  const { id } = await ctx.params;
  const body = await readBodyText(request, MAX_EVIDENCE_BYTES);
  if (!body.ok) return body.response;
  if (body.text.trim() === "") return failure("send the evidence file (CSV, header first) as the request body", 400);
  const fileName = new URL(request.url).searchParams.get("name") ?? "";
  const result = await uploadEvidence(prisma, { deploymentId: id, text: body.text, fileName, token: uploader.token }, uploader.actor);
  if (!result.ok) return evidenceFailure(result);
  const { id: uploadId, rows, goodRuns, failedRuns, warnings, summary, pruned } = result;
  return json({ id: uploadId, rows, goodRuns, failedRuns, warnings, summary, pruned }, 201);
}
