// A deployment created by hand: the few facts only the user knows (names, the first site, pool
// and the servers that pool cannot exist without) plus typical values for everything else, which
// the model editor then refines. The result goes through validateDeployment like any import.
import { DEPLOYMENT_FORMAT, type DeploymentFile } from "../formats/deployment";
import { textOf } from "./form-data";

export interface NewDeploymentInput {
  name: string;
  forest: string;
  siteName: string;
  siteKind: string;
  poolName: string;
  poolKind: string;
  /** Standard pools: the Standard Edition server. */
  seFqdn: string;
  /** Enterprise pools: the first front end and the back-end SQL Server. */
  frontEndFqdn: string;
  backEndFqdn: string;
}

export type NewDeploymentField = keyof NewDeploymentInput | "_form";

export function newDeploymentFromForm(fd: FormData): NewDeploymentInput {
  return {
    name: textOf(fd, "name"),
    forest: textOf(fd, "forest"),
    siteName: textOf(fd, "siteName"),
    siteKind: textOf(fd, "siteKind"),
    poolName: textOf(fd, "poolName"),
    poolKind: textOf(fd, "poolKind"),
    seFqdn: textOf(fd, "seFqdn"),
    frontEndFqdn: textOf(fd, "frontEndFqdn"),
    backEndFqdn: textOf(fd, "backEndFqdn"),
  };
}

/** Where a new deployment starts; each value is shown, and can be changed, in the model editor. */
export const NEW_DEPLOYMENT_DEFAULTS = {
  dependencies: { activeDirectory: { backedUp: false }, dns: { backedUp: false } },
  priorities: { workloads: [{ workload: "im-presence", rank: 1, rtoHours: 8, rpoHours: 24 }], regulated: false },
  backup: {
    databaseFrequencyHours: 24,
    settingsFrequencyHours: 168,
    fileShareFrequencyHours: 24,
    windowStartHour: 1,
    retentionCopies: 14,
    location: "local",
    offsiteCopy: false,
    encrypted: false,
    bandwidthMbps: 100,
    restoreTested: false,
    logsSeparateFromData: true,
  },
  recovery: { vendorHardwareSlaHours: 24, adminsAvailable: 1, staffTrained: false, mediaAvailable: true },
} satisfies Pick<DeploymentFile, "dependencies" | "priorities" | "backup" | "recovery">;

/**
 * The deployment file for the form's input (not yet validated), and which form field each JSON path
 * of it came from, so validation errors can be shown beside the input that caused them.
 */
export function buildNewDeployment(input: NewDeploymentInput): { file: unknown; fields: Record<string, NewDeploymentField> } {
  const standard = input.poolKind === "standard";
  const site = input.siteName;
  const pool = input.poolName;
  const servers = standard
    ? [{ fqdn: input.seFqdn, site, pool, roles: ["standard-edition"] }]
    : [
        { fqdn: input.frontEndFqdn, site, pool, roles: ["front-end"] },
        { fqdn: input.backEndFqdn, site, roles: ["back-end-sql"] },
      ];
  const file = {
    format: DEPLOYMENT_FORMAT,
    name: input.name,
    forest: input.forest,
    sites: [{ name: site, kind: input.siteKind }],
    pools: [standard ? { name: pool, kind: input.poolKind, site } : { name: pool, kind: input.poolKind, site, backEnd: input.backEndFqdn }],
    servers,
    ...structuredClone(NEW_DEPLOYMENT_DEFAULTS),
  };
  const member: NewDeploymentField = standard ? "seFqdn" : "frontEndFqdn";
  const fields: Record<string, NewDeploymentField> = {
    name: "name",
    forest: "forest",
    sites: "siteName",
    "sites[0]": "siteName",
    "sites[0].name": "siteName",
    "sites[0].kind": "siteKind",
    pools: "poolName",
    "pools[0]": "poolKind",
    "pools[0].name": "poolName",
    "pools[0].kind": "poolKind",
    "pools[0].site": "siteName",
    "pools[0].backEnd": "backEndFqdn",
    "servers[0]": member,
    "servers[0].site": "siteName",
    "servers[0].pool": "poolName",
  };
  if (!standard) {
    fields["servers[1]"] = "backEndFqdn";
    fields["servers[1].site"] = "siteName";
  }
  return { file, fields };
}
