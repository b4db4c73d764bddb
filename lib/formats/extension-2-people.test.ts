// Extension 2's people and business-impact fields: the shared example parses, and each consistency
// rule answers a literal case with its JSON path (deployment-format.md "Extension 2").
import { describe, expect, it } from "vitest";
import { validateDeployment } from "./parse-deployment";
import { extension2Example } from "./testing/extension-2-example";

const problemsOf = (d: unknown) => {
  const r = validateDeployment(d);
  return [...(r.ok ? [] : r.errors), ...r.warnings].map((p) => `${p.severity} ${p.path}: ${p.message}`);
};
const only = (lines: string[], re: RegExp) => lines.filter((l) => re.test(l));

describe("deployment format, extension 2 (people and business impact)", () => {
  it("accepts the shared example and keeps its values", () => {
    const r = validateDeployment(extension2Example());
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    if (!r.ok) return;
    expect(r.deployment.priorities.availabilityImpact).toBe("moderate");
    expect(r.deployment.priorities.workloads[0]).toMatchObject({ workload: "im-presence", mtdHours: 8, wrtHours: 1 });
    expect(r.deployment.contacts?.map((c) => c.name)).toEqual(["Maria Lopez", "Tom Becker", "Grace Lee", "Ravi Patel"]);
    expect(r.deployment.contacts?.[0].calls).toEqual(["Tom Becker", "Grace Lee"]);
    expect(r.deployment.vendors?.[0]).toEqual({
      name: "Contoso Hardware Services",
      supplies: "hardware",
      phone: "+1 800 555 0199",
      contract: "HW-2291",
      responseHours: 8,
    });
  });

  it("accepts a file without any of the fields", () => {
    const d = extension2Example();
    delete d.contacts;
    delete d.vendors;
    delete d.priorities.availabilityImpact;
    for (const w of d.priorities.workloads) {
      delete w.mtdHours;
      delete w.wrtHours;
    }
    expect(problemsOf(d)).toEqual([]);
  });

  it("names the path of a wrong value", () => {
    const d = extension2Example();
    d.priorities.availabilityImpact = "severe";
    d.contacts[0].roles = ["boss"];
    d.contacts[1].office = "call me maybe";
    d.contacts[2].email = "grace at litware";
    d.vendors[0].supplies = "coffee";
    d.priorities.workloads[1].wrtHours = -1;
    d.contacts[3].name = "Ravi\nPatel";
    expect(problemsOf(d)).toEqual([
      "error priorities.workloads[1].wrtHours: the work recovery time must be >= 0",
      "error priorities.availabilityImpact: expected an availability impact: one of low, moderate, high",
      "error contacts[0].roles[0]: expected a contact role: one of iscp-director, iscp-coordinator, system-owner, recovery-coordinator, technical-contact, administrator, stakeholder",
      'error contacts[1].office: expected an office number: digits, spaces and + - ( ) . only, e.g. "+1 425 555 0100"',
      'error contacts[2].email: expected an email address such as "ana@litware.com"',
      "error contacts[3].name: a contact name must be one line without control characters",
      "error vendors[0].supplies: expected what the vendor supplies: one of hardware, certificate-authority, telephony, microsoft-support, network, other",
    ]);
  });

  it("refuses duplicate contact names", () => {
    const d = extension2Example();
    d.contacts[2].name = "Tom Becker";
    expect(only(problemsOf(d), /contacts\[2\]\.name/)).toEqual([
      'error contacts[2].name: duplicate contact name "Tom Becker" (first used at index 1)',
    ]);
  });

  it("refuses an alternate or a callee that is not a contact, and a contact who is their own alternate", () => {
    const d = extension2Example();
    d.contacts[0].alternate = "Nobody Known";
    d.contacts[1].alternate = "Tom Becker";
    d.contacts[1].calls = ["Ravi Patel", "Zoe Park"];
    expect(only(problemsOf(d), /^error/)).toEqual([
      'error contacts[0].alternate: "Nobody Known" is not a contact in contacts',
      "error contacts[1].alternate: a contact cannot be their own alternate",
      'error contacts[1].calls[1]: "Zoe Park" is not a contact in contacts',
    ]);
  });

  it("warns of a call tree with a cycle, at the call that closes it", () => {
    const d = extension2Example();
    d.contacts[3].calls = ["Maria Lopez"];
    expect(problemsOf(d)).toEqual([
      "warning contacts[3].calls[0]: the call tree has a cycle (Maria Lopez → Tom Becker → Ravi Patel → Maria Lopez): someone would be called twice",
    ]);
  });

  it("warns of a contact nobody calls who is not the ISCP director", () => {
    const d = extension2Example();
    d.contacts[0].calls = ["Tom Becker"];
    expect(problemsOf(d)).toEqual(["warning contacts[2]: nobody calls Grace Lee: add them to someone's calls, or they are never told"]);
  });

  it("refuses an MTD shorter than the workload's recovery time target", () => {
    const d = extension2Example();
    d.priorities.workloads[2].mtdHours = 6;
    expect(problemsOf(d)).toEqual([
      "error priorities.workloads[2].mtdHours: the maximum tolerable downtime (6 h) is shorter than the recovery time target (8 h); MTD >= RTO",
    ]);
    d.priorities.workloads[2].mtdHours = 8;
    expect(problemsOf(d)).toEqual([]);
  });
});
