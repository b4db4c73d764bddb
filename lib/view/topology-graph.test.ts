import type { ElkNode } from "elkjs/lib/elk-api";
import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise, type Json } from "../engine/testing/fixtures";
import { generateDeployment } from "../engine/testing/generate";
import type { Deployment } from "../formats/deployment";
import { protectionOf } from "./protection";
import {
  containersToCollapse,
  membersText,
  placeLayout,
  roleSummary,
  shareHostOf,
  topologyGraph,
  type TopologyGraph,
} from "./topology-graph";
import { layoutTopology } from "./topology-layout";

const graphOf = (d: Deployment, options: Partial<Parameters<typeof topologyGraph>[2]> = {}) =>
  topologyGraph(d, protectionOf(d, planDeployment(d)), { basePath: "/deployments/abc", ...options });

function allNodes(n: ElkNode): ElkNode[] {
  return (n.children ?? []).flatMap((c) => [c, ...allNodes(c)]);
}
const childIds = (n: ElkNode | undefined) => (n?.children ?? []).map((c) => c.id);
const find = (g: TopologyGraph, id: string) => allNodes(g.root).find((n) => n.id === id);

/** The Enterprise example with a second site holding a pool of `n` front ends. */
const withBigPool = (n: number) =>
  enterprise((d: Json) => {
    d.sites.push({ name: "Dublin", kind: "remote" });
    d.pools.push({ name: "bigpool", kind: "enterprise-consolidated", site: "Dublin", backEnd: "sqlbig.litware.com" });
    d.servers.push({ fqdn: "sqlbig.litware.com", site: "Dublin", roles: ["back-end-sql"] });
    for (let i = 0; i < n; i++) d.servers.push({ fqdn: `big${i}.litware.com`, site: "Dublin", pool: "bigpool", roles: ["front-end"] });
    d.databases.push({ name: "RTC", server: "sqlbig.litware.com", sizeGb: 10 });
  });

describe("topologyGraph", () => {
  const g = graphOf(enterprise());

  it("nests site → networks → pools and role groups → servers, and lists the file shares apart", () => {
    expect(childIds(g.root)).toEqual(["site:Redmond", "storage"]);
    expect(childIds(find(g, "site:Redmond"))).toEqual(["net:Redmond:perimeter", "net:Redmond:internal"]);
    expect(childIds(find(g, "net:Redmond:perimeter"))).toEqual(["group:Redmond:edge", "reverse-proxy"]);
    expect(childIds(find(g, "net:Redmond:internal"))).toEqual([
      "group:Redmond:director",
      "group:Redmond:archiving",
      "group:Redmond:monitoring",
      "group:Redmond:mediation",
      "pool:ocspool1",
      "server:sql01.litware.com",
    ]);
    expect(childIds(find(g, "pool:ocspool1"))).toEqual(["server:ocspool1server1.litware.com", "server:ocspool1server2.litware.com"]);
    expect(childIds(find(g, "storage"))).toEqual(["file-server:\\\\fs01"]);
    expect(childIds(find(g, "file-server:\\\\fs01"))).toHaveLength(4);
  });

  it("draws every server exactly once, as a link to its page in the model editor named by FQDN, role and status", () => {
    const servers = allNodes(g.root).filter((n) => n.id.startsWith("server:"));
    expect(servers.map((n) => n.id.slice("server:".length)).sort()).toEqual(
      enterprise()
        .servers.map((s) => s.fqdn)
        .sort(),
    );
    expect(g.shownServers).toBe(8);
    expect(g.collapsedServers).toBe(0);
    expect(g.meta["server:ocspool1server1.litware.com"]).toMatchObject({
      kind: "server",
      status: "protected",
      href: "/deployments/abc/model/servers/ocspool1server1.litware.com",
      name: "ocspool1server1.litware.com, Front end, protected",
    });
    expect(g.meta["server:edge1.litware.com"].name).toBe("edge1.litware.com, Consolidated Edge, protected");
    expect(g.meta["reverse-proxy"]).toMatchObject({ status: "unprotected", name: "rp01.litware.com, Reverse proxy, unprotected" });
    expect(g.meta["share:address-book@\\\\fs01\\ocs\\abs"].status).toBe("not-applicable");
  });

  it("connects the perimeter to the internal network and each pool to its back end", () => {
    expect(find(g, "site:Redmond")!.edges).toEqual([
      { id: "edge:Redmond:perimeter->internal", sources: ["net:Redmond:perimeter"], targets: ["net:Redmond:internal"] },
    ]);
    expect(find(g, "net:Redmond:internal")!.edges).toEqual([
      { id: "edge:ocspool1->sql01.litware.com", sources: ["pool:ocspool1"], targets: ["server:sql01.litware.com"] },
    ]);
  });

  it("gives every node a unique id and every leaf a size", () => {
    const nodes = allNodes(g.root);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    for (const n of nodes.filter((x) => !x.children)) {
      expect(n.width).toBeGreaterThan(100);
      expect(n.height).toBeGreaterThan(0);
    }
  });

  it("marks statuses from the plan: without database backups, data servers are partly protected", () => {
    const h = graphOf(enterprise((d) => (d.backup.databaseFrequencyHours = 0)));
    expect(h.meta["server:arch1.litware.com"]).toMatchObject({ status: "partly", missing: ["LCSLog on arch1.litware.com"] });
    expect(h.meta["server:sql01.litware.com"].status).toBe("unprotected");
    expect(h.meta["group:Redmond:archiving"]).toMatchObject({ status: "partly", subtitle: "1 server, partly protected" });
  });

  it("collapses a pool of more than collapseAbove servers into one summary node with counts", () => {
    const h = graphOf(withBigPool(31));
    expect(childIds(find(h, "pool:bigpool"))).toEqual(["summary:pool:bigpool"]);
    expect(h.meta["summary:pool:bigpool"]).toMatchObject({
      kind: "summary",
      title: "31 servers",
      counts: { protected: 31, partly: 0, unprotected: 0, "not-applicable": 0 },
      name: "Pool bigpool: 31 servers, 31 protected",
    });
    expect(h.collapsedServers).toBe(31);
    expect(childIds(find(graphOf(withBigPool(30)), "pool:bigpool"))).toHaveLength(30);
  });

  it("draws one site only when asked, the reverse proxy staying at the site with the Edge servers", () => {
    const h = graphOf(withBigPool(3), { site: "Dublin" });
    expect(childIds(h.root)).toEqual(["site:Dublin", "storage"]);
    expect(h.meta["reverse-proxy"]).toBeUndefined();
    expect(h.shownServers).toBe(4);
  });

  it("keeps a 5,000-server deployment to a few hundred drawn servers", () => {
    const d = generateDeployment({ servers: 5000, pools: 200, seed: 42 });
    const h = graphOf(d);
    const backEnds = d.servers.filter((s) => s.roles.includes("back-end-sql")).length;
    expect(h.shownServers).toBeLessThanOrEqual(400 + backEnds);
    expect(h.shownServers + h.collapsedServers).toBe(5000);
  });
});

