// POST an evidence file (evidence-format.md; the CSV as the body, ?name=<file name> optional): stored
// whole with its counts, judged against the plan now. A planner session or this deployment's upload
// token (Authorization: Bearer …). 201 with the counts and warnings (each naming line and column);
// 422 with line- and column-named errors for a bad file (nothing stored); 413 over the size limit; 429
// with Retry-After past one upload at a time or 20 an hour per deployment and per token
// (lib/http/upload-limiter.ts). Parsing and judging run in a worker thread (lib/planning/off-thread.ts).
import { prisma } from "@/lib/db/client";
import { uploadEvidence } from "@/lib/commands/evidence";
import { MAX_EVIDENCE_BYTES } from "@/lib/formats/evidence";
import { failure, json, readBodyText } from "@/lib/http/responses";
import { evidenceFailure } from "@/lib/http/evidence-responses";
import { authorizeEvidenceUpload } from "@/lib/auth/evidence-upload";
import { tooManyUploads, uploadLimiter } from "@/lib/http/upload-limiter";
import { judgeOffThread } from "@/lib/planning/off-thread";
import { PlanPoolBusyError } from "@/lib/planning/plan-pool";

type Ctx = RouteContext<"/api/deployments/[id]/evidence">;

export async function POST(request: Request, ctx: Ctx) {
  const uploader = await authorizeEvidenceUpload(request, (await ctx.params).id);
  if (uploader instanceof Response) return uploader;
  const { id } = await ctx.params;
  const slot = uploadLimiter().begin([`deployment:${id}`, ...(uploader.token ? [`token:${uploader.token.id}`] : [])]);
  if (!slot.ok) return tooManyUploads(slot);
  let result;
  try {
    const body = await readBodyText(request, MAX_EVIDENCE_BYTES);
    if (!body.ok) return body.response;
    if (body.text.trim() === "") return failure("send the evidence file (CSV, header first) as the request body", 400);
    const fileName = new URL(request.url).searchParams.get("name") ?? "";
    const input = { deploymentId: id, text: body.text, fileName, token: uploader.token };
    result = await uploadEvidence(prisma, input, uploader.actor, judgeOffThread);
  } catch (e) {
    if (e instanceof PlanPoolBusyError) return failure("the planner is busy: try again shortly", 503, { "Retry-After": "5" });
    throw e;
  } finally {
    slot.release();
  }
  if (!result.ok) return evidenceFailure(result);
  const { id: uploadId, rows, goodRuns, failedRuns, warnings, summary, pruned } = result;
  return json({ id: uploadId, rows, goodRuns, failedRuns, warnings, summary, pruned }, 201);
}
