// P7 gaps: activation authority and successor, roles without an alternate, contacts without an
// out-of-hours number, no hardware vendor while servers have no spare; an empty model gets info gaps.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { validateDeployment } from "../../formats/parse-deployment";
import { extension2Example } from "../../formats/testing/extension-2-example";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const peopleGaps = (edit?: (d: any) => void) => {
  const d = extension2Example();
  edit?.(d);
  const r = validateDeployment(d);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return planDeployment(r.deployment)
    .gaps.filter((g) => g.rules.includes("P7"))
    .map((g) => `${g.severity} ${g.id}: ${g.message}`);
};

describe("P7 gaps", () => {
  it("the shared example lacks only Grace Lee's out-of-hours number", () => {
    expect(peopleGaps()).toEqual([
      "warning contact-no-out-of-hours:Grace Lee: Grace Lee has no out-of-hours number: outside business hours the call tree cannot reach them.",
    ]);
  });

  it("a model without contacts or vendors gets one info gap each", () => {
    expect(
      peopleGaps((d) => {
        delete d.contacts;
        delete d.vendors;
      }),
    ).toEqual([
      "info no-contacts: The plan names nobody: no activation authority, no roles, no call tree. The contingency plan document leaves its roles, notification and contact list empty.",
      "info no-hardware-vendor: 7 servers have no spare, and no hardware vendor is listed: the plan cannot say whom to call for replacement hardware, or under which contract.",
    ]);
  });

  it("no ISCP director: nobody may activate the plan", () => {
    expect(
      peopleGaps((d) => {
        d.contacts[0].roles = ["stakeholder"];
        d.contacts[2].mobile = "+1 425 555 0131";
      }),
    ).toEqual([
      "warning no-activation-authority: No contact holds the ISCP director role: nobody has the authority to activate the plan, and the call tree has no start.",
    ]);
  });

  it("a director without a successor, and a role whose holders have no alternate", () => {
    expect(
      peopleGaps((d) => {
        delete d.contacts[0].alternate;
        delete d.contacts[3].alternate;
        d.contacts[2].mobile = "+1 425 555 0131";
      }),
    ).toEqual([
      "warning no-activation-successor:Maria Lopez: Maria Lopez holds the authority to activate the plan but has no named successor: if they cannot be reached, nobody may activate it.",
      "warning role-without-alternate:technical-contact: The technical contact (Ravi Patel) has no alternate: nobody stands in when they are away.",
    ]);
  });

  it("a NIST role nobody holds", () => {
    expect(
      peopleGaps((d) => {
        d.contacts[2].roles = ["stakeholder"];
        d.contacts[2].mobile = "+1 425 555 0131";
      }),
    ).toEqual(["warning role-unfilled:system-owner: Nobody holds the system owner role of the contingency plan."]);
  });

  it("no hardware vendor while servers have no spare; none when every server has one", () => {
    const noHardware = (d: { vendors: { supplies: string }[] }) => (d.vendors = d.vendors.filter((v) => v.supplies !== "hardware"));
    expect(peopleGaps(noHardware)).toContain(
      "warning no-hardware-vendor: 7 servers have no spare, and no hardware vendor is listed: the plan cannot say whom to call for replacement hardware, or under which contract.",
    );
    expect(
      peopleGaps((d) => {
        noHardware(d);
        for (const s of d.servers) s.spareHardware = true;
      }).some((l) => l.includes("no-hardware-vendor")),
    ).toBe(false);
  });
});
