import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDeployment } from "../engine/testing/generate";
import {
  applyDiff,
  childRows,
  diffCost,
  diffDeployment,
  diffTable,
  NATURAL_KEYS,
  rewriteCost,
  type Columns,
  type StoredChildRows,
  type StoredRow,
  type TableDiff,
} from "./deployment-diff";

type Row = { name: string; site: string; size: number };
const byName = (r: Row) => r.name;

/** Rows as stored: ids "id-<name>" (or "id-<index>" with `positional`), positions 0..n-1. */
const stored = (rows: Row[], positional = false): (Row & StoredRow)[] =>
  rows.map((r, position) => ({ ...r, id: positional ? `id-${position}` : `id-${r.name}`, position }));
const rows = (...names: string[]): Row[] => names.map((name) => ({ name, site: "s1", size: 1 }));

let nextId = 0;
const newId = () => `new-${nextId++}`;

/** What the store holds after the diff, without ids: must be the new rows at positions 0..n-1. */
function result<C extends Columns>(before: readonly (C & StoredRow)[], diff: TableDiff<C>) {
  return applyDiff(before, diff, newId).map((r) => {
    const { id, ...columns } = r;
    expect(id).toBeTruthy();
    return columns;
  });
}
const expected = <C extends Columns>(next: readonly C[]) => next.map((r, position) => ({ ...r, position }));

