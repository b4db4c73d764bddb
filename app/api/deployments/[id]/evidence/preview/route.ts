// POST an evidence file to see what it says against the plan now, without storing it (the upload
// page's preview). Planners only: upload tokens cannot read anything. Limited like uploads (one at a
// time per deployment; lib/http/upload-limiter.ts) and judged in a worker thread.
import { prisma } from "@/lib/db/client";
import { previewEvidence } from "@/lib/commands/evidence";
import { MAX_EVIDENCE_BYTES } from "@/lib/formats/evidence";
import { failure, json, readBodyText } from "@/lib/http/responses";
import { evidenceFailure } from "@/lib/http/evidence-responses";
import { authorizeApi } from "@/lib/auth/server";
import { tooManyUploads, uploadLimiter } from "@/lib/http/upload-limiter";
import { judgeOffThread } from "@/lib/planning/off-thread";
import { PlanPoolBusyError } from "@/lib/planning/plan-pool";

export async function POST(request: Request, ctx: RouteContext<"/api/deployments/[id]/evidence/preview">) {
  const user = await authorizeApi(request, "planner");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const slot = uploadLimiter().begin([`deployment:${id}`]);
  if (!slot.ok) return tooManyUploads(slot);
  let result;
  try {
    const body = await readBodyText(request, MAX_EVIDENCE_BYTES);
    if (!body.ok) return body.response;
    if (body.text.trim() === "") return failure("send the evidence file (CSV, header first) as the request body", 400);
    result = await previewEvidence(prisma, { deploymentId: id, text: body.text }, judgeOffThread);
  } catch (e) {
    if (e instanceof PlanPoolBusyError) return failure("the planner is busy: try again shortly", 503, { "Retry-After": "5" });
    throw e;
  } finally {
    slot.release();
  }
  if (!result.ok) return evidenceFailure(result);
  return json({ rows: result.rows, evidence: result.section });
}
