// Reading HTML form submissions into plain objects for the zod schemas of the deployment format.
// Nothing is coerced into a "valid" value here: an empty number box becomes undefined and a typo
// becomes NaN, so the schema reports what it expected ("expected ... (a number)") instead of the
// form silently saving 0. Validation itself stays in lib/formats.
import type { z } from "zod";
import type {
  backupPracticeSchema,
  databaseSchema,
  dependenciesSchema,
  fileShareSchema,
  poolSchema,
  recoverySchema,
  serverSchema,
  siteSchema,
} from "../formats/deployment";
import { domainControllersByDefault } from "../formats/domain-controllers";

/** The keys of a schema's input with values not yet checked: what a form can offer the schema. */
export type Unchecked<S extends z.ZodType> = { [K in keyof z.input<S>]: unknown };

/** A required text field: "" when empty or absent, so the schema says "must not be empty". */
export function textOf(fd: FormData, name: string): string {
  const v = fd.get(name);
  return typeof v === "string" ? v.trim() : "";
}

/** Named fields as they were typed ("" when absent, nothing trimmed: passwords keep their spaces); the schema trims what it should. */
export function rawFieldsOf<K extends string>(fd: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((k) => [k, typeof fd.get(k) === "string" ? (fd.get(k) as string) : ""])) as Record<K, string>;
}

/** An optional text field: undefined when empty. */
export function optionalTextOf(fd: FormData, name: string): string | undefined {
  const v = textOf(fd, name);
  return v === "" ? undefined : v;
}

/** A number field: undefined when empty, NaN when not a number (both rejected by the schema). */
export function numberOf(fd: FormData, name: string): number | undefined {
  const v = textOf(fd, name);
  return v === "" ? undefined : Number(v);
}

/** A checkbox: browsers send it only when ticked. */
export function checkedOf(fd: FormData, name: string): boolean {
  const v = fd.get(name);
  return v !== null && v !== "" && v !== "off" && v !== "false";
}

/** A yes / no / unknown choice: "yes" -> true, "no" -> false, anything else -> undefined. */
export function yesNoOf(fd: FormData, name: string): boolean | undefined {
  const v = textOf(fd, name);
  return v === "yes" ? true : v === "no" ? false : undefined;
}

