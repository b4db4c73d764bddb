"use server";
// Creating a deployment by hand: the form's few facts plus typical defaults, validated exactly like
// an imported file; errors are shown beside the field they came from.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { createDeploymentAudited } from "@/lib/db/audited-writes";
import { currentActor } from "@/lib/planning/actor";
import type { FormState } from "@/lib/actions/form-state";
import { FORM_FIELD, fieldForPath, nothingSaved, problemsToFields } from "@/lib/actions/field-paths";
import { buildNewDeployment, newDeploymentFromForm } from "@/lib/actions/new-deployment";
import { validateDeployment } from "@/lib/formats/parse-deployment";
import { describeProblem } from "@/lib/formats/problems";
import { authorizeAction } from "@/lib/auth/server";

export async function createDeploymentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  await authorizeAction("planner");
  const { file, fields } = buildNewDeployment(newDeploymentFromForm(fd));
  const result = validateDeployment(file);
  if (!result.ok) {
    const { fieldErrors, otherErrors } = problemsToFields(result.errors, (path) => fieldForPath(path, fields) ?? FORM_FIELD);
    return {
      ok: false,
      message: nothingSaved(fieldErrors, otherErrors),
      fieldErrors,
      otherErrors,
      warnings: result.warnings.map(describeProblem),
    };
  }
  const id = await createDeploymentAudited(prisma, result.deployment, { actor: await currentActor(), action: "create" });
  revalidatePath("/", "layout");
  redirect(`/deployments/${id}/model`);
}
