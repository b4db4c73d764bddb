// Recorded disaster-recovery drills of a deployment (B7).
import type { Db } from "./client";
import type { Tx } from "./deployment-store";
import type { DrillRecord } from "../view/drills";

function parseMinutes(json: string): Record<string, number> {
  try {
    const v: unknown = JSON.parse(json);
    if (!v || typeof v !== "object") return {};
    return Object.fromEntries(Object.entries(v).filter(([, m]) => typeof m === "number" && Number.isFinite(m) && m >= 0)) as Record<
      string,
      number
    >;
  } catch {
    return {};
  }
}

export async function listDrills(db: Db | Tx, deploymentId: string): Promise<DrillRecord[]> {
  const rows = await db.drill.findMany({ where: { deploymentId }, orderBy: { performedOn: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    scenarioId: r.scenarioId,
    performedOn: r.performedOn,
    stepMinutes: parseMinutes(r.stepMinutes),
    notes: r.notes,
    recordedBy: r.recordedBy,
  }));
}

export async function recordDrill(db: Db | Tx, deploymentId: string, drill: Omit<DrillRecord, "id">): Promise<string> {
  const row = await db.drill.create({
    data: {
      deploymentId,
      scenarioId: drill.scenarioId,
      performedOn: drill.performedOn,
      stepMinutes: JSON.stringify(drill.stepMinutes),
      notes: drill.notes,
      recordedBy: drill.recordedBy,
    },
    select: { id: true },
  });
  return row.id;
}

export async function deleteDrill(db: Db | Tx, deploymentId: string, id: string): Promise<void> {
  await db.drill.deleteMany({ where: { id, deploymentId } });
}
