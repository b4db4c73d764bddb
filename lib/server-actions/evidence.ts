"use server";
// Upload tokens for a deployment's evidence: create (the token is in the answer once) and revoke.
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/client";
import { createEvidenceToken, revokeEvidenceToken } from "@/lib/commands/evidence";
import { actorName, authorizeAction } from "@/lib/auth/server";
import { isForm, NO_FORM } from "@/lib/actions/form-state";

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export interface TokenFormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The new token, shown once. */
  token?: string;
  name?: string;
}

export async function createEvidenceTokenAction(_prev: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return { ok: false, message: NO_FORM };
  const deploymentId = text(formData, "deploymentId");
  const name = text(formData, "name");
  const result = await createEvidenceToken(prisma, { deploymentId, name }, actorName(user));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath(`/deployments/${deploymentId}/evidence`);
  return { ok: true, token: result.token, name: name.trim() };
}

export async function revokeEvidenceTokenAction(formData: FormData): Promise<void> {
  const user = await authorizeAction("planner");
  if (!isForm(formData)) return;
  const deploymentId = text(formData, "deploymentId");
  const result = await revokeEvidenceToken(prisma, { deploymentId, tokenId: text(formData, "tokenId") }, actorName(user));
  if (result.ok) revalidatePath(`/deployments/${deploymentId}/evidence`);
}
