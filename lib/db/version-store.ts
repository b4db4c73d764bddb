// Approved plan versions: the deployment file and its plan frozen when a planner approves them,
// numbered 1, 2, 3 … per deployment. The approveVersion command (lib/commands/versions.ts) stores one
// with its audit entry in one transaction.
import type { Db } from "./client";
import type { Deployment } from "../formats/deployment";
import type { Plan } from "../engine/plan";
import type { Tx } from "./deployment-store";

export interface ApprovalInput {
  approvedBy: string;
  note: string;
  deployment: Deployment;
  plan: Plan;
  /** The stored deployment's version the plan was computed from. */
  deploymentVersion: number;
}

export interface VersionSummary {
  number: number;
  deploymentVersion: number;
  approvedBy: string;
  approvedAt: Date;
  note: string;
}

export interface StoredVersion extends VersionSummary {
  deployment: Deployment;
  plan: Plan;
}

const summary = { number: true, deploymentVersion: true, approvedBy: true, approvedAt: true, note: true } as const;

/** The next version number, stored inside the caller's transaction (the audit entry goes in the same one). */
export async function insertVersion(tx: Tx, deploymentId: string, input: ApprovalInput): Promise<number> {
  const last = await tx.planVersion.findFirst({ where: { deploymentId }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  await tx.planVersion.create({
    data: {
      deploymentId,
      number,
      deploymentVersion: input.deploymentVersion,
      approvedBy: input.approvedBy,
      note: input.note,
      deploymentJson: JSON.stringify(input.deployment),
      planJson: JSON.stringify(input.plan),
    },
  });
  return number;
}

/** The approved version that froze this deployment version, if any (read inside the approval's transaction). */
export async function versionApproving(tx: Tx, deploymentId: string, deploymentVersion: number): Promise<number | null> {
  const row = await tx.planVersion.findFirst({
    where: { deploymentId, deploymentVersion },
    orderBy: { number: "asc" },
    select: { number: true },
  });
  return row?.number ?? null;
}

export const approvalAuditDetail = (number: number, input: ApprovalInput) =>
  `version ${number} (deployment version ${input.deploymentVersion}): ${input.note}`;

/** A concurrent approval took the same number (unique deploymentId+number). */
export const isNumberTaken = (e: unknown) => !!e && typeof e === "object" && "code" in e && (e as { code?: string }).code === "P2002";

/** Newest first, without the stored files. */
export async function listVersions(db: Db, deploymentId: string): Promise<VersionSummary[]> {
  return db.planVersion.findMany({ where: { deploymentId }, orderBy: { number: "desc" }, select: summary });
}

export async function loadVersion(db: Db, deploymentId: string, number: number): Promise<StoredVersion | null> {
  if (!Number.isInteger(number) || number < 1) return null;
  const row = await db.planVersion.findUnique({ where: { deploymentId_number: { deploymentId, number } } });
  if (!row) return null;
  return {
    number: row.number,
    deploymentVersion: row.deploymentVersion,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    note: row.note,
    deployment: JSON.parse(row.deploymentJson) as Deployment,
    plan: JSON.parse(row.planJson) as Plan,
  };
}