describe("diffTable by natural key", () => {
  it("writes nothing when nothing changed", () => {
    expect(diffTable(stored(rows("a", "b", "c")), rows("a", "b", "c"), { key: byName })).toEqual({
      rewrite: false,
      remove: [],
      create: [],
      update: [],
    });
  });

  it("updates only the changed columns of a changed row", () => {
    const next = rows("a", "b", "c");
    next[1].size = 7;
    const diff = diffTable(stored(rows("a", "b", "c")), next, { key: byName });
    expect(diff).toEqual({ rewrite: false, remove: [], create: [], update: [{ ids: ["id-b"], set: { size: 7 }, shift: 0 }] });
  });

  it("inserts an added row at its position and moves the later rows in one statement", () => {
    const before = stored(rows("a", "b", "c", "d"));
    const next = rows("a", "x", "b", "c", "d");
    const diff = diffTable(before, next, { key: byName });
    expect(diff.create).toEqual([{ name: "x", site: "s1", size: 1, position: 1 }]);
    expect(diff.update).toEqual([{ ids: ["id-b", "id-c", "id-d"], set: {}, shift: 1 }]);
    expect(diff.remove).toEqual([]);
    expect(result(before, diff)).toEqual(expected(next));
  });

  it("appends without touching the other rows", () => {
    const diff = diffTable(stored(rows("a", "b")), rows("a", "b", "c"), { key: byName });
    expect(diff).toEqual({ rewrite: false, remove: [], create: [{ name: "c", site: "s1", size: 1, position: 2 }], update: [] });
  });

  it("removes a row and moves the later rows up in one statement", () => {
    const before = stored(rows("a", "b", "c", "d"));
    const diff = diffTable(before, rows("a", "c", "d"), { key: byName });
    expect(diff).toEqual({ rewrite: false, remove: ["id-b"], create: [], update: [{ ids: ["id-c", "id-d"], set: {}, shift: -1 }] });
  });

  it("stores a reorder as position changes", () => {
    const before = stored(rows("a", "b", "c", "d"));
    const next = rows("d", "b", "c", "a");
    const diff = diffTable(before, next, { key: byName });
    expect(diff.remove).toEqual([]);
    expect(diff.create).toEqual([]);
    expect(diff.update).toEqual([
      { ids: ["id-d"], set: {}, shift: -3 },
      { ids: ["id-a"], set: {}, shift: 3 },
    ]);
    expect(result(before, diff)).toEqual(expected(next));
  });

  it("groups rows that get the same change, and keeps different changes apart", () => {
    const before = stored(rows("a", "b", "c", "d"));
    const next = rows("a", "b", "c", "d").map((r) => ({ ...r, site: r.name === "d" ? "s3" : "s2" }));
    const diff = diffTable(before, next, { key: byName });
    expect(diff.update).toEqual([
      { ids: ["id-a", "id-b", "id-c"], set: { site: "s2" }, shift: 0 },
      { ids: ["id-d"], set: { site: "s3" }, shift: 0 },
    ]);
  });

  it("treats a renamed row as removed and added, at the same position", () => {
    const before = stored(rows("a", "b", "c"));
    const next = rows("a", "B", "c");
    const diff = diffTable(before, next, { key: byName });
    expect(diff).toEqual({ rewrite: false, remove: ["id-b"], create: [{ name: "B", site: "s1", size: 1, position: 1 }], update: [] });
  });

  it("handles a swap of two keys' other columns without touching the keys", () => {
    const before = stored([
      { name: "a", site: "s1", size: 1 },
      { name: "b", site: "s2", size: 2 },
    ]);
    const next = [
      { name: "a", site: "s2", size: 2 },
      { name: "b", site: "s1", size: 1 },
    ];
    const diff = diffTable(before, next, { key: byName });
    for (const g of diff.update) expect(g.set).not.toHaveProperty("name");
    expect(result(before, diff)).toEqual(expected(next));
  });

  it("handles empty lists", () => {
    expect(diffTable<Row>([], [], { key: byName })).toEqual({ rewrite: false, remove: [], create: [], update: [] });
    const added = diffTable<Row>([], rows("a", "b"), { key: byName });
    expect(result([], added)).toEqual(expected(rows("a", "b")));
    const cleared = diffTable(stored(rows("a", "b")), [], { key: byName });
    expect(cleared.remove.sort()).toEqual(["id-a", "id-b"]);
    expect(result(stored(rows("a", "b")), cleared)).toEqual([]);
  });

  it("falls back to a rewrite when keys repeat in the new rows or in the stored ones", () => {
    const dupNew = diffTable(stored(rows("a", "b")), rows("a", "b", "a"), { key: byName });
    expect(dupNew).toMatchObject({ rewrite: true, remove: ["id-a", "id-b"], update: [] });
    expect(dupNew.create).toEqual(expected(rows("a", "b", "a")));
    const before = [...stored(rows("a", "b")), { name: "a", site: "s1", size: 1, id: "id-a2", position: 2 }];
    const dupStored = diffTable(before, rows("a", "b"), { key: byName });
    expect(dupStored).toMatchObject({ rewrite: true, remove: ["id-a", "id-b", "id-a2"] });
    expect(result(before, dupStored)).toEqual(expected(rows("a", "b")));
  });

  it("rewrites when the diff would cost more than a rewrite (a reversed list), unless told not to", () => {
    const names = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const before = stored(rows(...names));
    const next = rows(...names).reverse();
    const diff = diffTable(before, next, { key: byName });
    expect(diff.rewrite).toBe(true);
    expect(result(before, diff)).toEqual(expected(next));
    const forced = diffTable(before, next, { key: byName, neverRewrite: true });
    expect(forced.rewrite).toBe(false);
    expect(forced.update).toHaveLength(200);
    expect(diffCost(forced)).toBeGreaterThan(rewriteCost(200));
    expect(result(before, forced)).toEqual(expected(next));
  });

  it("keeps a diff that moves most rows by one distance (cheaper than a rewrite)", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `n${i}`);
    const diff = diffTable(stored(rows(...names)), rows(...names.slice(1)), { key: byName });
    expect(diff).toMatchObject({ rewrite: false, remove: ["id-n0"], create: [] });
    expect(diff.update).toHaveLength(1);
    expect(diff.update[0].ids).toHaveLength(999);
  });

  it("reads stored positions, not the stored order, and mends gaps", () => {
    const before = [
      { name: "b", site: "s1", size: 1, id: "id-b", position: 5 },
      { name: "a", site: "s1", size: 1, id: "id-a", position: 2 },
    ];
    const diff = diffTable(before, rows("a", "b"), { key: byName });
    expect(result(before, diff)).toEqual(expected(rows("a", "b")));
  });

  it("tells 0 from -0 (what a rewrite would store)", () => {
    const before = stored([{ name: "a", site: "s1", size: 0 }]);
    const diff = diffTable(before, [{ name: "a", site: "s1", size: -0 }], { key: byName });
    expect(diff.update).toHaveLength(1);
    expect(Object.is(diff.update[0].set.size, -0)).toBe(true);
    const twoGroups = diffTable(
      stored(rows("a", "b")),
      [
        { name: "a", site: "s1", size: 0 },
        { name: "b", site: "s1", size: -0 },
      ],
      { key: byName },
    );
    expect(twoGroups.update).toHaveLength(2);
  });
});

describe("diffTable by position (no natural key)", () => {
  it("updates changed positions in place, inserts and removes at the end", () => {
    const before = stored(rows("a", "a", "b"), true);
    const changed = rows("a", "c", "b");
    expect(diffTable(before, changed, { key: null })).toEqual({
      rewrite: false,
      remove: [],
      create: [],
      update: [{ ids: ["id-1"], set: { name: "c" }, shift: 0 }],
    });
    const longer = rows("a", "a", "b", "b");
    expect(diffTable(before, longer, { key: null })).toEqual({
      rewrite: false,
      remove: [],
      create: [{ name: "b", site: "s1", size: 1, position: 3 }],
      update: [],
    });
    const shorter = rows("a");
    const diff = diffTable(before, shorter, { key: null });
    expect(diff.remove.sort()).toEqual(["id-1", "id-2"]);
    expect(result(before, diff)).toEqual(expected(shorter));
  });
});

const rowArb = fc.record({
  name: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
  site: fc.constantFrom("s1", "s2"),
  size: fc.constantFrom(0, -0, 1, 2.5),
});
const uniqueRows = fc.uniqueArray(rowArb, { selector: (r) => r.name, maxLength: 8 });

