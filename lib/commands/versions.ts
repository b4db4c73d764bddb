// Approving a plan: the current deployment file, its assumptions and its plan frozen as the next
// numbered plan version. What is approved is the combination (deployment version, assumptions version):
// a calibration or an edited assumption makes a new combination that can be approved in its turn.
import { z } from "zod";
import type { Db } from "../db/client";
import { approvalAuditDetail, insertVersion, isNumberTaken, versionApproving } from "../db/version-store";
import type { PlannedDeployment } from "../planning/load-plan";
import { audited, fail, NO_DEPLOYMENT, type Actor, type CommandResult } from "./command";

const approvalFields = z.object({
  deploymentId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  expectedAssumptionsVersion: z.coerce.number().int().min(0).optional(),
  note: z
    .string()
    .trim()
    .min(1, { error: "a note is needed (what was reviewed, why it is approved)" })
    .max(2000, { error: "at most 2,000 characters" }),
});

export interface ApproveInput {
  deploymentId: string;
  /** The deployment version the approver reviewed (the form's hidden field). */
  expectedVersion: unknown;
  /** The assumptions version the approver reviewed (the form's hidden field; absent: whatever is current). */
  expectedAssumptionsVersion?: unknown;
  note: string;
  /** The deployment's current plan (loadPlan); null when it no longer exists. */
  planned: PlannedDeployment | null;
}

export async function approveVersion(db: Db, input: ApproveInput, actor: Actor): Promise<CommandResult<{ number: number }>> {
  const parsed = approvalFields.safeParse(input);
  if (!parsed.success) return fail("Not approved: fix the fields marked below.", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { deploymentId, expectedVersion, note } = parsed.data;
  const { planned } = input;
  if (!planned) return fail(NO_DEPLOYMENT, { notFound: true });
  const assumptionsVersion = planned.assumptionsVersion ?? 0;
  const expectedAssumptions = parsed.data.expectedAssumptionsVersion;
  if (expectedAssumptions !== undefined && expectedAssumptions !== assumptionsVersion)
    return fail(
      `The assumptions changed since this page was loaded (now assumptions version ${assumptionsVersion}). Reload the page, review the plan and approve again.`,
      { stale: true, version: planned.stored.version },
    );
  if (planned.stored.version !== expectedVersion)
    return fail(
      `The deployment changed since this page was loaded (now version ${planned.stored.version}). Reload the page, review the plan and approve again.`,
      {
        stale: true,
        version: planned.stored.version,
      },
    );
  const approval = {
    approvedBy: actor,
    note,
    deployment: planned.stored.deployment,
    plan: planned.plan,
    deploymentVersion: planned.stored.version,
    assumptionsVersion,
    assumptions: planned.assumptionOverrides as Record<string, number>,
  };
  // One approval per plan version (deployment version + assumptions version): checked in the transaction
  // that stores it (and again when a concurrent approval took the number), so a second approval is refused.
  const attempt = () =>
    audited(db, actor, async (tx, audit) => {
      const already = await versionApproving(tx, deploymentId, expectedVersion, assumptionsVersion);
      if (already !== null) return { already };
      const number = await insertVersion(tx, deploymentId, approval);
      await audit({
        deploymentId,
        deploymentName: approval.deployment.name,
        action: "approve",
        detail: approvalAuditDetail(number, approval),
      });
      return { number };
    });
  let outcome: { number: number } | { already: number };
  try {
    outcome = await attempt();
  } catch (e) {
    if (!isNumberTaken(e)) throw e;
    outcome = await attempt(); // a concurrent approval took the number: take the next one
  }
  if ("already" in outcome)
    return fail(
      `Deployment version ${expectedVersion} with assumptions version ${assumptionsVersion} is already approved as plan version ${outcome.already}. Change the deployment or its assumptions before approving again; the approved version stays as it is.`,
      { fieldErrors: { note: ["this plan version is already approved"] } },
    );
  return { ok: true, number: outcome.number };
}
