// Runbook-level invariants of the restore order (table 17-9) and D7, as properties over the varied
// generator (testing/varied.ts: roles in any order, shared back ends, split Edge roles, shares on
// other servers) and as literal checks on both shared examples. Each names what it protects:
// - a pool's settings go into its back end only after that back end's databases are restored and checked;
// - an Edge server's settings are imported only after its next hop (the pools and Directors rebuilt in
//   the same runbook) answers;
// - a separate A/V Edge is restored after the other Edge servers (seen with one administrator);
// - a pool's last check waits for every member the runbook works on;
// - no runbook restores the address-book files (D7).
// "Every step's dependencies finish before it starts" is in properties.test.ts and
// varied-deployments.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import type { RunbookStep, Scenario } from "../formats/plan";
import { planDeployment } from "./plan";
import { enterprise, standard } from "./testing/fixtures";
import { runs } from "./testing/runs";
import { variedDeploymentArbitrary } from "./testing/varied";
import { ancestors } from "./testing/step-graph";

type Runbook = { id: string; steps: RunbookStep[] };

function runbooksOf(scenarios: Scenario[]): Runbook[] {
  return scenarios.flatMap((s) => [
    { id: s.id, steps: s.steps },
    ...(s.alternatives ?? []).map((a) => ({ id: `${s.id}#${a.id}`, steps: a.steps })),
    ...(s.failback ? [{ id: `${s.id}#failback`, steps: s.failback.steps }] : []),
  ]);
}

const EDGE_ROLES = ["access-edge", "web-conferencing-edge", "av-edge"];
const isEdge = (d: Deployment, fqdn: string) => d.servers.some((s) => s.fqdn === fqdn && s.roles.some((r) => EDGE_ROLES.includes(r)));
const isSeparateAvEdge = (d: Deployment, fqdn: string) =>
  d.servers.some((s) => s.fqdn === fqdn && s.roles.length === 1 && s.roles[0] === "av-edge");

/** The server that holds a pool's RTC database: its back end, or the Standard Edition server itself. */
function databaseHostOf(d: Deployment, pool: string): string | undefined {
  const p = d.pools.find((x) => x.name === pool)!;
  return p.backEnd ?? d.servers.find((s) => s.pool === pool && s.roles.includes("standard-edition"))?.fqdn;
}

/** Violations of "a pool's settings import waits for its back end's database restore and check". */
function poolImportsBeforeBackEnd(d: Deployment, r: Runbook): string[] {
  const out: string[] = [];
  for (const x of r.steps) {
    const pool = /^Import the pool-level settings of (\S+)$/.exec(x.title)?.[1];
    if (!pool) continue;
    const host = databaseHostOf(d, pool);
    const before = ancestors(r.steps, x.order);
    for (const y of r.steps)
      if (y.title === `Restore RTC on ${host}` || y.title === `Check the databases on ${host}`)
        if (!before.has(y.order)) out.push(`${r.id}: step ${x.order} (${x.title}) does not wait for step ${y.order} (${y.title})`);
  }
  return out;
}

/** The step that says a pool (or a Director) answers again in a runbook: the pool's check, the Director's check. */
function nextHopSteps(d: Deployment, r: Runbook): RunbookStep[] {
  const directors = new Set(d.servers.filter((s) => s.roles.includes("director")).map((s) => s.fqdn));
  return r.steps.filter(
    (x) =>
      /^Check (the front ends of )?pool \S+$/.test(x.title) ||
      (x.server !== undefined &&
        directors.has(x.server) &&
        (x.title === `Check ${x.server}` || x.title === `Import the machine-level settings of ${x.server} and check it`)),
  );
}

/** Violations of "an Edge server's settings import waits for the internal servers (its next hop)". */
function edgeImportsBeforeInternal(d: Deployment, r: Runbook): string[] {
  const out: string[] = [];
  const hops = nextHopSteps(d, r);
  for (const x of r.steps) {
    const server = /^Import the machine-level settings of (\S+)/.exec(x.title)?.[1];
    if (!server || !isEdge(d, server)) continue;
    const before = ancestors(r.steps, x.order);
    for (const h of hops)
      if (!before.has(h.order)) out.push(`${r.id}: step ${x.order} (${x.title}) does not wait for step ${h.order} (${h.title})`);
  }
  return out;
}