describe("diffTable properties", () => {
  it("applying the diff to the stored rows gives the new rows in order, positions 0..n-1 (by key)", () => {
    fc.assert(
      fc.property(uniqueRows, uniqueRows, fc.boolean(), (before, next, neverRewrite) => {
        const old = stored(before);
        const diff = diffTable(old, next, { key: byName, neverRewrite });
        expect(result(old, diff)).toEqual(expected(next));
        if (!diff.rewrite) {
          // No update changes a key, every row is touched at most once, removed rows are not updated.
          const touched = diff.update.flatMap((g) => g.ids);
          expect(new Set(touched).size).toBe(touched.length);
          for (const id of diff.remove) expect(touched).not.toContain(id);
          for (const g of diff.update) expect(g.set).not.toHaveProperty("name");
          expect(diffCost(diff as unknown as TableDiff<Columns>) <= rewriteCost(next.length) || neverRewrite || old.length === 0).toBe(
            true,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it("applying the diff to the stored rows gives the new rows in order (by position, duplicates allowed)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), fc.array(rowArb, { maxLength: 8 }), (before, next) => {
        const old = stored(before, true);
        expect(result(old, diffTable(old, next, { key: null }))).toEqual(expected(next));
      }),
      { numRuns: 500 },
    );
  });

  it("never matches rows by a repeated key (falls back to a rewrite)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), fc.array(rowArb, { maxLength: 8 }), (before, next) => {
        const old = before.map((r, position) => ({ ...r, id: `id-${position}`, position }));
        const diff = diffTable(old, next, { key: byName });
        expect(result(old, diff)).toEqual(expected(next));
      }),
      { numRuns: 500 },
    );
  });
});

describe("diffDeployment", () => {
  const d = generateDeployment({ servers: 300, pools: 12, seed: 3 });
  const storedRows = (): StoredChildRows => {
    const r = childRows(d);
    const withIds = <C extends Columns>(t: string, list: C[]) => list.map((x, position) => ({ ...x, id: `${t}-${position}`, position }));
    return {
      sites: withIds("site", r.sites),
      pools: withIds("pool", r.pools),
      servers: withIds("server", r.servers),
      databases: withIds("db", r.databases),
      fileShares: withIds("share", r.fileShares),
      workloads: withIds("workload", r.workloads),
    };
  };

  it("is empty for the stored deployment itself", () => {
    const diff = diffDeployment(storedRows(), d);
    for (const t of Object.values(diff)) expect(t).toEqual({ rewrite: false, remove: [], create: [], update: [] });
  });

  it("renames a site referenced by pools and servers: one row replaced, one grouped update per table", () => {
    const from = d.sites[0].name;
    const rename = (s: string) => (s === from ? "hq" : s);
    const next = {
      ...d,
      sites: d.sites.map((s) => ({ ...s, name: rename(s.name) })),
      pools: d.pools.map((p) => ({ ...p, site: rename(p.site) })),
      servers: d.servers.map((s) => ({ ...s, site: rename(s.site) })),
    };
    const before = storedRows();
    const diff = diffDeployment(before, next);
    expect(diff.sites).toEqual({
      rewrite: false,
      remove: ["site-0"],
      // The site row carries Extension 2's domainControllers column (null: the file leaves it out).
      create: [{ name: "hq", kind: d.sites[0].kind, domainControllers: null, position: 0 }],
      update: [],
    });
    expect(diff.pools.update).toEqual([{ ids: expect.any(Array), set: { site: "hq" }, shift: 0 }]);
    expect(diff.servers.update).toEqual([{ ids: expect.any(Array), set: { site: "hq" }, shift: 0 }]);
    expect(diff.servers.update[0].ids).toHaveLength(d.servers.filter((s) => s.site === from).length);
    const after = childRows(next);
    expect(result(before.servers, diff.servers)).toEqual(expected(after.servers));
    expect(result(before.pools, diff.pools)).toEqual(expected(after.pools));
  });

  it("keys databases by name and server, workloads by workload", () => {
    expect(NATURAL_KEYS.databases!({ name: "RTC", server: "a.b.c", sizeGb: 1 })).not.toBe(
      NATURAL_KEYS.databases!({ name: "RTC", server: "b.b.c", sizeGb: 1 }),
    );
    const [w0, w1, ...rest] = d.priorities.workloads;
    const next = { ...d, priorities: { ...d.priorities, workloads: [{ ...w1, rank: 1 }, { ...w0, rank: 2 }, ...rest] } };
    const diff = diffDeployment(storedRows(), next);
    expect(diff.workloads).toEqual({
      rewrite: false,
      remove: [],
      create: [],
      update: [
        { ids: ["workload-1"], set: { rank: 1 }, shift: -1 },
        { ids: ["workload-0"], set: { rank: 2 }, shift: 1 },
      ],
    });
  });
});