describe("containersToCollapse", () => {
  const containers = [
    { id: "a", size: 40 },
    { id: "b", size: 20 },
    { id: "c", size: 10 },
    { id: "d", size: 1 },
  ];
  it("collapses everything over the limit, then the largest until the budget holds", () => {
    expect([...containersToCollapse(containers, 30, 1000)]).toEqual(["a"]);
    // a → 1; 1 + 20 + 10 + 1 = 32 > 15: collapse b (→ 13).
    expect([...containersToCollapse(containers, 30, 15)].sort()).toEqual(["a", "b"]);
    expect([...containersToCollapse(containers, 30, 4)].sort()).toEqual(["a", "b", "c"]);
  });
});

describe("labels", () => {
  it("summarises roles and members", () => {
    expect(roleSummary(["access-edge", "web-conferencing-edge", "av-edge"])).toBe("Consolidated Edge");
    expect(roleSummary(["archiving", "monitoring"])).toBe("Archiving, Monitoring");
    expect(membersText({ protected: 3, partly: 0, unprotected: 0, "not-applicable": 0 })).toBe("3 servers, all protected");
    expect(membersText({ protected: 3, partly: 0, unprotected: 2, "not-applicable": 0 })).toBe("5 servers: 3 protected, 2 unprotected");
    expect(shareHostOf("\\\\FS01\\ocs\\meetings")).toBe("\\\\fs01");
    expect(shareHostOf("C:\\data")).toBe("Local paths");
  });
});

describe("placeLayout", () => {
  it("turns ELK's parent-relative positions into absolute ones", () => {
    const meta = { a: { kind: "site" as const, title: "A" }, b: { kind: "server" as const, title: "B" } };
    const laid: ElkNode = {
      id: "root",
      width: 300,
      height: 200,
      children: [
        {
          id: "a",
          x: 10,
          y: 20,
          width: 200,
          height: 100,
          children: [{ id: "b", x: 5, y: 7, width: 50, height: 20 }],
          edges: [
            { id: "e", sources: ["b"], targets: ["b"], sections: [{ id: "s", startPoint: { x: 1, y: 1 }, endPoint: { x: 2, y: 2 } }] },
          ],
        },
      ],
    };
    const placed = placeLayout(laid, meta);
    expect(placed.nodes.map(({ id, x, y, parent, compound }) => ({ id, x, y, parent, compound }))).toEqual([
      { id: "a", x: 10, y: 20, parent: null, compound: true },
      { id: "b", x: 15, y: 27, parent: "a", compound: false },
    ]);
    expect(placed.edges[0].points).toEqual([
      { x: 11, y: 21 },
      { x: 12, y: 22 },
    ]);
  });
});

describe("ELK layout of the graph", () => {
  it("places every child inside its parent, without overlapping its siblings", async () => {
    const placed = await layoutTopology(graphOf(withBigPool(12)));
    const byId = new Map(placed.nodes.map((n) => [n.id, n]));
    for (const n of placed.nodes) {
      if (n.parent === null) continue;
      const p = byId.get(n.parent)!;
      expect(n.x).toBeGreaterThanOrEqual(p.x);
      expect(n.y).toBeGreaterThanOrEqual(p.y);
      expect(n.x + n.width).toBeLessThanOrEqual(p.x + p.width + 0.5);
      expect(n.y + n.height).toBeLessThanOrEqual(p.y + p.height + 0.5);
    }
    const siblings = new Map<string | null, typeof placed.nodes>();
    for (const n of placed.nodes) siblings.set(n.parent, [...(siblings.get(n.parent) ?? []), n]);
    for (const group of siblings.values())
      for (const a of group)
        for (const b of group)
          if (a !== b)
            expect(
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
              `${a.id} overlaps ${b.id}`,
            ).toBe(true);
    expect(placed.nodes.filter((n) => n.meta.kind === "server")).toHaveLength(8 + 13);
  });
});
