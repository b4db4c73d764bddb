import { describe, expect, it } from "vitest";
import { backupPracticeSchema, serverSchema } from "../formats/deployment";
import {
  backupFromForm,
  checkedOf,
  compact,
  dependenciesFromForm,
  formTarget,
  listOf,
  numberOf,
  optionalTextOf,
  poolFromForm,
  prioritiesFromForm,
  serverFromForm,
  siteFromForm,
  textOf,
  yesNoOf,
} from "./form-data";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("reading form fields", () => {
  it("trims text and gives an empty string for a missing required field", () => {
    const fd = form([["name", "  Redmond  "]]);
    expect(textOf(fd, "name")).toBe("Redmond");
    expect(textOf(fd, "absent")).toBe("");
    expect(optionalTextOf(form([["pool", "   "]]), "pool")).toBeUndefined();
  });

  it("reads numbers with empty as undefined and garbage as NaN, never as 0", () => {
    const fd = form([
      ["a", "24"],
      ["b", ""],
      ["c", "twelve"],
      ["d", " 0.5 "],
    ]);
    expect(numberOf(fd, "a")).toBe(24);
    expect(numberOf(fd, "b")).toBeUndefined();
    expect(numberOf(fd, "c")).toBeNaN();
    expect(numberOf(fd, "d")).toBe(0.5);
    expect(numberOf(fd, "absent")).toBeUndefined();
  });

  it("reads checkboxes by presence", () => {
    const fd = form([["offsiteCopy", "on"]]);
    expect(checkedOf(fd, "offsiteCopy")).toBe(true);
    expect(checkedOf(fd, "encrypted")).toBe(false);
  });

  it("reads a yes / no / unknown choice", () => {
    expect(yesNoOf(form([["c", "yes"]]), "c")).toBe(true);
    expect(yesNoOf(form([["c", "no"]]), "c")).toBe(false);
    expect(yesNoOf(form([["c", ""]]), "c")).toBeUndefined();
  });

  it("reads every value of a checkbox group in form order", () => {
    const fd = form([
      ["roles", "front-end"],
      ["roles", " "],
      ["roles", "web-conferencing"],
    ]);
    expect(listOf(fd, "roles")).toEqual(["front-end", "web-conferencing"]);
  });

  it("drops undefined properties", () => {
    expect(compact({ a: 1, b: undefined, c: false })).toEqual({ a: 1, c: false });
  });

  it("reads the deployment and version a form was rendered from", () => {
    expect(
      formTarget(
        form([
          ["deploymentId", "abc"],
          ["expectedVersion", "7"],
        ]),
      ),
    ).toEqual({ deploymentId: "abc", expectedVersion: 7 });
  });
});

