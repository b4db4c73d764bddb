// The audit log: who changed which deployment how, and when. Entries carry the deployment's id and
// name but no foreign key, so the log keeps telling what happened after a deployment is deleted.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";
import { bumpContentGeneration } from "./content-generation";

export interface AuditInput {
  deploymentId: string | null;
  deploymentName: string;
  actor: string;
  /** e.g. "import", "create", "edit:servers", "rename", "duplicate", "delete", "approve", "api:put". */
  action: string;
  detail?: string;
}

export interface AuditRecord {
  id: string;
  deploymentId: string | null;
  deploymentName: string;
  actor: string;
  action: string;
  detail: string;
  at: Date;
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Record one entry, inside the caller's transaction when given one. Every audited write passes here, so
 * it also raises the content generation (lib/db/content-generation.ts): cached pages of that deployment
 * (of every deployment, for an entry naming none) made before it are not served again.
 */
export async function recordAudit(db: Db | Tx, entry: AuditInput): Promise<void> {
  await bumpContentGeneration(db, entry.deploymentId);
  await db.auditEntry.create({
    data: {
      deploymentId: entry.deploymentId,
      deploymentName: clip(entry.deploymentName, 200),
      actor: clip(entry.actor || "anonymous", 200),
      action: clip(entry.action, 60),
      detail: clip(entry.detail ?? "", 1000),
    },
  });
}

export interface AuditQuery {
  deploymentId?: string;
  take?: number;
  skip?: number;
}

/** Newest first. */
export async function listAudit(db: Db, query: AuditQuery = {}): Promise<{ entries: AuditRecord[]; total: number }> {
  const where = query.deploymentId ? { deploymentId: query.deploymentId } : {};
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: Math.min(Math.max(query.take ?? 50, 1), 500),
      skip: Math.max(query.skip ?? 0, 0),
    }),
    db.auditEntry.count({ where }),
  ]);
  return { entries, total };
}
