// replaceDeployment writes only the rows that changed: whatever the edit, what loads back must be
// exactly the saved file (order included), as a full rewrite would store it; and the version check
// must still let exactly one of several saves based on the same version win.
import { spawn } from "node:child_process";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deployment, Server } from "../formats/deployment";
import { generateDeployment } from "../engine/testing/generate";
import { createPrismaClient, type Db } from "./client";
import { diffDeployment } from "./deployment-diff";
import { createDeployment, loadChildRows, loadDeployment, replaceDeployment, StaleVersionError } from "./deployment-store";
import { migrateDeploy } from "./migrate";
import { sqliteFile } from "./url";
import { testDatabases } from "./test-databases";

// ---- Edits of a deployment, as the editor and the API make them --------------------------------

type Edit =
  | { kind: "toggle-role"; at: number }
  | { kind: "toggle-spare"; at: number }
  | { kind: "remove-server"; at: number }
  | { kind: "add-server"; at: number }
  | { kind: "move-server"; from: number; to: number }
  | { kind: "rename-server"; at: number }
  | { kind: "rename-site"; at: number }
  | { kind: "rename-pool"; at: number }
  | { kind: "move-pool"; from: number; to: number }
  | { kind: "database-size"; at: number; sizeGb: number }
  | { kind: "remove-database"; at: number }
  | { kind: "add-share" }
  | { kind: "remove-share"; at: number }
  | { kind: "share-path"; at: number }
  | { kind: "swap-workloads"; at: number }
  | { kind: "reverse-servers" }
  | { kind: "settings" };

const at = fc.nat({ max: 10_000 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("toggle-role" as const), at }),
  fc.record({ kind: fc.constant("toggle-spare" as const), at }),
  fc.record({ kind: fc.constant("remove-server" as const), at }),
  fc.record({ kind: fc.constant("add-server" as const), at }),
  fc.record({ kind: fc.constant("move-server" as const), from: at, to: at }),
  fc.record({ kind: fc.constant("rename-server" as const), at }),
  fc.record({ kind: fc.constant("rename-site" as const), at }),
  fc.record({ kind: fc.constant("rename-pool" as const), at }),
  fc.record({ kind: fc.constant("move-pool" as const), from: at, to: at }),
  fc.record({ kind: fc.constant("database-size" as const), at, sizeGb: fc.double({ min: 0, max: 500, noNaN: true }) }),
  fc.record({ kind: fc.constant("remove-database" as const), at }),
  fc.record({ kind: fc.constant("add-share" as const) }),
  fc.record({ kind: fc.constant("remove-share" as const), at }),
  fc.record({ kind: fc.constant("share-path" as const), at }),
  fc.record({ kind: fc.constant("swap-workloads" as const), at }),
  fc.record({ kind: fc.constant("reverse-servers" as const) }),
  fc.record({ kind: fc.constant("settings" as const) }),
);

const move = <T>(list: T[], from: number, to: number) => {
  const [item] = list.splice(from % list.length, 1);
  list.splice(to % (list.length + 1), 0, item);
};

