import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DeploymentFile } from "../formats/deployment";
import { validateDeployment } from "../formats/parse-deployment";
import { fieldForPath } from "./field-paths";
import { problemsToFormState } from "./mutate-deployment";
import {
  addPool,
  addWorkload,
  applyPriorityIntent,
  parsePriorityIntent,
  removePool,
  removeServer,
  removeSite,
  savePool,
  savePriorities,
  saveServer,
  saveSite,
  nameEntities,
  type Edit,
} from "./model-edits";

const demo = (): DeploymentFile => JSON.parse(readFileSync(path.resolve(__dirname, "../demo/fabrikam-demo.json"), "utf8"));

/** Apply an edit and validate the result, with errors mapped the way the forms map them. */
function run(edit: (d: DeploymentFile) => Edit) {
  const d = demo();
  const outcome = edit(d);
  if (!outcome.ok) return { d, outcome, state: undefined };
  const r = validateDeployment(d);
  const state = r.ok ? undefined : problemsToFormState(r.errors, r.warnings, { fieldForPath: (p) => fieldForPath(p, outcome.fields) });
  return { d, outcome, state };
}

describe("model edits keep references consistent", () => {
  it("renames a site in its pools and servers", () => {
    const { d, state } = run((d) => saveSite(d, "Dublin", { name: "Cork", kind: "standby" }));
    expect(state).toBeUndefined();
    expect(d.pools.find((p) => p.name === "fabpooldr")?.site).toBe("Cork");
    expect(d.servers.filter((s) => s.site === "Cork").map((s) => s.fqdn)).toEqual([
      "fabsqldr01.fabrikam.com",
      "fabfedr01.fabrikam.com",
      "fabfedr02.fabrikam.com",
    ]);
  });

  it("refuses a duplicate site name beside the name field", () => {
    expect(run((d) => saveSite(d, "Dublin", { name: "Redmond", kind: "standby" })).outcome).toEqual({
      ok: false,
      message: 'a site named "Redmond" already exists',
      field: "name",
    });
  });

  it("refuses to remove a site still in use, and says by what", () => {
    const { outcome } = run((d) => removeSite(d, "Dublin"));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^Site "Dublin" still has 1 pool \(fabpooldr\) and 3 servers/);
  });

  it("renames a pool in its servers and moves them with it", () => {
    const { d, state } = run((d) =>
      savePool(d, "fabpooldr", { name: "drpool", kind: "enterprise-consolidated", site: "Dublin", backEnd: "fabsqldr01.fabrikam.com" }),
    );
    expect(state).toBeUndefined();
    expect(d.servers.filter((s) => s.pool === "drpool")).toHaveLength(2);
    expect(d.servers.some((s) => s.pool === "fabpooldr")).toBe(false);
  });

  it("refuses to remove a pool that still has servers unless they go too", () => {
    const refused = run((d) => removePool(d, "fabpooldr", false)).outcome;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/still has 2 servers \(fabfedr01\.fabrikam\.com, fabfedr02\.fabrikam\.com\)/);

    const { d, state } = run((d) => removePool(d, "fabpooldr", true));
    expect(state).toBeUndefined();
    expect(d.servers.some((s) => s.pool === "fabpooldr")).toBe(false);
    expect(d.servers.some((s) => s.fqdn === "fabsqldr01.fabrikam.com")).toBe(true);
  });

  it("adds a Standard Edition pool together with its server", () => {
    const { d, state } = run((d) => addPool(d, { name: "branch1", kind: "standard", site: "Dublin" }, { memberFqdn: "se1.fabrikam.com" }));
    expect(state).toBeUndefined();
    expect(d.servers.at(-1)).toEqual({ fqdn: "se1.fabrikam.com", site: "Dublin", pool: "branch1", roles: ["standard-edition"] });
  });

  it("adds an Enterprise pool with a new back end, and reuses an existing one", () => {
    const added = run((d) =>
      addPool(
        d,
        { name: "pool3", kind: "enterprise-expanded", site: "Redmond" },
        { memberFqdn: "fe9.fabrikam.com", backEndFqdn: "sql9.fabrikam.com" },
      ),
    );
    expect(added.state).toBeUndefined();
    expect(added.d.servers.slice(-2).map((s) => s.roles)).toEqual([["back-end-sql"], ["front-end"]]);

    const reused = run((d) =>
      addPool(
        d,
        { name: "pool3", kind: "enterprise-consolidated", site: "Redmond" },
        { memberFqdn: "fe9.fabrikam.com", backEndFqdn: "fabsql01.fabrikam.com" },
      ),
    );
    expect(reused.state).toBeUndefined();
    expect(reused.d.servers.filter((s) => s.fqdn === "fabsql01.fabrikam.com")).toHaveLength(1);
  });

  it("puts an existing non-SQL server chosen as back end beside the back-end field", () => {
    const { state } = run((d) =>
      addPool(
        d,
        { name: "pool3", kind: "enterprise-consolidated", site: "Redmond" },
        { memberFqdn: "fe9.fabrikam.com", backEndFqdn: "fabdir01.fabrikam.com" },
      ),
    );
    expect(state?.fieldErrors?.backEnd).toEqual(['back end "fabdir01.fabrikam.com" does not have the role back-end-sql']);
  });

  it("renames a server in the pools and databases that use it", () => {
    const { d, state } = run((d) =>
      saveServer(d, "fabsql01.fabrikam.com", { fqdn: "sqlnew.fabrikam.com", site: "Redmond", roles: ["back-end-sql"] }),
    );
    expect(state).toBeUndefined();
    expect(d.pools[0].backEnd).toBe("sqlnew.fabrikam.com");
    expect(d.databases?.filter((b) => b.server === "sqlnew.fabrikam.com").map((b) => b.name)).toEqual(["RTC", "RTCConfig", "RTCDyn"]);
  });

  it("refuses a separate Web Conferencing server in a consolidated pool beside the roles (S8)", () => {
    const { state } = run((d) =>
      saveServer(d, undefined, { fqdn: "wc01.fabrikam.com", site: "Redmond", pool: "fabpool01", roles: ["web-conferencing"] }),
    );
    expect(state?.fieldErrors?.roles?.[0]).toMatch(/Web Conferencing runs on the front ends .* \(rule S8\)$/);
    expect(state?.otherErrors).toEqual([]);
  });

  it("refuses to remove a back end or a server holding databases", () => {
    const backEnd = run((d) => removeServer(d, "fabsql01.fabrikam.com")).outcome;
    expect(!backEnd.ok && backEnd.message).toMatch(/back-end SQL Server of pool fabpool01/);
    const host = run((d) => removeServer(d, "fabarch01.fabrikam.com")).outcome;
    expect(!host.ok && host.message).toMatch(/holds the databases LCSLog/);
    expect(run((d) => removeServer(d, "fabdir01.fabrikam.com")).state).toBeUndefined();
  });
});

