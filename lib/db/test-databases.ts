// The databases the store tests run against: a fresh SQLite file always, and a fresh PostgreSQL
// database when TEST_POSTGRES_URL names a server (CI starts one; see .ci/run).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TestDatabase {
  name: "sqlite" | "postgresql";
  create: () => Promise<{ url: string; drop: () => Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: "sqlite",
  create: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "planner-test-"));
    return { url: `file:${path.join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgresServer = process.env.TEST_POSTGRES_URL;
const postgres: TestDatabase | null = postgresServer
  ? {
      name: "postgresql",
      create: async () => {
        const { Client } = await import("pg");
        const name = `planner_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        const admin = new Client({ connectionString: postgresServer });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = new URL(postgresServer);
        url.pathname = `/${name}`;
        return {
          url: url.toString(),
          drop: async () => {
            const c = new Client({ connectionString: postgresServer });
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await c.end();
          },
        };
      },
    }
  : null;

export const testDatabases: TestDatabase[] = postgres ? [sqlite, postgres] : [sqlite];
if (process.env.CI && !postgres) throw new Error("CI runs the store tests on PostgreSQL too: set TEST_POSTGRES_URL");

/** The scalar columns of a deployment row with every setting at a plain default, for store tests that need one to hang rows on. */
export const plainDeploymentRow = (name: string) => ({
  name,
  forest: "litware.local",
  adBackedUp: true,
  dnsBackedUp: true,
  regulated: false,
  databaseFrequencyHours: 24,
  settingsFrequencyHours: 24,
  fileShareFrequencyHours: 24,
  windowStartHour: 1,
  retentionCopies: 7,
  backupLocation: "local",
  offsiteCopy: false,
  encrypted: false,
  bandwidthMbps: 100,
  restoreTested: false,
  logsSeparateFromData: false,
  vendorHardwareSlaHours: 24,
  adminsAvailable: 1,
  staffTrained: true,
  mediaAvailable: true,
});