/** Violations of "a separate A/V Edge is restored after the other Edge servers" (its rebuild starts no earlier). */
function avEdgeBeforeOtherEdges(d: Deployment, r: Runbook): string[] {
  const rebuilds = r.steps.filter((x) => x.title.startsWith("Rebuild Windows on ") && x.server && isEdge(d, x.server));
  const same = (fqdn: string) => d.servers.find((s) => s.fqdn === fqdn)!;
  const out: string[] = [];
  for (const av of rebuilds.filter((x) => isSeparateAvEdge(d, x.server!)))
    for (const other of rebuilds.filter((x) => !isSeparateAvEdge(d, x.server!))) {
      // Only comparable when both wait for the same thing: hardware on the shelf or from the vendor.
      if (Boolean(same(av.server!).spareHardware) !== Boolean(same(other.server!).spareHardware)) continue;
      if (av.startMinute! < other.startMinute! || av.order < other.order)
        out.push(`${r.id}: ${av.title} (step ${av.order}) before ${other.title} (step ${other.order})`);
    }
  return out;
}

// Moved users' contact lists are imported into a standby Standard Edition server by themselves, after
// its pool is checked (D8): data too.
const isMemberData = (title: string) => /^(Restore|Copy) .*(LCSLog|RTCCDR|QoEMetrics|share)\b|^Import the contact lists /.test(title);

/** Violations of "a pool's last check waits for every member the runbook works on". */
function poolCheckBeforeMembers(d: Deployment, r: Runbook): string[] {
  const out: string[] = [];
  for (const p of d.pools) {
    const checks = r.steps.filter((x) => x.title === `Check pool ${p.name} with all its members` || x.title === `Check pool ${p.name}`);
    const last = checks.at(-1);
    if (!last) continue;
    const before = ancestors(r.steps, last.order);
    const after = new Set(r.steps.filter((x) => ancestors(r.steps, x.order).has(last.order)).map((x) => x.order));
    const members = new Set(d.servers.filter((s) => s.pool === p.name).map((s) => s.fqdn));
    // A member's data (meeting shares, Archiving and Monitoring databases collocated on it) comes back
    // by its workloads' rank (P1), after the pool answers: data, not the server.
    for (const x of r.steps)
      if (
        x.server &&
        members.has(x.server) &&
        !isMemberData(x.title) &&
        x.order !== last.order &&
        !before.has(x.order) &&
        !after.has(x.order)
      )
        out.push(`${r.id}: ${last.title} (step ${last.order}) does not wait for step ${x.order} (${x.title})`);
  }
  return out;
}

/** Steps that restore or copy an address-book share (D7); D9's normalization rules file is its own step. */
function addressBookRestores(d: Deployment, r: Runbook): string[] {
  const paths = (d.fileShares ?? []).filter((s) => s.content === "address-book").map((s) => s.path.toLowerCase());
  return r.steps.flatMap((x) => {
    if (/^robocopy .* company_phone_number_normalization_rules\.txt /i.test(x.command ?? "")) return [];
    const text = `${x.title}\n${x.detail ?? ""}\n${x.command ?? ""}`.toLowerCase();
    const touches = paths.some((p) => text.includes(p)) || /restore the address[- ]book (share|files)/.test(text);
    return touches ? [`${r.id}: step ${x.order} (${x.title})`] : [];
  });
}

const CHECKS = { poolImportsBeforeBackEnd, edgeImportsBeforeInternal, avEdgeBeforeOtherEdges, poolCheckBeforeMembers, addressBookRestores };

const violations = (d: Deployment) => {
  const rbs = runbooksOf(planDeployment(d).scenarios);
  // With several administrators each server's chain is one administrator's lane, so an A/V Edge can
  // start first only because its administrator is free sooner; the restore order shows with one.
  const alone: Deployment = { ...d, recovery: { ...d.recovery, adminsAvailable: 1 } };
  const hasAvEdge = d.servers.some((s) => isSeparateAvEdge(d, s.fqdn));
  const rbsAlone = hasAvEdge ? runbooksOf(planDeployment(alone).scenarios) : [];
  return Object.fromEntries(
    Object.entries(CHECKS).map(([name, check]) => [
      name,
      check === avEdgeBeforeOtherEdges ? rbsAlone.flatMap((r) => check(alone, r)) : rbs.flatMap((r) => check(d, r)),
    ]),
  );
};
const none = Object.fromEntries(Object.keys(CHECKS).map((name) => [name, []]));

describe("runbook invariants on the shared examples", () => {
  it("hold on litware-enterprise-consolidated", () => expect(violations(enterprise())).toEqual(none));
  it("hold on litware-standard", () => expect(violations(standard())).toEqual(none));
});

