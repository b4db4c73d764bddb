// Extension 2's contacts and vendors (rule P7) in their own rows. deployment-store.ts calls these
// inside its transactions; a save rewrites both small lists when they changed.
import type { Contact, ContactRole, Vendor, VendorSupply } from "../formats/extension-2-people";
import type { Deployment } from "../formats/deployment";
import type { Contact as ContactRow, Vendor as VendorRow } from "./generated/sqlite/client";
import type { Db } from "./client";
import type { Tx } from "./deployment-store";

/** What loadDeployment includes of the people rows. */
export const PEOPLE_INCLUDE = {
  contacts: { orderBy: { position: "asc" } },
  vendors: { orderBy: { position: "asc" } },
} as const;

const contactRow = (deploymentId: string, c: Contact, position: number) => ({
  deploymentId,
  position,
  name: c.name,
  roles: JSON.stringify(c.roles),
  alternate: c.alternate ?? null,
  office: c.office ?? null,
  mobile: c.mobile ?? null,
  email: c.email ?? null,
  calls: c.calls === undefined ? null : JSON.stringify(c.calls),
});

const vendorRow = (deploymentId: string, v: Vendor, position: number) => ({
  deploymentId,
  position,
  name: v.name,
  supplies: v.supplies,
  phone: v.phone ?? null,
  contract: v.contract ?? null,
  responseHours: v.responseHours ?? null,
});

export async function insertPeople(tx: Tx, deploymentId: string, d: Deployment): Promise<void> {
  const contacts = (d.contacts ?? []).map((c, i) => contactRow(deploymentId, c, i));
  const vendors = (d.vendors ?? []).map((v, i) => vendorRow(deploymentId, v, i));
  if (contacts.length > 0) await tx.contact.createMany({ data: contacts });
  if (vendors.length > 0) await tx.vendor.createMany({ data: vendors });
}

/** Rewrite the people rows of a stored deployment when they differ from `d`'s. */
export async function replacePeople(tx: Tx, deploymentId: string, d: Deployment): Promise<void> {
  const stored = await tx.deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: { id: true, ...PEOPLE_INCLUDE } });
  const now = peopleFromRows(stored.contacts, stored.vendors);
  const same =
    JSON.stringify(now.contacts ?? []) === JSON.stringify(d.contacts ?? []) &&
    JSON.stringify(now.vendors ?? []) === JSON.stringify(d.vendors ?? []);
  if (same) return;
  await tx.contact.deleteMany({ where: { deploymentId } });
  await tx.vendor.deleteMany({ where: { deploymentId } });
  await insertPeople(tx, deploymentId, d);
}

/** The deployment file's `contacts` and `vendors` (absent when there are none, as a file without them). */
export function peopleFromRows(contacts: readonly ContactRow[], vendors: readonly VendorRow[]): Pick<Deployment, "contacts" | "vendors"> {
  return {
    ...(contacts.length > 0 ? { contacts: contacts.map(contactFromRow) } : {}),
    ...(vendors.length > 0 ? { vendors: vendors.map(vendorFromRow) } : {}),
  };
}

function contactFromRow(r: ContactRow): Contact {
  return {
    name: r.name,
    roles: JSON.parse(r.roles) as ContactRole[],
    ...(r.alternate === null ? {} : { alternate: r.alternate }),
    ...(r.office === null ? {} : { office: r.office }),
    ...(r.mobile === null ? {} : { mobile: r.mobile }),
    ...(r.email === null ? {} : { email: r.email }),
    ...(r.calls === null ? {} : { calls: JSON.parse(r.calls) as string[] }),
  };
}

function vendorFromRow(r: VendorRow): Vendor {
  return {
    name: r.name,
    supplies: r.supplies as VendorSupply,
    ...(r.phone === null ? {} : { phone: r.phone }),
    ...(r.contract === null ? {} : { contract: r.contract }),
    ...(r.responseHours === null ? {} : { responseHours: r.responseHours }),
  };
}

/** The people of a stored deployment alone (the model editor's contacts and vendors pages). */
export async function loadPeople(db: Db, deploymentId: string): Promise<Pick<Deployment, "contacts" | "vendors"> | null> {
  const row = await db.deployment.findUnique({ where: { id: deploymentId }, select: { id: true, ...PEOPLE_INCLUDE } });
  return row ? peopleFromRows(row.contacts, row.vendors) : null;
}