describe("entity readers", () => {
  it("writes a site's domainControllers only when the file stated it or the box differs from the kind's default", () => {
    // A new site (the add form shows no box) takes its kind's default.
    expect(
      siteFromForm(
        form([
          ["name", "Rome"],
          ["kind", "central"],
        ]),
      ),
    ).toEqual({ name: "Rome", kind: "central" });
    // Untouched central site (box ticked, the default): the file keeps leaving it out.
    expect(
      siteFromForm(
        form([
          ["domainControllersShown", "1"],
          ["name", "Redmond"],
          ["kind", "central"],
          ["domainControllers", "on"],
        ]),
      ),
    ).toEqual({ name: "Redmond", kind: "central" });
    expect(
      siteFromForm(
        form([
          ["domainControllersShown", "1"],
          ["name", "Redmond"],
          ["kind", "central"],
        ]),
      ),
    ).toEqual({ name: "Redmond", kind: "central", domainControllers: false });
    expect(
      siteFromForm(
        form([
          ["domainControllersShown", "1"],
          ["name", "Dublin"],
          ["kind", "standby"],
          ["domainControllers", "on"],
        ]),
      ),
    ).toEqual({
      name: "Dublin",
      kind: "standby",
      domainControllers: true,
    });
    // The file stated it: it stays stated, even at the default.
    expect(
      siteFromForm(
        form([
          ["domainControllersShown", "1"],
          ["name", "Dublin"],
          ["kind", "standby"],
          ["domainControllersGiven", "1"],
        ]),
      ),
    ).toEqual({
      name: "Dublin",
      kind: "standby",
      domainControllers: false,
    });
  });

  it("reads a server with several roles, no pool and a ticked spare", () => {
    const fd = form([
      ["fqdn", "FE01.Litware.com"],
      ["site", "Redmond"],
      ["pool", ""],
      ["roles", "archiving"],
      ["roles", "monitoring"],
      ["spareHardware", "on"],
    ]);
    const server = serverFromForm(fd);
    expect(server).toEqual({ fqdn: "FE01.Litware.com", site: "Redmond", roles: ["archiving", "monitoring"], spareHardware: true });
    expect(serverSchema.parse(server).fqdn).toBe("fe01.litware.com");
  });

  it("leaves spareHardware out when unticked and reports a server with no role", () => {
    const server = serverFromForm(
      form([
        ["fqdn", "x.litware.com"],
        ["site", "Redmond"],
      ]),
    );
    expect(server).not.toHaveProperty("spareHardware");
    const r = serverSchema.safeParse(server);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toBe("a server needs at least one role");
  });

  it("omits a pool's back end when none is chosen", () => {
    expect(
      poolFromForm(
        form([
          ["name", "se1"],
          ["kind", "standard"],
          ["site", "Redmond"],
          ["backEnd", ""],
        ]),
      ),
    ).toEqual({
      name: "se1",
      kind: "standard",
      site: "Redmond",
    });
  });

  it("lets the schema say what an empty number box should hold", () => {
    const backup = backupFromForm(
      form([
        ["databaseFrequencyHours", ""],
        ["location", "remote"],
        ["encrypted", "on"],
      ]),
    );
    expect(backup.databaseFrequencyHours).toBeUndefined();
    expect(backup.encrypted).toBe(true);
    expect(backup.offsiteCopy).toBe(false);
    const r = backupPracticeSchema.safeParse(backup);
    expect(r.success).toBe(false);
    if (!r.success) {
      const issue = r.error.issues.find((i) => i.path[0] === "databaseFrequencyHours");
      expect(issue?.message).toBe("expected the database backup interval in hours (a number)");
    }
  });

  it("reads the destinations (extension 1): empty boxes leave them out, a hostile one is refused by the schema", () => {
    const base: [string, string][] = [
      ["databaseFrequencyHours", "24"],
      ["settingsFrequencyHours", "168"],
      ["fileShareFrequencyHours", "24"],
      ["windowStartHour", "1"],
      ["retentionCopies", "14"],
      ["location", "remote"],
      ["bandwidthMbps", "100"],
    ];
    const empty = backupFromForm(form([...base, ["destination", ""], ["offsiteDestination", "  "]]));
    expect(empty).not.toHaveProperty("destination");
    expect(empty).not.toHaveProperty("offsiteDestination");
    const set = backupPracticeSchema.parse(
      backupFromForm(form([...base, ["destination", "\\\\backup01\\ocs"], ["offsiteDestination", "E:\\ocs"]])),
    );
    expect([set.destination, set.offsiteDestination]).toEqual(["\\\\backup01\\ocs", "E:\\ocs"]);
    const hostile = backupPracticeSchema.safeParse(backupFromForm(form([...base, ["destination", "E:\\x & calc"]])));
    expect(hostile.success ? [] : hostile.error.issues.map((i) => i.path.join("."))).toEqual(["destination"]);
  });

  it("reads a server's SQL instance, leaving it out when empty", () => {
    const fields: [string, string][] = [
      ["fqdn", "sql02.litware.com"],
      ["site", "Redmond"],
      ["roles", "back-end-sql"],
    ];
    expect(serverFromForm(form([...fields, ["sqlInstance", "OCSBE"]]))).toMatchObject({ sqlInstance: "OCSBE" });
    expect(serverFromForm(form([...fields, ["sqlInstance", ""]]))).not.toHaveProperty("sqlInstance");
  });

  it("reads dependencies: a reverse proxy only with an FQDN, certificates only when stated", () => {
    expect(
      dependenciesFromForm(
        form([
          ["activeDirectory", "on"],
          ["reverseProxyBackedUp", "on"],
          ["certificates", ""],
        ]),
      ),
    ).toEqual({
      activeDirectory: { backedUp: true },
      dns: { backedUp: false },
    });
    expect(
      dependenciesFromForm(
        form([
          ["reverseProxyFqdn", "rp.litware.com"],
          ["certificates", "no"],
        ]),
      ),
    ).toEqual({
      activeDirectory: { backedUp: false },
      dns: { backedUp: false },
      reverseProxy: { fqdn: "rp.litware.com", backedUp: false },
      certificates: { backedUp: false },
    });
  });

  it("ranks workloads in the order the rows were submitted", () => {
    const p = prioritiesFromForm(
      form([
        ["workload", "enterprise-voice"],
        ["rtoHours:enterprise-voice", "4"],
        ["rpoHours:enterprise-voice", "24"],
        ["workload", "im-presence"],
        ["rtoHours:im-presence", ""],
        ["rpoHours:im-presence", "12"],
        ["monthlyBudgetUsd", ""],
      ]),
    );
    expect(p).toEqual({
      workloads: [
        { workload: "enterprise-voice", rank: 1, rtoHours: 4, rpoHours: 24 },
        { workload: "im-presence", rank: 2, rtoHours: undefined, rpoHours: 12 },
      ],
      regulated: false,
    });
  });
});
