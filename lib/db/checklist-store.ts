// Checklist ticks per deployment: who ticked which item and when, until the next cycle's reset.
import type { Db } from "./client";
import type { Tx } from "./deployment-store";

export interface Tick {
  itemId: string;
  tickedBy: string;
  tickedAt: Date;
}

export async function listTicks(db: Db | Tx, deploymentId: string): Promise<Tick[]> {
  return db.checklistTick.findMany({
    where: { deploymentId },
    select: { itemId: true, tickedBy: true, tickedAt: true },
    orderBy: { tickedAt: "asc" },
  });
}

export async function setTick(db: Db | Tx, deploymentId: string, itemId: string, ticked: boolean, tickedBy: string): Promise<void> {
  if (ticked) {
    await db.checklistTick.upsert({
      where: { deploymentId_itemId: { deploymentId, itemId } },
      create: { deploymentId, itemId, tickedBy },
      update: {},
    });
  } else {
    await db.checklistTick.deleteMany({ where: { deploymentId, itemId } });
  }
}

/** Start the next backup cycle: every item unticked. Returns how many ticks were cleared. */
export async function resetTicks(db: Db | Tx, deploymentId: string, itemIds?: string[]): Promise<number> {
  const result = await db.checklistTick.deleteMany({ where: { deploymentId, ...(itemIds ? { itemId: { in: itemIds } } : {}) } });
  return result.count;
}
