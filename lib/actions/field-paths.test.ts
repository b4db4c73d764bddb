import { describe, expect, it } from "vitest";
import { poolSchema, serverSchema } from "../formats/deployment";
import { FORM_FIELD, fieldForPath, firstSegment, isPathWithin, nothingSaved, problemsToFields, zodFieldErrors } from "./field-paths";
import type { Problem } from "../formats/problems";

const error = (path: string, message: string, rule?: string): Problem => ({ path, message, severity: "error", rule });

describe("JSON paths to form fields", () => {
  it("knows which paths lie below an entity", () => {
    expect(isPathWithin("servers[3].roles[1]", "servers[3]")).toBe(true);
    expect(isPathWithin("servers[3]", "servers[3]")).toBe(true);
    expect(isPathWithin("servers[30].fqdn", "servers[3]")).toBe(false);
    expect(isPathWithin("backupX", "backup")).toBe(false);
    expect(isPathWithin("anything", "")).toBe(true);
  });

  it("takes the first segment of a relative path as the field", () => {
    expect(firstSegment(".roles[1]")).toBe("roles");
    expect(firstSegment("roles[1]")).toBe("roles");
    expect(firstSegment("reverseProxy.fqdn")).toBe("reverseProxy");
    expect(firstSegment("")).toBe(FORM_FIELD);
  });

  it("picks the longest matching prefix of a path table", () => {
    const table = { "servers[1]": "backEndFqdn", "servers[1].site": "siteName", "pools[0]": "poolKind", "pools[0].name": "poolName" };
    expect(fieldForPath("servers[1].fqdn", table)).toBe("backEndFqdn");
    expect(fieldForPath("servers[1].site", table)).toBe("siteName");
    expect(fieldForPath("pools[0]", table)).toBe("poolKind");
    expect(fieldForPath("pools[0].name", table)).toBe("poolName");
    expect(fieldForPath("servers[10].fqdn", table)).toBeUndefined();
  });

  it("splits problems into field errors (with their rule) and the rest (with their path)", () => {
    const table = { "servers[4]": FORM_FIELD, "servers[4].roles": "roles" };
    const { fieldErrors, otherErrors } = problemsToFields(
      [
        error("servers[4].roles[0]", "Web Conferencing runs on the front ends", "S8"),
        error("servers[4].roles[0]", "Web Conferencing runs on the front ends", "S8"),
        error("pools[0].backEnd", "back end is not a server"),
      ],
      (p) => fieldForPath(p, table),
    );
    expect(fieldErrors).toEqual({ roles: ["Web Conferencing runs on the front ends (rule S8)"] });
    expect(otherErrors).toEqual(["pools[0].backEnd: back end is not a server"]);
  });

  it("turns a sub-schema's issues into errors by field", () => {
    const r = serverSchema.safeParse({ fqdn: "not a name", site: "", roles: ["front-end", "frontend"] });
    expect(r.success).toBe(false);
    if (!r.success) {
      const errors = zodFieldErrors(r.error);
      expect(Object.keys(errors).sort()).toEqual(["fqdn", "roles", "site"]);
      expect(errors.site).toEqual(["a site name must not be empty"]);
      expect(errors.roles[0]).toMatch(/^expected a server role: one of/);
    }
  });

  it("can rename fields, and reports unknown keys on the form", () => {
    const r = poolSchema.safeParse({ name: "p 1", kind: "standard", site: "Redmond", colour: "blue" });
    expect(r.success).toBe(false);
    if (!r.success) {
      const errors = zodFieldErrors(r.error, (p) => (p === "name" ? "poolName" : FORM_FIELD));
      expect(errors.poolName).toEqual(["a pool name has no spaces (it is used in /poolname:)"]);
      expect(errors[FORM_FIELD]).toEqual(['unknown field "colour"']);
    }
  });

  it("says how many problems stopped the save", () => {
    expect(nothingSaved({ a: ["x", "y"] }, ["z"])).toBe("Nothing was saved: 3 problems to fix.");
    expect(nothingSaved({ a: ["x"] })).toBe("Nothing was saved: 1 problem to fix.");
    expect(nothingSaved()).toBe("Nothing was saved.");
  });
});