/** Apply edits to a copy of `d` (in the shape loadDeployment returns, so the result must load back equal). */
function applyEdits(d: Deployment, edits: readonly Edit[]): Deployment {
  const e = structuredClone(d);
  let fresh = 0;
  const renameRefs = (from: string, to: string) => {
    for (const b of e.databases ?? []) if (b.server === from) b.server = to;
    for (const p of e.pools) if (p.backEnd === from) p.backEnd = to;
  };
  for (const edit of edits) {
    const n = e.servers.length;
    switch (edit.kind) {
      case "toggle-role": {
        if (!n) break;
        const s = e.servers[edit.at % n];
        s.roles = s.roles.includes("forwarding-proxy") ? s.roles.filter((r) => r !== "forwarding-proxy") : [...s.roles, "forwarding-proxy"];
        if (s.roles.length === 0) s.roles = ["mediation"];
        break;
      }
      case "toggle-spare": {
        if (!n) break;
        const s = e.servers[edit.at % n];
        if (s.spareHardware) delete s.spareHardware;
        else s.spareHardware = true;
        break;
      }
      case "remove-server":
        if (n) e.servers.splice(edit.at % n, 1);
        break;
      case "add-server": {
        const s: Server = { fqdn: `added${fresh++}.example.com`, site: e.sites[0].name, roles: ["mediation"] };
        e.servers.splice(edit.at % (n + 1), 0, s);
        break;
      }
      case "move-server":
        if (n) move(e.servers, edit.from, edit.to);
        break;
      case "rename-server": {
        if (!n) break;
        const s = e.servers[edit.at % n];
        const to = `renamed${fresh++}.example.com`;
        renameRefs(s.fqdn, to);
        s.fqdn = to;
        break;
      }
      case "rename-site": {
        const site = e.sites[edit.at % e.sites.length];
        const from = site.name;
        const to = `site-renamed-${fresh++}`;
        site.name = to;
        for (const p of e.pools) if (p.site === from) p.site = to;
        for (const s of e.servers) if (s.site === from) s.site = to;
        break;
      }
      case "rename-pool": {
        const pool = e.pools[edit.at % e.pools.length];
        const from = pool.name;
        const to = `pool-renamed-${fresh++}`;
        pool.name = to;
        for (const s of e.servers) if (s.pool === from) s.pool = to;
        break;
      }
      case "move-pool":
        move(e.pools, edit.from, edit.to);
        break;
      case "database-size": {
        const dbs = e.databases ?? [];
        if (dbs.length) dbs[edit.at % dbs.length].sizeGb = edit.sizeGb;
        break;
      }
      case "remove-database": {
        const dbs = e.databases ?? [];
        if (dbs.length) dbs.splice(edit.at % dbs.length, 1);
        break;
      }
      case "add-share": {
        const shares = (e.fileShares ??= []);
        // The format allows the same share twice: file shares are diffed by position.
        shares.push(shares[0] ? { ...shares[0] } : { content: "address-book", path: "\\\\fs\\abs", sizeGb: 1 });
        break;
      }
      case "remove-share": {
        const shares = e.fileShares ?? [];
        if (shares.length) shares.splice(edit.at % shares.length, 1);
        break;
      }
      case "share-path": {
        const shares = e.fileShares ?? [];
        if (shares.length) shares[edit.at % shares.length].path = `\\\\fs\\share${fresh++}`;
        break;
      }
      case "swap-workloads": {
        const w = e.priorities.workloads;
        if (w.length < 2) break;
        const i = edit.at % (w.length - 1);
        [w[i], w[i + 1]] = [w[i + 1], w[i]];
        [w[i].rank, w[i + 1].rank] = [w[i + 1].rank, w[i].rank];
        break;
      }
      case "reverse-servers":
        e.servers.reverse();
        break;
      case "settings":
        e.name = `${e.name}*`;
        e.backup.encrypted = !e.backup.encrypted;
        break;
    }
  }
  return e;
}

// ---- A competing writer on another connection (another process for SQLite) --------------------

/**
 * Takes the deployment row's write lock on a connection of its own and bumps its version, holds the
 * lock for `holdMs`, then commits: what another app instance saving the same deployment does.
 * Resolves `locked` once the lock is held and `done` once committed.
 */
