// The restore prerequisites outside OCS (rules S9-S11) and the legacy platform (L1-L3) as the plan's
// `register` and `lifecycle` sections and their gaps. A deployment file without any of Extension 2's
// prerequisite fields (certificates, dnsRecords, servers[].os or sql) plans as it did before they
// existed: no sections, no gaps; the register page still shows what such a deployment would need.
import type { Deployment } from "../../formats/deployment";
import type { CertificateReading, EvidenceRun } from "../../formats/evidence";
import type { Gap, Scenario } from "../../formats/plan";
import type { LifecycleRow, Register } from "../../formats/plan-register";
import { certificateRows, sipDomainOf, type CertificateObservation } from "./certificates";
import { dnsRows } from "./dns";
import { registerGaps } from "./gaps";
import { expressDatabases, lifecycleRows, unrecordedPlatform } from "./lifecycle";
import { portRows } from "./ports";
import { ROLES, type Role } from "../../formats/enums";
import { certificateObservations, foundCertificates } from "./observations";

export interface PrerequisiteOptions {
  /** The plan's as-of time (ms); null: no expiry or years-since judged. */
  asOfMs: number | null;
  /** Evidence runs: database sizes feed L2. */
  runs?: readonly EvidenceRun[];
  /** Evidence certificate rows: they keep the register's expiry dates current. */
  certificates?: readonly CertificateReading[];
}

export interface Prerequisites {
  register: Register;
  lifecycle: LifecycleRow[];
  gaps: Gap[];
}

/** Does the file state any of Extension 2's prerequisite or platform fields? */
export const recordsPrerequisites = (d: Deployment) =>
  d.certificates !== undefined || d.dnsRecords !== undefined || d.servers.some((s) => s.os !== undefined || s.sql !== undefined);

/** The register, the lifecycle rows and their gaps, whether or not the file records prerequisites. */
export function prerequisitesOf(d: Deployment, scenarios: readonly Scenario[], options: PrerequisiteOptions): Prerequisites {
  const runs = options.runs ?? [];
  const observations: CertificateObservation[] = certificateObservations(options.certificates ?? []);
  const roles = ROLES.filter((r: Role) => d.servers.some((s) => s.roles.includes(r)));
  const register: Register = {
    asOf: options.asOfMs === null ? null : new Date(options.asOfMs).toISOString(),
    sipDomain: sipDomainOf(d),
    certificates: certificateRows({ d, scenarios, asOfMs: options.asOfMs, observations }),
    found: foundCertificates(d, observations, options.asOfMs),
    dns: dnsRows(d, scenarios),
    ports: portRows(roles),
  };
  const lifecycle = lifecycleRows(d, options.asOfMs);
  const gaps = registerGaps({
    d,
    register,
    lifecycle,
    express: expressDatabases(d, runs, options.asOfMs),
    unrecorded: unrecordedPlatform(d),
  });
  return {
    register,
    lifecycle: lifecycle.map((entry) => {
      const row: LifecycleRow & { key?: string } = { ...entry };
      delete row.key;
      return row;
    }),
    gaps,
  };
}

/** What planDeployment adds: nothing for a file without Extension 2's prerequisite fields. */
export function prerequisitesForPlan(
  d: Deployment,
  scenarios: readonly Scenario[],
  options: PrerequisiteOptions,
): Prerequisites | undefined {
  return recordsPrerequisites(d) ? prerequisitesOf(d, scenarios, options) : undefined;
}