describe("ranked workloads", () => {
  const list = [
    { workload: "im-presence", rank: 1 },
    { workload: "enterprise-voice", rank: 2 },
    { workload: "archiving", rank: 5 },
  ];

  it("reads the intent of a button", () => {
    expect(parsePriorityIntent("up:archiving")).toEqual({ kind: "up", workload: "archiving" });
    expect(parsePriorityIntent("remove:im-presence")).toEqual({ kind: "remove", workload: "im-presence" });
    expect(parsePriorityIntent(undefined)).toEqual({ kind: "save" });
  });

  it("moves up and down and renumbers ranks 1..n", () => {
    expect(applyPriorityIntent(list, { kind: "up", workload: "archiving" })).toEqual([
      { workload: "im-presence", rank: 1 },
      { workload: "archiving", rank: 2 },
      { workload: "enterprise-voice", rank: 3 },
    ]);
    expect(applyPriorityIntent(list, { kind: "down", workload: "im-presence" }).map((w) => w.workload)).toEqual([
      "enterprise-voice",
      "im-presence",
      "archiving",
    ]);
    expect(applyPriorityIntent(list, { kind: "up", workload: "im-presence" }).map((w) => w.rank)).toEqual([1, 2, 3]);
  });

  it("removes and renumbers", () => {
    expect(applyPriorityIntent(list, { kind: "remove", workload: "im-presence" })).toEqual([
      { workload: "enterprise-voice", rank: 1 },
      { workload: "archiving", rank: 2 },
    ]);
  });

  it("maps a target's error to the input named after its workload", () => {
    const { state } = run((d) =>
      savePriorities(
        d,
        {
          workloads: [
            { workload: "im-presence", rank: 1, rtoHours: 4, rpoHours: 24 },
            { workload: "im-presence", rank: 2, rtoHours: 4, rpoHours: 24 },
          ],
          regulated: false,
        },
        { kind: "save" },
      ),
    );
    expect(state?.fieldErrors?.["workload:im-presence"]?.[0]).toMatch(/duplicate workload/);
  });

  it("adds a workload after the ranked ones and refuses one already ranked", () => {
    const { d, state } = run((d) => {
      d.priorities.workloads = d.priorities.workloads.filter((w) => w.workload !== "monitoring");
      return addWorkload(d, { workload: "monitoring", rtoHours: 72, rpoHours: 48 });
    });
    expect(state).toBeUndefined();
    expect(d.priorities.workloads.at(-1)).toEqual({ workload: "monitoring", rank: 8, rtoHours: 72, rpoHours: 48 });
    expect(run((d) => addWorkload(d, { workload: "archiving", rtoHours: 1, rpoHours: 1 })).outcome).toMatchObject({
      ok: false,
      field: "workload",
    });
  });
});

describe("messages about other parts of the deployment", () => {
  it("name the entity behind each indexed path", () => {
    const d = demo();
    expect(nameEntities("error: servers[10].roles: edge roles need an edge topology", d)).toBe(
      "error: servers[10] (fabedge01.fabrikam.com).roles: edge roles need an edge topology",
    );
    expect(nameEntities("pools[1].backEnd and databases[3] and priorities.workloads[0].workload", d)).toBe(
      "pools[1] (fabpooldr).backEnd and databases[3] (LCSLog on fabarch01.fabrikam.com) and priorities.workloads[0] (im-presence).workload",
    );
    expect(nameEntities("servers[99].fqdn", d)).toBe("servers[99].fqdn");
  });
});