function competingSave(database: "sqlite" | "postgresql", url: string, id: string, holdMs: number) {
  if (database === "postgresql") {
    let lockedResolve!: () => void;
    const locked = new Promise<void>((r) => (lockedResolve = r));
    const done = (async () => {
      const { Client } = await import("pg");
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query("BEGIN");
        await c.query(`UPDATE "Deployment" SET version = version + 1 WHERE id = $1`, [id]);
        lockedResolve();
        await new Promise((r) => setTimeout(r, holdMs));
        await c.query("COMMIT");
      } finally {
        await c.end();
      }
    })();
    return { locked, done };
  }
  // better-sqlite3 waits for a lock synchronously, so the competitor must be another process.
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare('UPDATE "Deployment" SET version = version + 1 WHERE id = ?').run(process.argv[2]);
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[3]));
    db.exec("COMMIT");
    db.close();
  `;
  const child = spawn(process.execPath, ["-e", script, sqliteFile(url), id, String(holdMs)], {
    cwd: process.cwd(),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`competing writer exited (${code}) before taking the lock`)));
  });
  const done = new Promise<void>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`competing writer failed (${code})`)))),
  );
  return { locked, done };
}

// ---- The tests, on every test database ----------------------------------------------------------

describe.each(testDatabases)("replaceDeployment on $name", (database) => {
  let db: Db;
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await database.create();
    url = created.url;
    drop = created.drop;
    await migrateDeploy(created.url);
    db = createPrismaClient(created.url);
  });
  afterAll(async () => {
    await db.$disconnect();
    await drop();
  });

  /** A generated deployment, stored, in the shape it loads back in. */
  async function stored(servers = 80, pools = 8, seed = 11) {
    const id = await createDeployment(db, generateDeployment({ servers, pools, seed }));
    const s = (await loadDeployment(db, id))!;
    return { id, version: s.version, deployment: s.deployment };
  }

  /** The server rows' ids in position order, and whether positions are exactly 0..n-1. */
  async function serverRows(id: string) {
    const rows = await db.server.findMany({
      where: { deploymentId: id },
      orderBy: { position: "asc" },
      select: { id: true, fqdn: true, position: true },
    });
    return { rows, contiguous: rows.every((r, i) => r.position === i) };
  }

  it("stores random edits exactly: save, then load, gives the edited file", async () => {
    const base = await stored();
    let version = base.version;
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 5 }), async (edits) => {
        // Every run starts from the same stored deployment.
        version = await replaceDeployment(db, base.id, base.deployment, version, { fullRewrite: true });
        const edited = applyEdits(base.deployment, edits);
        const saved = await replaceDeployment(db, base.id, edited, version);
        expect(saved).toBe(version + 1);
        version = saved;
        const loaded = (await loadDeployment(db, base.id))!;
        expect(loaded.version).toBe(saved);
        expect(loaded.deployment).toEqual(edited);
        expect((await serverRows(base.id)).contiguous).toBe(true);
      }),
      { numRuns: database.name === "sqlite" ? 40 : 25 },
    );
  });

  it("reads stored rows back exactly: the stored deployment diffs to nothing", async () => {
    const { id, deployment } = await stored(300, 12);
    const diff = diffDeployment(await loadChildRows(db, id), deployment);
    for (const table of Object.values(diff)) expect(table).toEqual({ rewrite: false, remove: [], create: [], update: [] });
  });

  it("writes only what changed: one server's roles leave every other row as it was", async () => {
    const { id, version, deployment } = await stored(300, 12);
    const before = await serverRows(id);
    const edited = applyEdits(deployment, [{ kind: "toggle-role", at: 150 }]);
    await replaceDeployment(db, id, edited, version);
    const after = await serverRows(id);
    // Same rows (ids) in the same order: the edit was an UPDATE, not a delete and re-insert.
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    expect((await loadDeployment(db, id))!.deployment).toEqual(edited);
  });

  it("stores a reorder: a server moved to the front, pools swapped, the servers reversed", async () => {
    const { id, version, deployment } = await stored(300, 12);
    const moved = applyEdits(deployment, [
      { kind: "move-server", from: 250, to: 0 },
      { kind: "move-pool", from: 0, to: 3 },
    ]);
    const v2 = await replaceDeployment(db, id, moved, version);
    expect((await loadDeployment(db, id))!.deployment).toEqual(moved);
    const after = await serverRows(id);
    expect(after.contiguous).toBe(true);
    expect(after.rows[0].fqdn).toBe(deployment.servers[250].fqdn);

    const reversed = applyEdits(moved, [{ kind: "reverse-servers" }]);
    await replaceDeployment(db, id, reversed, v2);
    expect((await loadDeployment(db, id))!.deployment).toEqual(reversed);
    expect((await serverRows(id)).contiguous).toBe(true);
  });

  it("renames a site that pools and servers refer to", async () => {
    const { id, version, deployment } = await stored(300, 30);
    const site = deployment.sites[1].name;
    const edited = applyEdits(deployment, [{ kind: "rename-site", at: 1 }]);
    const renamed = edited.sites[1].name;
    expect(renamed).not.toBe(site);
    await replaceDeployment(db, id, edited, version);
    const loaded = (await loadDeployment(db, id))!.deployment;
    expect(loaded).toEqual(edited);
    expect(loaded.sites.map((s) => s.name)).toEqual(deployment.sites.map((s) => (s.name === site ? renamed : s.name)));
    expect(loaded.servers.filter((s) => s.site === renamed)).toHaveLength(deployment.servers.filter((s) => s.site === site).length);
    expect(loaded.pools.some((p) => p.site === site) || loaded.servers.some((s) => s.site === site)).toBe(false);
  });

  it("renames a server to the FQDN another server gives up in the same save", async () => {
    const { id, version, deployment } = await stored();
    const edited = structuredClone(deployment);
    const [a, b] = [edited.servers[3], edited.servers[4]];
    [a.fqdn, b.fqdn] = [b.fqdn, a.fqdn];
    await replaceDeployment(db, id, edited, version);
    expect((await loadDeployment(db, id))!.deployment).toEqual(edited);
  });

  it("clears and refills lists", async () => {
    const { id, version, deployment } = await stored();
    const empty = { ...deployment, servers: [], databases: [], fileShares: [], priorities: { ...deployment.priorities, workloads: [] } };
    const v2 = await replaceDeployment(db, id, empty, version);
    expect((await loadDeployment(db, id))!.deployment).toEqual(empty);
    await replaceDeployment(db, id, deployment, v2);
    expect((await loadDeployment(db, id))!.deployment).toEqual(deployment);
  });

  it("writes nothing when the save fails (a duplicate FQDN), version included", async () => {
    const { id, version, deployment } = await stored();
    const bad = structuredClone(deployment);
    bad.servers[5].roles = ["archiving"];
    bad.servers.push({ ...bad.servers[0] });
    await expect(replaceDeployment(db, id, bad, version)).rejects.toThrow();
    const after = (await loadDeployment(db, id))!;
    expect(after.version).toBe(version);
    expect(after.deployment).toEqual(deployment);
  });

  it("lets exactly one of several concurrent saves from the same version win", async () => {
    const { id, version, deployment } = await stored(300, 12);
    // On PostgreSQL a second client adds connections of its own; on SQLite one client is one connection.
    const other = database.name === "postgresql" ? createPrismaClient(url) : db;
    try {
      const files = [0, 1, 2, 3].map((i) =>
        applyEdits(deployment, [
          { kind: "toggle-role", at: i * 7 },
          { kind: "move-server", from: i * 31, to: 0 },
        ]),
      );
      const results = await Promise.allSettled(files.map((f, i) => replaceDeployment(i % 2 ? other : db, id, f, version)));
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
      expect(won).toHaveLength(1);
      expect(results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual([
        version + 1,
      ]);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(StaleVersionError);
      const loaded = (await loadDeployment(db, id))!;
      expect(loaded.version).toBe(version + 1);
      expect(loaded.deployment).toEqual(files[won[0]]);
    } finally {
      if (other !== db) await other.$disconnect();
    }
  });

  it("without an expected version, concurrent saves all apply, one after the other: the last one is stored whole", async () => {
    const { id, version, deployment } = await stored(300, 12);
    const other = database.name === "postgresql" ? createPrismaClient(url) : db;
    try {
      const files = [0, 1, 2, 3].map((i) =>
        applyEdits(deployment, [
          { kind: "rename-site", at: i },
          { kind: "remove-server", at: i * 40 },
          { kind: "move-server", from: i * 13, to: i * 50 },
        ]),
      );
      const versions = await Promise.all(files.map((f, i) => replaceDeployment(i % 2 ? other : db, id, f, undefined)));
      expect([...versions].sort()).toEqual([version + 1, version + 2, version + 3, version + 4]);
      const last = versions.indexOf(version + 4);
      // Each save diffed against the rows the one before it committed: no mixture of two files.
      expect((await loadDeployment(db, id))!.deployment).toEqual(files[last]);
      expect((await serverRows(id)).contiguous).toBe(true);
    } finally {
      if (other !== db) await other.$disconnect();
    }
  });

  it("refuses a save whose version another connection replaced while it waited for the lock", async () => {
    const { id, version, deployment } = await stored();
    const edited = applyEdits(deployment, [{ kind: "toggle-role", at: 1 }]);
    const competitor = competingSave(database.name, url, id, 400);
    try {
      await competitor.locked;
      // The save waits for the competitor's lock, then finds the version moved on.
      const save = replaceDeployment(db, id, edited, version);
      await expect(save).rejects.toBeInstanceOf(StaleVersionError);
      await expect(save).rejects.toMatchObject({ current: version + 1 });
    } finally {
      await competitor.done;
    }
    expect((await loadDeployment(db, id))!.deployment).toEqual(deployment);

    // Without an expected version it waits, then applies on top.
    const second = competingSave(database.name, url, id, 200);
    let v: number;
    try {
      await second.locked;
      v = await replaceDeployment(db, id, edited);
    } finally {
      await second.done;
    }
    expect(v).toBe(version + 3);
    expect((await loadDeployment(db, id))!.deployment).toEqual(edited);
  });
});
