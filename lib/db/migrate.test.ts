// Fresh database -> migrate -> read and write through the client, on SQLite and (with
// TEST_POSTGRES_URL) PostgreSQL: guards the pinned Wasm schema engine, an internal Prisma API, and
// the committed migrations of both providers.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { lastMigratedSchema, migrateDeploy, pendingSchemaSql } from "./migrate";
import { derivePostgresSchema } from "./postgres-schema";
import { testDatabases } from "./test-databases";

describe("schemas and migrations are in step", () => {
  it("the last migration's snapshot is the current schema (no change without a migration)", () => {
    expect(lastMigratedSchema()).toBe(readFileSync("prisma/schema.prisma", "utf8"));
  });

  it("the PostgreSQL schema is derived from the SQLite one, not edited by hand", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(derivePostgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
  });

  it("both providers have the same migration folders", async () => {
    const { readdirSync } = await import("node:fs");
    const dirs = (p: string) =>
      readdirSync(p, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    expect(dirs("prisma/postgres/migrations")).toEqual(dirs("prisma/migrations"));
  });
});

describe("a migrated SQLite database", () => {
  it("matches the schema exactly (the Wasm engine can describe SQLite, not PostgreSQL)", async () => {
    const sqlite = testDatabases.find((d) => d.name === "sqlite")!;
    const { url, drop } = await sqlite.create();
    try {
      expect(await pendingSchemaSql(url)).toBe("");
    } finally {
      await drop();
    }
  });
});

describe.each(testDatabases)("migrations on a fresh $name database", (database) => {
  let url: string;
  let drop: () => Promise<void>;
  let db: Db;
  beforeAll(async () => {
    ({ url, drop } = await database.create());
  });
  afterAll(async () => {
    await db?.$disconnect();
    await drop();
  });

  it("applies every committed migration once, then nothing", async () => {
    const first = await migrateDeploy(url);
    expect(first[0]).toMatch(/_init$/);
    expect(await migrateDeploy(url)).toEqual([]);
  });

  it("reads and writes through the client", async () => {
    db = createPrismaClient(url);
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
  });
});
