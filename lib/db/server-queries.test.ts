// The servers list must stay fast and exact on a big deployment: a fresh SQLite database with
// 5,000 servers, queried the way the servers page queries it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import { createPrismaClient, type Db } from "./client";
import { createDeployment } from "./deployment-store";
import { migrateDeploy } from "./migrate";
import { findServer, listServers, serverFqdnsWithRole } from "./server-queries";

const dir = mkdtempSync(path.join(tmpdir(), "planner-servers-"));
const url = `file:${path.join(dir, "servers.db")}`;
let db: Db;
let id: string;

function bigDeployment(n: number): Deployment {
  const servers: Deployment["servers"] = [{ fqdn: "sql01.litware.com", site: "Redmond", roles: ["back-end-sql"] }];
  for (let i = 1; servers.length < n; i++) {
    const mixed = i % 10 === 0;
    servers.push({
      fqdn: `${mixed ? "arch" : "fe"}${String(i).padStart(4, "0")}.litware.com`,
      site: "Redmond",
      ...(mixed ? {} : { pool: "pool1" }),
      roles: mixed ? ["archiving", "monitoring"] : ["front-end"],
    });
  }
  return {
    format: "ocs-backup-plan/v1",
    name: "Big",
    forest: "litware.com",
    sites: [{ name: "Redmond", kind: "central" }],
    pools: [{ name: "pool1", kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql01.litware.com" }],
    servers,
    dependencies: { activeDirectory: { backedUp: true }, dns: { backedUp: true } },
    priorities: { workloads: [], regulated: false },
    backup: {
      databaseFrequencyHours: 24,
      settingsFrequencyHours: 168,
      fileShareFrequencyHours: 24,
      windowStartHour: 1,
      retentionCopies: 14,
      location: "local",
      offsiteCopy: false,
      encrypted: false,
      bandwidthMbps: 100,
      restoreTested: false,
      logsSeparateFromData: true,
    },
    recovery: { vendorHardwareSlaHours: 24, adminsAvailable: 1, staffTrained: false, mediaAvailable: true },
  };
}

beforeAll(async () => {
  await migrateDeploy(url);
  db = createPrismaClient(url);
  id = await createDeployment(db, bigDeployment(5000));
});

afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("listServers", () => {
  it("pages through all servers in file order, 50 at a time", async () => {
    const first = await listServers(db, id, {});
    expect(first).toMatchObject({ total: 5000, page: 1, pageSize: 50, pageCount: 100 });
    expect(first.servers).toHaveLength(50);
    expect(first.servers[0]).toEqual({
      fqdn: "sql01.litware.com",
      site: "Redmond",
      pool: null,
      roles: ["back-end-sql"],
      spareHardware: false,
      sqlInstance: null,
    });
    const last = await listServers(db, id, { page: 100 });
    expect(last.servers.at(-1)?.fqdn).toBe("fe4999.litware.com");
  });

  it("clamps a page out of range", async () => {
    expect((await listServers(db, id, { page: 1000 })).page).toBe(100);
    expect((await listServers(db, id, { page: -3 })).page).toBe(1);
    expect((await listServers(db, id, { page: Number.NaN })).page).toBe(1);
  });

  it("searches by part of the FQDN, whatever its case", async () => {
    const r = await listServers(db, id, { q: "  FE012 " });
    expect(r.servers.map((s) => s.fqdn)).toEqual([
      "fe0121.litware.com",
      "fe0122.litware.com",
      "fe0123.litware.com",
      "fe0124.litware.com",
      "fe0125.litware.com",
      "fe0126.litware.com",
      "fe0127.litware.com",
      "fe0128.litware.com",
      "fe0129.litware.com",
    ]);
  });

  it("filters by one exact role among several", async () => {
    const monitoring = await listServers(db, id, { role: "monitoring" });
    expect(monitoring.total).toBe(499);
    expect(monitoring.servers[0].roles).toEqual(["archiving", "monitoring"]);
    expect((await listServers(db, id, { role: "back-end-sql" })).total).toBe(1);
    // "web-conferencing" must not match "web-conferencing-edge" (and there is neither here).
    expect((await listServers(db, id, { role: "web-conferencing" })).total).toBe(0);
    // An unknown role is ignored rather than matching nothing.
    expect((await listServers(db, id, { role: "nonsense" })).total).toBe(5000);
  });

  it("combines search and role filter", async () => {
    const r = await listServers(db, id, { q: "arch00", role: "archiving" });
    expect(r.servers.map((s) => s.fqdn)).toEqual([
      "arch0010.litware.com",
      "arch0020.litware.com",
      "arch0030.litware.com",
      "arch0040.litware.com",
      "arch0050.litware.com",
      "arch0060.litware.com",
      "arch0070.litware.com",
      "arch0080.litware.com",
      "arch0090.litware.com",
    ]);
  });
});

describe("server look-ups", () => {
  it("finds one server by FQDN, in any case", async () => {
    expect((await findServer(db, id, "ARCH0010.litware.com"))?.roles).toEqual(["archiving", "monitoring"]);
    expect(await findServer(db, id, "nope.litware.com")).toBeNull();
  });

  it("lists the FQDNs of servers with any of some roles", async () => {
    expect(await serverFqdnsWithRole(db, id, ["back-end-sql"])).toEqual(["sql01.litware.com"]);
    expect(await serverFqdnsWithRole(db, id, ["back-end-sql", "monitoring"])).toHaveLength(500);
  });
});
