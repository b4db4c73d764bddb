import { prisma } from "@/lib/db/client";
import { deploymentNameOf } from "@/lib/db/deployment-store";
import { fileSlug } from "@/lib/db/import-export";
import { loadRun } from "@/lib/db/run-store";
import { failure } from "@/lib/http/responses";
import { runReport } from "@/lib/view/run-report";
import { runReportToMarkdown } from "@/lib/print/run-report-markdown";
import { authorizeApi } from "@/lib/auth/server";
import { escalationsOfRun } from "@/lib/view/run-escalations";
import { runEscalationSetting } from "@/lib/planning/run-escalation-setting";
import { runEscalationsMarkdown } from "@/lib/print/run-escalations-markdown";

export async function GET(request: Request, ctx: RouteContext<"/deployments/[id]/runs/[runId]/report/markdown">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id, runId } = await ctx.params;
  const [name, run] = await Promise.all([deploymentNameOf(prisma, id), loadRun(prisma, id, runId)]);
  if (name === null || !run) return failure("no such run", 404);
  const escalation = await runEscalationSetting(id, run);
  const markdown = runReportToMarkdown(runReport(run), name) + runEscalationsMarkdown(escalationsOfRun(run, new Date()), escalation.tell);
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileSlug(`${name}-${run.scenarioId}`)}.run-report.md"`,
    },
  });
}