/** All values of a multi-valued field (a checkbox group), trimmed, empty ones dropped, in form order. */
export function listOf(fd: FormData, name: string): string[] {
  return fd
    .getAll(name)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** The object without its undefined properties (a strict schema reads a present key as "given"). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Which deployment and which version of it a form was rendered from (hidden inputs). */
export function formTarget(fd: FormData): { deploymentId: string; expectedVersion: number } {
  return { deploymentId: textOf(fd, "deploymentId"), expectedVersion: Number(textOf(fd, "expectedVersion")) };
}

// One reader per form of the model editor; the field names are the format's own where possible.

export function siteFromForm(fd: FormData): Unchecked<typeof siteSchema> {
  const kind = textOf(fd, "kind");
  const domainControllers = checkedOf(fd, "domainControllers");
  // Extension 2: only a form showing the box (hidden "domainControllersShown") sets it, and then only when the
  // file stated it (hidden "domainControllersGiven") or it differs from the kind's default, so saving an
  // untouched site leaves the file as it was and a new site takes its kind's default.
  const shown = textOf(fd, "domainControllersShown") === "1";
  const write = shown && (textOf(fd, "domainControllersGiven") === "1" || domainControllers !== domainControllersByDefault(kind));
  return compact({ name: textOf(fd, "name"), kind, domainControllers: write ? domainControllers : undefined });
}

export const poolFromForm = (fd: FormData): Unchecked<typeof poolSchema> =>
  compact({
    name: textOf(fd, "name"),
    kind: textOf(fd, "kind"),
    site: textOf(fd, "site"),
    backEnd: optionalTextOf(fd, "backEnd"),
  });

export const serverFromForm = (fd: FormData): Unchecked<typeof serverSchema> =>
  compact({
    fqdn: textOf(fd, "fqdn"),
    site: textOf(fd, "site"),
    pool: optionalTextOf(fd, "pool"),
    roles: listOf(fd, "roles"),
    // Absent means "no spare" in the format; only a ticked box is written.
    spareHardware: checkedOf(fd, "spareHardware") ? true : undefined,
    // Extension 1: absent means the default instance (RTC on a Standard Edition server).
    sqlInstance: optionalTextOf(fd, "sqlInstance"),
  });

export const databaseFromForm = (fd: FormData): Unchecked<typeof databaseSchema> => ({
  name: textOf(fd, "name"),
  server: textOf(fd, "server"),
  sizeGb: numberOf(fd, "sizeGb"),
});

export const fileShareFromForm = (fd: FormData): Unchecked<typeof fileShareSchema> => ({
  content: textOf(fd, "content"),
  path: textOf(fd, "path"),
  sizeGb: numberOf(fd, "sizeGb"),
});

export function dependenciesFromForm(fd: FormData): Unchecked<typeof dependenciesSchema> {
  const proxyFqdn = optionalTextOf(fd, "reverseProxyFqdn");
  const certificates = yesNoOf(fd, "certificates");
  return compact({
    activeDirectory: { backedUp: checkedOf(fd, "activeDirectory") },
    dns: { backedUp: checkedOf(fd, "dns") },
    reverseProxy: proxyFqdn === undefined ? undefined : { fqdn: proxyFqdn, backedUp: checkedOf(fd, "reverseProxyBackedUp") },
    certificates: certificates === undefined ? undefined : { backedUp: certificates },
  });
}

export const backupFromForm = (fd: FormData): Unchecked<typeof backupPracticeSchema> => ({
  databaseFrequencyHours: numberOf(fd, "databaseFrequencyHours"),
  settingsFrequencyHours: numberOf(fd, "settingsFrequencyHours"),
  fileShareFrequencyHours: numberOf(fd, "fileShareFrequencyHours"),
  windowStartHour: numberOf(fd, "windowStartHour"),
  retentionCopies: numberOf(fd, "retentionCopies"),
  location: textOf(fd, "location"),
  offsiteCopy: checkedOf(fd, "offsiteCopy"),
  encrypted: checkedOf(fd, "encrypted"),
  bandwidthMbps: numberOf(fd, "bandwidthMbps"),
  restoreTested: checkedOf(fd, "restoreTested"),
  logsSeparateFromData: checkedOf(fd, "logsSeparateFromData"),
  // Extension 1: an empty field removes the destination (the plan then keeps its placeholder).
  ...compact({ destination: optionalTextOf(fd, "destination"), offsiteDestination: optionalTextOf(fd, "offsiteDestination") }),
});

export const recoveryFromForm = (fd: FormData): Unchecked<typeof recoverySchema> => ({
  vendorHardwareSlaHours: numberOf(fd, "vendorHardwareSlaHours"),
  adminsAvailable: numberOf(fd, "adminsAvailable"),
  staffTrained: checkedOf(fd, "staffTrained"),
  mediaAvailable: checkedOf(fd, "mediaAvailable"),
});

/** The ranked workloads form: rows in their on-screen order, targets named `rtoHours:<workload>`. */
export function prioritiesFromForm(fd: FormData) {
  const workloads = listOf(fd, "workload").map((workload, i) => ({
    workload,
    rank: i + 1,
    rtoHours: numberOf(fd, `rtoHours:${workload}`),
    rpoHours: numberOf(fd, `rpoHours:${workload}`),
    // Extension 2 (P8): optional, so an empty field leaves the key out.
    ...compact({ mtdHours: numberOf(fd, `mtdHours:${workload}`), wrtHours: numberOf(fd, `wrtHours:${workload}`) }),
  }));
  return compact({
    workloads,
    regulated: checkedOf(fd, "regulated"),
    monthlyBudgetUsd: numberOf(fd, "monthlyBudgetUsd"),
    availabilityImpact: optionalTextOf(fd, "availabilityImpact"),
  });
}
