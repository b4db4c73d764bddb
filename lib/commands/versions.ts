// Approving a plan: the current deployment file and its plan frozen as the next numbered version.
import { z } from "zod";
import type { Db } from "../db/client";
import { approvalAuditDetail, insertVersion, isNumberTaken } from "../db/version-store";
import type { PlannedDeployment } from "../planning/load-plan";
import { audited, fail, NO_DEPLOYMENT, type Actor, type CommandResult } from "./command";

const approvalFields = z.object({
  deploymentId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  note: z.string().trim().min(1, { error: "a note is needed (what was reviewed, why it is approved)" }).max(2000, { error: "at most 2,000 characters" }),
});

export interface ApproveInput {
  deploymentId: string;
  /** The deployment version the approver reviewed (the form's hidden field). */
  expectedVersion: unknown;
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
  if (planned.stored.version !== expectedVersion)
    return fail(`The deployment changed since this page was loaded (now version ${planned.stored.version}). Reload the page, review the plan and approve again.`, {
      stale: true,
      version: planned.stored.version,
    });
  const approval = { approvedBy: actor, note, deployment: planned.stored.deployment, plan: planned.plan, deploymentVersion: planned.stored.version };
  const attempt = () =>
    audited(db, actor, async (tx, audit) => {
      const number = await insertVersion(tx, deploymentId, approval);
      await audit({ deploymentId, deploymentName: approval.deployment.name, action: "approve", detail: approvalAuditDetail(number, approval) });
      return number;
    });
  let number: number;
  try {
    number = await attempt();
  } catch (e) {
    if (!isNumberTaken(e)) throw e;
    number = await attempt(); // a concurrent approval took the number: take the next one
  }
  return { ok: true, number };
}
