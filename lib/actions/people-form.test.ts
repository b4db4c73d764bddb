// The People page's form reading: numbered rows to contacts and vendors, removals, the blank new row,
// and JSON paths back to the row's fields.
import { describe, expect, it } from "vitest";
import { contactsFromForm, rowFields, vendorsFromForm, CONTACT_FIELDS } from "./people-form";
import { fieldForPath } from "./field-paths";
import { prioritiesFromForm } from "./form-data";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("People form", () => {
  it("reads contacts row by row, drops removed rows and the empty new row, and splits the call list", () => {
    const fd = form([
      ["contact.row", "0"],
      ["contact.0.name", "Maria Lopez"],
      ["contact.0.roles", "iscp-director"],
      ["contact.0.alternate", "Tom Becker"],
      ["contact.0.mobile", "+1 425 555 0111"],
      ["contact.0.calls", "Tom Becker, Grace Lee"],
      ["contact.row", "1"],
      ["contact.1.name", "Old Person"],
      ["contact.1.roles", "stakeholder"],
      ["contact.1.remove", "on"],
      ["contact.row", "2"],
      ["contact.2.name", "Tom Becker"],
      ["contact.2.roles", "iscp-coordinator"],
      ["contact.2.roles", "recovery-coordinator"],
      ["contact.2.calls", ""],
      ["contact.row", "3"],
      ["contact.3.name", ""],
      ["contact.3.email", ""],
    ]);
    expect(contactsFromForm(fd)).toEqual({
      contacts: [
        {
          name: "Maria Lopez",
          roles: ["iscp-director"],
          alternate: "Tom Becker",
          mobile: "+1 425 555 0111",
          calls: ["Tom Becker", "Grace Lee"],
        },
        { name: "Tom Becker", roles: ["iscp-coordinator", "recovery-coordinator"] },
      ],
      rows: [0, 2],
    });
  });

  it("maps a consistency problem's JSON path to the row's field", () => {
    const fields = rowFields("contacts", [0, 2], CONTACT_FIELDS);
    expect(fieldForPath("contacts[1].calls[0]", fields)).toBe("contact.2.calls");
    expect(fieldForPath("contacts[1]", fields)).toBe("contact.2.name");
    expect(fieldForPath("contacts[0].alternate", fields)).toBe("contact.0.alternate");
  });

  it("reads vendors; a blank new row with only the default supply is no vendor", () => {
    const fd = form([
      ["vendor.row", "0"],
      ["vendor.0.name", "Contoso Hardware Services"],
      ["vendor.0.supplies", "hardware"],
      ["vendor.0.contract", "HW-2291"],
      ["vendor.0.responseHours", "8"],
      ["vendor.row", "1"],
      ["vendor.1.name", ""],
      ["vendor.1.supplies", "hardware"],
    ]);
    expect(vendorsFromForm(fd)).toEqual({
      vendors: [{ name: "Contoso Hardware Services", supplies: "hardware", contract: "HW-2291", responseHours: 8 }],
      rows: [0],
    });
  });

  it("the priorities form reads MTD, WRT and the availability impact, leaving empty ones out", () => {
    const fd = form([
      ["workload", "im-presence"],
      ["rtoHours:im-presence", "4"],
      ["rpoHours:im-presence", "24"],
      ["mtdHours:im-presence", "8"],
      ["wrtHours:im-presence", ""],
      ["availabilityImpact", "high"],
    ]);
    expect(prioritiesFromForm(fd)).toEqual({
      workloads: [{ workload: "im-presence", rank: 1, rtoHours: 4, rpoHours: 24, mtdHours: 8 }],
      regulated: false,
      availabilityImpact: "high",
    });
  });
});
