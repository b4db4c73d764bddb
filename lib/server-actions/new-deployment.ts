"use server";
// Creating a deployment by hand: the form's few facts plus typical defaults, validated exactly like
// an imported file; errors are shown beside the field they came from.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { createDeployment } from "@/lib/commands/deployments";
import { isForm, NO_FORM, type FormState } from "@/lib/actions/form-state";
import { FORM_FIELD, fieldForPath, nothingSaved, problemsToFields } from "@/lib/actions/field-paths";
import { buildNewDeployment, newDeploymentFromForm } from "@/lib/actions/new-deployment";
import { describeProblem } from "@/lib/formats/problems";
import { actorName, authorizeAction } from "@/lib/auth/server";

export async function createDeploymentAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const user = await authorizeAction("planner");
  if (!isForm(fd)) return { ok: false, message: NO_FORM };
  const { file, fields } = buildNewDeployment(newDeploymentFromForm(fd));
  const result = await createDeployment(prisma, { file }, actorName(user));
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
  revalidatePath("/", "layout");
  redirect(`/deployments/${result.id}/model`);
}
