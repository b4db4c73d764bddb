// What a run page needs for its escalations (issue 27): each path's tightest recovery time target,
// from the run's frozen snapshot, and whom to tell, from the deployment's contacts today.
import { prisma } from "../db/client";
import { loadPeople } from "../db/people-store";
import { escalationContacts } from "../engine/contingency/escalation";
import type { Contact } from "../formats/extension-2-people";
import { pathTargetHours } from "../view/run-escalations";
import type { RunRecord } from "../view/run-snapshot";

export const contactLine = (c: Contact) => `${c.name} (${[c.mobile, c.office, c.email].filter(Boolean).join(", ") || "no number"})`;

export async function runEscalationSetting(
  deploymentId: string,
  run: Pick<RunRecord, "snapshot">,
): Promise<{ targets: Record<string, number | null>; tell: string[] }> {
  const people = await loadPeople(prisma, deploymentId);
  const paths = [...run.snapshot.paths, ...(run.snapshot.failback ? [run.snapshot.failback] : [])];
  return {
    targets: Object.fromEntries(paths.map((p) => [p.id, pathTargetHours(p)])),
    tell: escalationContacts({ contacts: people?.contacts }).map(contactLine),
  };
}