describe("runbook invariants, literal cases the checks must see", () => {
  it("the Enterprise pool loss imports the pool-level settings after the RTC restore and the database check", () => {
    const r = runbooksOf(planDeployment(enterprise()).scenarios).find((x) => x.id === "loss-of-pool:ocspool1")!;
    const imp = r.steps.find((x) => x.title === "Import the pool-level settings of ocspool1")!;
    const before = ancestors(r.steps, imp.order);
    const order = (title: string) => r.steps.find((x) => x.title === title)!.order;
    expect([before.has(order("Restore RTC on sql01.litware.com")), before.has(order("Check the databases on sql01.litware.com"))]).toEqual([
      true,
      true,
    ]);
  });

  it("the Enterprise site loss and AD loss import the Edge settings after the pool check and the Director", () => {
    for (const id of ["loss-of-site:Redmond", "loss-of-active-directory"]) {
      const r = runbooksOf(planDeployment(enterprise()).scenarios).find((x) => x.id === id)!;
      const edge = r.steps.find((x) => x.title.startsWith("Import the machine-level settings of edge1.litware.com"))!;
      const hops = nextHopSteps(enterprise(), r).map((h) => h.title);
      expect(hops.length, id).toBeGreaterThanOrEqual(2);
      expect(
        hops.some((t) => t.includes("pool ocspool1")),
        id,
      ).toBe(true);
      expect(
        hops.some((t) => t.includes("dir1.litware.com")),
        id,
      ).toBe(true);
      expect(edgeImportsBeforeInternal(enterprise(), r), `${id} step ${edge.order}`).toEqual([]);
    }
  });

  it("with the Edge split in two, the site loss rebuilds the separate A/V Edge after the Access and Web Conferencing Edge, even when A/V conferencing ranks higher", () => {
    const d = enterprise((x) => {
      x.edge.topology = "single-site";
      x.servers = x.servers.filter((s: { fqdn: string }) => s.fqdn !== "edge1.litware.com");
      x.servers.push(
        { fqdn: "avedge1.litware.com", site: "Redmond", roles: ["av-edge"] },
        { fqdn: "edge1.litware.com", site: "Redmond", roles: ["access-edge", "web-conferencing-edge"] },
      );
      const ws = x.priorities.workloads as { workload: string; rank: number }[];
      const av = ws.find((w) => w.workload === "av-conferencing")!;
      const ra = ws.find((w) => w.workload === "remote-access")!;
      [av.rank, ra.rank] = [ra.rank, av.rank];
    });
    const r = runbooksOf(planDeployment(d).scenarios).find((x) => x.id === "loss-of-site:Redmond")!;
    const rebuild = (fqdn: string) => r.steps.find((x) => x.title === `Rebuild Windows on ${fqdn}`)!;
    expect(rebuild("avedge1.litware.com").order).toBeGreaterThan(rebuild("edge1.litware.com").order);
    expect(avEdgeBeforeOtherEdges(d, r)).toEqual([]);
  });

  it("an expanded pool's last check waits for its Application Sharing server", () => {
    const d = enterprise((x) => {
      x.pools[0].kind = "enterprise-expanded";
      x.servers.push({ fqdn: "appshare1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["app-sharing-conferencing"] });
    });
    const r = runbooksOf(planDeployment(d).scenarios).find((x) => x.id === "loss-of-pool:ocspool1")!;
    const last = r.steps.find((x) => x.title === "Check pool ocspool1 with all its members")!;
    const check = r.steps.find((x) => x.title === "Check appshare1.litware.com")!;
    expect(ancestors(r.steps, last.order).has(check.order)).toBe(true);
    expect(poolCheckBeforeMembers(d, r)).toEqual([]);
  });

  it("the examples list an address-book share, and no runbook step names it", () => {
    for (const d of [enterprise(), standard()]) {
      expect((d.fileShares ?? []).some((s) => s.content === "address-book")).toBe(true);
      expect(runbooksOf(planDeployment(d).scenarios).flatMap((r) => addressBookRestores(d, r))).toEqual([]);
    }
  });
});

describe("runbook invariants over varied deployments", () => {
  it("hold on every generated deployment", () => {
    fc.assert(
      fc.property(variedDeploymentArbitrary, (d) => {
        expect(violations(d)).toEqual(none);
      }),
      runs(60),
    );
  });
});
