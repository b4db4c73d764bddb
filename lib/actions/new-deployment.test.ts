import { describe, expect, it } from "vitest";
import { validateDeployment } from "../formats/parse-deployment";
import { FORM_FIELD, fieldForPath, problemsToFields } from "./field-paths";
import { buildNewDeployment, newDeploymentFromForm, type NewDeploymentInput } from "./new-deployment";

const base: NewDeploymentInput = {
  name: "Litware lab",
  forest: "litware.com",
  siteName: "Redmond",
  siteKind: "central",
  poolName: "pool1",
  poolKind: "enterprise-consolidated",
  seFqdn: "",
  frontEndFqdn: "FE1.litware.com",
  backEndFqdn: "sql1.litware.com",
};

function errorsFor(input: NewDeploymentInput) {
  const { file, fields } = buildNewDeployment(input);
  const r = validateDeployment(file);
  return r.ok ? null : problemsToFields(r.errors, (p) => fieldForPath(p, fields) ?? FORM_FIELD);
}

describe("a deployment created by hand", () => {
  it("is valid for an Enterprise pool with its front end and back end, with the stated defaults", () => {
    const { file } = buildNewDeployment(base);
    const r = validateDeployment(file);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.deployment.servers).toEqual([
      { fqdn: "fe1.litware.com", site: "Redmond", pool: "pool1", roles: ["front-end"] },
      { fqdn: "sql1.litware.com", site: "Redmond", roles: ["back-end-sql"] },
    ]);
    expect(r.deployment.pools[0].backEnd).toBe("sql1.litware.com");
    expect(r.deployment.priorities.workloads).toEqual([{ workload: "im-presence", rank: 1, rtoHours: 8, rpoHours: 24 }]);
    expect(r.deployment.backup).toMatchObject({
      databaseFrequencyHours: 24,
      settingsFrequencyHours: 168,
      windowStartHour: 1,
      retentionCopies: 14,
      location: "local",
      bandwidthMbps: 100,
      logsSeparateFromData: true,
    });
    expect(r.deployment.recovery).toEqual({ vendorHardwareSlaHours: 24, adminsAvailable: 1, staffTrained: false, mediaAvailable: true });
  });

  it("is valid for a Standard Edition pool with its one server and no back end", () => {
    const { file } = buildNewDeployment({ ...base, poolKind: "standard", seFqdn: "se1.litware.com", frontEndFqdn: "", backEndFqdn: "" });
    const r = validateDeployment(file);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.deployment.pools[0]).toEqual({ name: "pool1", kind: "standard", site: "Redmond" });
  });

  it("shows each error beside the field it came from", () => {
    const errors = errorsFor({
      ...base,
      name: "",
      forest: "litware",
      siteName: "",
      poolName: "my pool",
      frontEndFqdn: "fe 1",
      backEndFqdn: "",
    });
    expect(errors).not.toBeNull();
    expect(Object.keys(errors!.fieldErrors).sort()).toEqual(["backEndFqdn", "forest", "frontEndFqdn", "name", "poolName", "siteName"]);
    // The empty back end is wrong both as the pool's backEnd and as a server: both land on its field.
    expect(errors!.fieldErrors.backEndFqdn).toHaveLength(2);
    expect(errors!.otherErrors).toEqual([]);
  });

  it("shows a consistency error beside the field too", () => {
    // The same FQDN for the front end and the back end: a duplicate, reported on the second server.
    const errors = errorsFor({ ...base, backEndFqdn: "fe1.litware.com" });
    expect(errors?.fieldErrors.backEndFqdn?.[0]).toMatch(/duplicate server FQDN/);
  });

  it("reads its form", () => {
    const fd = new FormData();
    fd.set("name", " Lab ");
    fd.set("poolKind", "standard");
    expect(newDeploymentFromForm(fd)).toMatchObject({ name: "Lab", poolKind: "standard", seFqdn: "" });
  });
});
