// Fresh database -> migrate -> read and write through the client: guards the pinned Wasm schema
// engine (an internal Prisma API) and the committed migrations.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { migrateDeploy, pendingSchemaSql } from "./migrate";

const dir = mkdtempSync(path.join(tmpdir(), "planner-migrate-"));
const url = `file:${path.join(dir, "fresh.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("migrations on a fresh SQLite database", () => {
  it("applies every committed migration once, then nothing", async () => {
    const first = await migrateDeploy(url);
    expect(first.length).toBeGreaterThan(0);
    expect(first[0]).toMatch(/_init$/);
    expect(await migrateDeploy(url)).toEqual([]);
  });

  it("leaves no schema change without a migration", async () => {
    expect(await pendingSchemaSql(url)).toBe("");
  });

  it("reads and writes through the client", async () => {
    const db = createPrismaClient(url);
    try {
      const created = await db.deployment.create({
        data: {
          name: "Migration check",
          forest: "litware.com",
          adBackedUp: true,
          dnsBackedUp: false,
          regulated: false,
          databaseFrequencyHours: 24,
          settingsFrequencyHours: 168,
          fileShareFrequencyHours: 24,
          windowStartHour: 1,
          retentionCopies: 14,
          backupLocation: "remote",
          offsiteCopy: true,
          encrypted: true,
          bandwidthMbps: 100,
          restoreTested: false,
          logsSeparateFromData: true,
          vendorHardwareSlaHours: 8,
          adminsAvailable: 2,
          staffTrained: true,
          mediaAvailable: true,
          sites: { create: [{ position: 0, name: "Redmond", kind: "central" }] },
        },
      });
      const read = await db.deployment.findUniqueOrThrow({ where: { id: created.id }, include: { sites: true } });
      expect(read.name).toBe("Migration check");
      expect(read.sites.map((s) => s.name)).toEqual(["Redmond"]);
      await db.deployment.delete({ where: { id: created.id } });
      expect(await db.site.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
