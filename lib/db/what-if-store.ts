// What-ifs ("Try it"): a deployment that is one recommendation applied to a baseline, linked to it by a
// WhatIf row. The commands in lib/commands/what-if.ts write them; pages read them here.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";

export interface WhatIfInfo {
  /** The what-if's own deployment id. */
  id: string;
  baselineId: string;
  recommendationId: string;
  title: string;
  baselineVersion: number;
  createdAt: Date;
}

const fields = {
  deploymentId: true,
  baselineId: true,
  recommendationId: true,
  title: true,
  baselineVersion: true,
  createdAt: true,
} as const;
const info = (r: { deploymentId: string } & Omit<WhatIfInfo, "id">): WhatIfInfo => ({
  id: r.deploymentId,
  baselineId: r.baselineId,
  recommendationId: r.recommendationId,
  title: r.title,
  baselineVersion: r.baselineVersion,
  createdAt: r.createdAt,
});

/** The what-if a deployment is, or null for an ordinary deployment. */
export async function whatIfOf(db: Db | Tx, id: string): Promise<WhatIfInfo | null> {
  const row = await db.whatIf.findUnique({ where: { deploymentId: id }, select: fields });
  return row ? info(row) : null;
}

/** The what-ifs of one baseline, newest first. */
export async function listWhatIfs(db: Db | Tx, baselineId: string): Promise<WhatIfInfo[]> {
  const rows = await db.whatIf.findMany({
    where: { baselineId },
    orderBy: [{ createdAt: "desc" }, { deploymentId: "asc" }],
    select: fields,
  });
  return rows.map(info);
}

/** Every what-if, grouped by baseline id (the deployments list shows them under their baseline). */
export async function whatIfsByBaseline(db: Db): Promise<Map<string, WhatIfInfo[]>> {
  const rows = await db.whatIf.findMany({ orderBy: [{ createdAt: "desc" }, { deploymentId: "asc" }], select: fields });
  const out = new Map<string, WhatIfInfo[]>();
  for (const r of rows) out.set(r.baselineId, [...(out.get(r.baselineId) ?? []), info(r)]);
  return out;
}

export async function findWhatIf(tx: Tx, baselineId: string, recommendationId: string): Promise<WhatIfInfo | null> {
  const row = await tx.whatIf.findUnique({ where: { baselineId_recommendationId: { baselineId, recommendationId } }, select: fields });
  return row ? info(row) : null;
}

export async function linkWhatIf(tx: Tx, w: Omit<WhatIfInfo, "createdAt">): Promise<void> {
  await tx.whatIf.create({
    data: {
      deploymentId: w.id,
      baselineId: w.baselineId,
      recommendationId: w.recommendationId,
      title: w.title,
      baselineVersion: w.baselineVersion,
    },
  });
}

/** The deployment ids of a baseline's what-ifs (deleted with it). */
export async function whatIfIdsOf(tx: Tx, baselineId: string): Promise<string[]> {
  return (await tx.whatIf.findMany({ where: { baselineId }, select: { deploymentId: true } })).map((r) => r.deploymentId);
}
