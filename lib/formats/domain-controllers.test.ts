// Extension 2's sites[].domainControllers: parsed, refused with its JSON path, defaulted by site kind,
// and kept in the shared example (its first site states it).
import { describe, expect, it } from "vitest";
import { validateDeployment } from "./parse-deployment";
import { extension2Example } from "./testing/extension-2-example";
import { holdsDomainControllers } from "./domain-controllers";

const errorsOf = (d: unknown) => {
  const r = validateDeployment(d);
  return (r.ok ? [] : r.errors).map((p) => `${p.path}: ${p.message}`);
};

describe("sites[].domainControllers (Extension 2)", () => {
  it("is kept from the shared example, in the key order name, kind, domainControllers", () => {
    const d = extension2Example();
    expect(Object.keys(d.sites[0])).toEqual(["name", "kind", "domainControllers"]);
    const r = validateDeployment(d);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.deployment.sites[0]).toEqual({ name: "Redmond", kind: "central", domainControllers: true });
  });

  it("refuses a value that is not true or false, naming the field", () => {
    const d = extension2Example();
    d.sites[0].domainControllers = "yes";
    // The "missing required field" wrapper is zodProblems' wording for every wrong type (zod 4 issues carry no input).
    expect(errorsOf(d)).toEqual(["sites[0].domainControllers: missing required field (expected true or false)"]);
  });

  it("defaults to true for the central site and false for remote and standby sites", () => {
    expect(holdsDomainControllers({ kind: "central" })).toBe(true);
    expect(holdsDomainControllers({ kind: "remote" })).toBe(false);
    expect(holdsDomainControllers({ kind: "standby" })).toBe(false);
    expect(holdsDomainControllers({ kind: "central", domainControllers: false })).toBe(false);
    expect(holdsDomainControllers({ kind: "standby", domainControllers: true })).toBe(true);
  });
});
