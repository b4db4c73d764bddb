// GET the backup job pack of a stored deployment as a zip (job-pack.md): viewer role and above.
// A deployment whose share paths or pool names a job could not use answers 422 with path-named problems.
import { fileSlug } from "@/lib/db/import-export";
import { buildJobPack } from "@/lib/jobpack";
import { jobPackName, zipJobPack } from "@/lib/jobpack/zip";
import { loadPlan } from "@/lib/planning/load-plan";
import { failure, problems } from "@/lib/http/responses";
import { authorizeApi } from "@/lib/auth/server";

export async function GET(request: Request, ctx: RouteContext<"/api/deployments/[id]/jobs">) {
  const user = await authorizeApi(request, "viewer");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const planned = await loadPlan(id);
  if (!planned) return failure("no such deployment", 404);
  const pack = buildJobPack(planned.stored.deployment, planned.plan);
  if (!pack.ok) return problems(pack.errors, [], 422);
  const name = jobPackName(fileSlug(planned.stored.deployment.name));
  return new Response(Buffer.from(zipJobPack(pack.files, name)), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${name}.zip"`,
      "X-Deployment-Version": String(planned.stored.version),
    },
  });
}
