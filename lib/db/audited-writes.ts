// Writes of the deployment store that record their audit entry in the same transaction.
// (lib/db/deployment-store.ts stays free of audit concerns; callers that want a record use these.)
import type { Db } from "./client";
import type { Deployment } from "../formats/deployment";
import { insertDeployment } from "./deployment-store";
import { recordAudit } from "./audit-store";

export interface AuditContext {
  actor: string;
  /** Default "create". */
  action?: string;
  detail?: string;
}

const TX = { timeout: 60_000, maxWait: 10_000 };

const counts = (d: Deployment) =>
  `${d.sites.length} site${d.sites.length === 1 ? "" : "s"}, ${d.pools.length} pool${d.pools.length === 1 ? "" : "s"}, ${d.servers.length} server${d.servers.length === 1 ? "" : "s"}`;

/** Store a new deployment and its audit entry in one transaction; returns the new id. */
export async function createDeploymentAudited(db: Db, d: Deployment, audit: AuditContext): Promise<string> {
  return db.$transaction(async (tx) => {
    const id = await insertDeployment(tx, d);
    await recordAudit(tx, {
      deploymentId: id,
      deploymentName: d.name,
      actor: audit.actor,
      action: audit.action ?? "create",
      detail: audit.detail ?? counts(d),
    });
    return id;
  }, TX);
}

export const deploymentCounts = counts;
