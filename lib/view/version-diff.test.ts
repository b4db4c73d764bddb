import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../formats/deployment";
import type { Gap } from "../formats/plan";
import { planDeployment } from "../engine/plan";
import { diffGaps, diffServers, diffVersions } from "./version-diff";
import { editAction, summarizeChange } from "../commands/change-summary";

const base = JSON.parse(readFileSync(path.resolve(__dirname, "../../../shared/examples/litware-standard.json"), "utf8")) as Deployment;
type Server = Deployment["servers"][number];

const gap = (id: string): Gap => ({ id, severity: "warning", subject: "s", message: `gap ${id}`, fix: "f", rules: [] });

describe("diffServers", () => {
  const a: Server[] = [
    { fqdn: "fe1.x.com", site: "HQ", pool: "p1", roles: ["front-end"] },
    { fqdn: "med.x.com", site: "HQ", roles: ["mediation"] },
    { fqdn: "old.x.com", site: "HQ", roles: ["archiving"] },
  ];
  const b: Server[] = [
    { fqdn: "FE1.x.com", site: "Branch", pool: "p2", roles: ["front-end", "web-conferencing"], spareHardware: true },
    { fqdn: "med.x.com", site: "HQ", roles: ["mediation"] },
    { fqdn: "new.x.com", site: "HQ", roles: ["access-edge"] },
  ];

  it("matches servers by FQDN (any case) and names what changed", () => {
    const d = diffServers(a, b);
    expect(d.added.map((s) => s.fqdn)).toEqual(["new.x.com"]);
    expect(d.removed.map((s) => s.fqdn)).toEqual(["old.x.com"]);
    expect(d.changed).toEqual([
      { fqdn: "FE1.x.com", changes: ["roles: +web-conferencing", "pool: p1 → p2", "site: HQ → Branch", "spare hardware: no → yes"] },
    ]);
  });

  it("finds nothing between equal lists", () => {
    expect(diffServers(a, structuredClone(a))).toEqual({ added: [], removed: [], changed: [] });
  });

  it("reports a server leaving its pool and losing a role", () => {
    const d = diffServers(
      [{ fqdn: "s", site: "HQ", pool: "p", roles: ["front-end", "mediation"] }],
      [{ fqdn: "s", site: "HQ", roles: ["front-end"] }],
    );
    expect(d.changed[0].changes).toEqual(["roles: −mediation", "pool: p → (none)"]);
  });
});

describe("diffGaps", () => {
  it("compares by gap id", () => {
    expect(diffGaps([gap("a"), gap("b")], [gap("b"), gap("c")])).toEqual({ added: [gap("c")], removed: [gap("a")] });
  });
});

describe("diffVersions", () => {
  it("sees a closed gap and unchanged servers when restores get tested", () => {
    const before = { ...base, backup: { ...base.backup, restoreTested: false } };
    const after = { ...base, backup: { ...base.backup, restoreTested: true } };
    const d = diffVersions({ deployment: before, plan: planDeployment(before) }, { deployment: after, plan: planDeployment(after) });
    expect(d.servers).toEqual({ added: [], removed: [], changed: [] });
    expect(d.gaps.removed.length).toBeGreaterThan(0);
    expect(d.gaps.added).toEqual([]);
    expect(d.plans.gaps.total.delta).toBe(-d.gaps.removed.length);
  });

  it("an identical version differs in nothing", () => {
    const plan = planDeployment(base);
    const d = diffVersions({ deployment: base, plan }, { deployment: structuredClone(base), plan: structuredClone(plan) });
    expect(d.servers.added.length + d.servers.removed.length + d.servers.changed.length).toBe(0);
    expect(d.gaps).toEqual({ added: [], removed: [] });
    expect(d.plans.scenarios.every((s) => s.delta === 0)).toBe(true);
  });
});

describe("summarizeChange", () => {
  it("names the section and the servers added", () => {
    const after = structuredClone(base);
    after.servers.push({ ...after.servers[0], fqdn: "extra.litware.com" });
    const s = summarizeChange(base, after);
    expect(s.sections).toEqual(["servers"]);
    expect(editAction(s)).toBe("edit:servers");
    expect(s.detail).toBe("servers: 1 added (extra.litware.com)");
  });

  it("lists changed fields of an object section and general fields", () => {
    const after = { ...structuredClone(base), name: "renamed", backup: { ...base.backup, restoreTested: !base.backup.restoreTested } };
    const s = summarizeChange(base, after);
    expect(s.sections).toEqual(["general", "backup"]);
    expect(editAction(s)).toBe("edit:general+backup");
    expect(s.detail).toContain("backup: restoreTested");
    expect(s.detail).toContain(`name: ${JSON.stringify(base.name)} → "renamed"`);
  });

  it("says when nothing changed", () => {
    const s = summarizeChange(base, structuredClone(base));
    expect(editAction(s)).toBe("edit");
    expect(s.detail).toBe("no change");
  });
});
