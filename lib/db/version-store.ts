// Approved plan versions: the deployment file, its assumptions and its plan frozen when a planner
// approves them, numbered 1, 2, 3 … per deployment. A plan version is one combination of a deployment
// version and an assumptions version: the current combination, until approved, is the draft of the next
// number. The approveVersion command (lib/commands/versions.ts) stores one with its audit entry in one
// transaction.
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
  /** The assumptions version (0: the defaults) and the deployment's own values it stands for. */
  assumptionsVersion: number;
  assumptions: Record<string, number>;
}

export interface VersionSummary {
  number: number;
  deploymentVersion: number;
  assumptionsVersion: number;
  approvedBy: string;
  approvedAt: Date;
  note: string;
}

export interface StoredVersion extends VersionSummary {
  deployment: Deployment;
  plan: Plan;
  /** The deployment's own assumption values approved with it. */
  assumptions: Record<string, number>;
}

const summary = {
  number: true,
  deploymentVersion: true,
  assumptionsVersion: true,
  approvedBy: true,
  approvedAt: true,
  note: true,
} as const;

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
      assumptionsVersion: input.assumptionsVersion,
      assumptionsJson: JSON.stringify(input.assumptions),
    },
  });
  return number;
}

/** The approved version that froze this deployment version with this assumptions version, if any. */
export async function versionApproving(
  tx: Tx | Db,
  deploymentId: string,
  deploymentVersion: number,
  assumptionsVersion: number,
): Promise<number | null> {
  const row = await tx.planVersion.findFirst({
    where: { deploymentId, deploymentVersion, assumptionsVersion },
    orderBy: { number: "asc" },
    select: { number: true },
  });
  return row?.number ?? null;
}

export const approvalAuditDetail = (number: number, input: ApprovalInput) =>
  `plan version ${number} (deployment version ${input.deploymentVersion}, assumptions version ${input.assumptionsVersion}): ${input.note}`;

/** The plan version a deployment version and assumptions version make: approved (its number), or the draft of the next number. */
export interface PlanVersionStatus {
  number: number;
  deploymentVersion: number;
  assumptionsVersion: number;
  approved: { approvedBy: string; approvedAt: Date } | null;
}

export async function planVersionStatus(
  db: Db,
  deploymentId: string,
  deploymentVersion: number,
  assumptionsVersion: number,
): Promise<PlanVersionStatus> {
  const [approved, last] = await Promise.all([
    db.planVersion.findFirst({
      where: { deploymentId, deploymentVersion, assumptionsVersion },
      orderBy: { number: "asc" },
      select: { number: true, approvedBy: true, approvedAt: true },
    }),
    db.planVersion.findFirst({ where: { deploymentId }, orderBy: { number: "desc" }, select: { number: true } }),
  ]);
  return approved
    ? {
        number: approved.number,
        deploymentVersion,
        assumptionsVersion,
        approved: { approvedBy: approved.approvedBy, approvedAt: approved.approvedAt },
      }
    : { number: (last?.number ?? 0) + 1, deploymentVersion, assumptionsVersion, approved: null };
}

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
    assumptionsVersion: row.assumptionsVersion,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    note: row.note,
    deployment: JSON.parse(row.deploymentJson) as Deployment,
    plan: JSON.parse(row.planJson) as Plan,
    assumptions: JSON.parse(row.assumptionsJson) as Record<string, number>,
  };
}
