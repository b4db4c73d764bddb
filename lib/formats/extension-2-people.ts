// Extension 2 of the deployment format, its people and business-impact part (deployment-format.md
// "Extension 2"; rules P7, P8): the availability impact that picks the contingency plan's template,
// MTD and WRT per ranked workload, the contacts with their call tree, and the vendors. All optional.
// deployment.ts spreads these fields into its schemas; the consistency rules are in people-consistency.ts.
import { z } from "zod";

export const AVAILABILITY_IMPACTS = ["low", "moderate", "high"] as const;
export type AvailabilityImpact = (typeof AVAILABILITY_IMPACTS)[number];

export const CONTACT_ROLES = [
  "iscp-director",
  "iscp-coordinator",
  "system-owner",
  "recovery-coordinator",
  "technical-contact",
  "administrator",
  "stakeholder",
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Display labels of the roles (NIST SP 800-34's names). */
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  "iscp-director": "ISCP director",
  "iscp-coordinator": "ISCP coordinator",
  "system-owner": "system owner",
  "recovery-coordinator": "recovery coordinator",
  "technical-contact": "technical contact",
  administrator: "administrator",
  stakeholder: "stakeholder",
};

export const VENDOR_SUPPLIES = ["hardware", "certificate-authority", "telephony", "microsoft-support", "network", "other"] as const;
export type VendorSupply = (typeof VENDOR_SUPPLIES)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `expected ${what}: one of ${values.join(", ")}` });

const text = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` })
    // A line break or control character would let a name break out of its line in the document.
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { error: `${what} must be one line without control characters` });

const hours = (what: string) =>
  z
    .number({ error: `expected ${what} in hours (a number)` })
    .finite()
    .nonnegative({ error: `${what} must be >= 0` });

/** A phone number as people write it: digits, spaces, +, -, ( ), ., and an extension. */
const phone = (what: string) =>
  text(what, 40).refine((v) => /^\+?[0-9 ()./-]+(?:\s*(?:x|ext\.?)\s*[0-9]+)?$/i.test(v) && /[0-9]/.test(v), {
    error: `expected ${what}: digits, spaces and + - ( ) . only, e.g. "+1 425 555 0100"`,
  });

const email = z
  .string({ error: "expected an email address as a string" })
  .trim()
  .max(254, { error: "an email address has at most 254 characters" })
  .refine((v) => /^[^\s@<>"(),;:\\[\]]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v), {
    error: 'expected an email address such as "ana@litware.com"',
  });

/** Fields added to `priorities.workloads[]`. */
export const workloadImpactFields = {
  /** Maximum tolerable downtime (ISO 22301: MTPD), >= rtoHours. */
  mtdHours: hours("the maximum tolerable downtime").optional(),
  /** Work recovery time after the service is back. */
  wrtHours: hours("the work recovery time").optional(),
};

/** Fields added to `priorities`. */
export const prioritiesImpactFields = {
  /** FIPS 199 availability impact: picks the ISCP template (absent: moderate). */
  availabilityImpact: oneOf(AVAILABILITY_IMPACTS, "an availability impact").optional(),
};

export const contactSchema = z.strictObject({
  name: text("a contact name", 100),
  roles: z
    .array(oneOf(CONTACT_ROLES, "a contact role"), { error: "expected a list of roles" })
    .min(1, { error: 'a contact needs at least one role (use "stakeholder" for someone only informed)' }),
  alternate: text("the alternate's name", 100).optional(),
  office: phone("an office number").optional(),
  mobile: phone("a mobile number").optional(),
  email: email.optional(),
  calls: z.array(text("a contact name", 100), { error: "expected a list of contact names" }).optional(),
});

export const vendorSchema = z.strictObject({
  name: text("a vendor name", 100),
  supplies: oneOf(VENDOR_SUPPLIES, "what the vendor supplies"),
  phone: phone("the vendor's phone number").optional(),
  contract: text("a contract number", 100).optional(),
  responseHours: hours("the response time").optional(),
});

/** Top-level fields added to the deployment file. */
export const peopleFields = {
  contacts: z.array(contactSchema, { error: "expected a list of contacts" }).optional(),
  vendors: z.array(vendorSchema, { error: "expected a list of vendors" }).optional(),
};

export type Contact = z.output<typeof contactSchema>;
export type Vendor = z.output<typeof vendorSchema>;

export const AVAILABILITY_IMPACT_DEFAULT: AvailabilityImpact = "moderate";
