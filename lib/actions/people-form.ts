// The model editor's People page (Extension 2, rule P7): the contacts with their call list and the
// vendors, each list saved as a whole from one form. Rows are numbered in the form (`contact.3.name`);
// a row marked for removal, and the blank row for a new entry left empty, are dropped. The path table
// maps the format's JSON paths (`contacts[2].calls[0]`) back to the row's fields.
import type { DeploymentFile } from "../formats/deployment";
import { FORM_FIELD } from "./field-paths";
import type { Edit } from "./model-edits";
import { compact, listOf, numberOf, optionalTextOf } from "./form-data";

const rowsOf = (fd: FormData, list: string) =>
  listOf(fd, `${list}.row`)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);

/** "Ben Cho, Dan Eck" -> ["Ben Cho", "Dan Eck"]; names are separated by commas or new lines. */
export const namesOf = (text: string | undefined): string[] | undefined =>
  text === undefined
    ? undefined
    : text
        .split(/[,\n]/)
        .map((x) => x.trim())
        .filter(Boolean);

export function contactsFromForm(fd: FormData): { contacts: Record<string, unknown>[]; rows: number[] } {
  const contacts: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (const n of rowsOf(fd, "contact")) {
    const at = `contact.${n}`;
    if (fd.get(`${at}.remove`) === "on") continue;
    const name = optionalTextOf(fd, `${at}.name`);
    const roles = listOf(fd, `${at}.roles`);
    const rest = compact({
      alternate: optionalTextOf(fd, `${at}.alternate`),
      office: optionalTextOf(fd, `${at}.office`),
      mobile: optionalTextOf(fd, `${at}.mobile`),
      email: optionalTextOf(fd, `${at}.email`),
      calls: namesOf(optionalTextOf(fd, `${at}.calls`)),
    });
    // The blank row for a new contact, left empty.
    if (name === undefined && roles.length === 0 && Object.keys(rest).length === 0) continue;
    contacts.push({ name: name ?? "", roles, ...rest });
    rows.push(n);
  }
  return { contacts, rows };
}

export function vendorsFromForm(fd: FormData): { vendors: Record<string, unknown>[]; rows: number[] } {
  const vendors: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (const n of rowsOf(fd, "vendor")) {
    const at = `vendor.${n}`;
    if (fd.get(`${at}.remove`) === "on") continue;
    const name = optionalTextOf(fd, `${at}.name`);
    const rest = compact({
      phone: optionalTextOf(fd, `${at}.phone`),
      contract: optionalTextOf(fd, `${at}.contract`),
      responseHours: numberOf(fd, `${at}.responseHours`),
    });
    if (name === undefined && Object.keys(rest).length === 0) continue;
    vendors.push({ name: name ?? "", supplies: optionalTextOf(fd, `${at}.supplies`) ?? "", ...rest });
    rows.push(n);
  }
  return { vendors, rows };
}

/** JSON path -> form field, for a list saved from numbered rows (`contacts[1].email` -> `contact.4.email`). */
export function rowFields(list: "contacts" | "vendors", rows: readonly number[], fields: readonly string[]): Record<string, string> {
  const row = list === "contacts" ? "contact" : "vendor";
  const out: Record<string, string> = { [list]: FORM_FIELD };
  rows.forEach((n, i) => {
    out[`${list}[${i}]`] = `${row}.${n}.name`;
    for (const f of fields) out[`${list}[${i}].${f}`] = `${row}.${n}.${f}`;
  });
  return out;
}

export const CONTACT_FIELDS = ["name", "roles", "alternate", "office", "mobile", "email", "calls"] as const;
export const VENDOR_FIELDS = ["name", "supplies", "phone", "contract", "responseHours"] as const;

export function saveContacts(d: DeploymentFile, contacts: NonNullable<DeploymentFile["contacts"]>, rows: readonly number[]): Edit {
  if (contacts.length) d.contacts = contacts;
  else delete d.contacts;
  return { ok: true, fields: rowFields("contacts", rows, CONTACT_FIELDS) };
}

export function saveVendors(d: DeploymentFile, vendors: NonNullable<DeploymentFile["vendors"]>, rows: readonly number[]): Edit {
  if (vendors.length) d.vendors = vendors;
  else delete d.vendors;
  return { ok: true, fields: rowFields("vendors", rows, VENDOR_FIELDS) };
}
