// Example deployments for the engine's tests: the shared examples (../shared/examples beside the
// clone, present in CI), validated. Read when a test asks for them, never imported: the app is built
// and run without ../shared, and a static JSON import would make `next build` need it.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Deployment } from "../../formats/deployment";
import { validateDeployment } from "../../formats/parse-deployment";

const examplesDir = path.resolve(__dirname, "../../../../shared/examples");
const readExample = (name: string): unknown => JSON.parse(readFileSync(path.join(examplesDir, name), "utf8"));

/** Deployment JSON as tests edit it before validation (deliberately loose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** A deployment that must be valid (throws with the problems otherwise: a broken fixture is a bug). */
export function validDeployment(input: unknown): Deployment {
  const r = validateDeployment(input);
  if (!r.ok) throw new Error(`invalid test deployment: ${JSON.stringify(r.errors)}`);
  return r.deployment;
}

const edited = (example: unknown, edit?: (d: Json) => void): Deployment => {
  const d = structuredClone(example) as Json;
  edit?.(d);
  return validDeployment(d);
};

/** The Enterprise consolidated example, optionally edited first. */
export const enterprise = (edit?: (d: Json) => void): Deployment => edited(readExample("litware-enterprise-consolidated.json"), edit);

/** The Standard Edition example, optionally edited first. */
export const standard = (edit?: (d: Json) => void): Deployment => edited(readExample("litware-standard.json"), edit);

/** The Enterprise example with backup destinations and a SQL instance (deployment format, extension 1). */
export const enterpriseWithDestinations = (edit?: (d: Json) => void): Deployment =>
  edited(readExample("extension-1/litware-enterprise-destinations.json"), edit);

/** The Enterprise example with a standby site Dublin holding pool drpool (front end drfe1, its own back end sqldr). */
export const enterpriseWithStandbyPool = (): Deployment =>
  enterprise((x) => {
    x.sites.push({ name: "Dublin", kind: "standby" });
    x.pools.push({ name: "drpool", kind: "enterprise-consolidated", site: "Dublin", backEnd: "sqldr.litware.com" });
    x.servers.push(
      { fqdn: "sqldr.litware.com", site: "Dublin", roles: ["back-end-sql"] },
      { fqdn: "drfe1.litware.com", site: "Dublin", pool: "drpool", roles: ["front-end"] },
    );
  });

/** The Enterprise example with a standby site Dublin holding pool drpool (front end drfe1, back end drsql) and nothing else. */
export const enterpriseWithDublinPool = (edit?: (d: Json) => void): Deployment =>
  enterprise((d) => {
    d.sites.push({ name: "Dublin", kind: "standby" });
    d.pools.push({ name: "drpool", kind: "enterprise-consolidated", site: "Dublin", backEnd: "drsql.litware.com" });
    d.servers.push(
      { fqdn: "drsql.litware.com", site: "Dublin", roles: ["back-end-sql"] },
      { fqdn: "drfe1.litware.com", site: "Dublin", pool: "drpool", roles: ["front-end"] },
    );
    edit?.(d);
  });

/** The Enterprise example with a standby site Dublin: pool drpool (front end drfe1, back end drsql) and Mediation Server drmed1. */
export const enterpriseWithStandbySite = (): Deployment =>
  enterpriseWithDublinPool((d) => d.servers.push({ fqdn: "drmed1.litware.com", site: "Dublin", roles: ["mediation"] }));

/** The Standard example with a standby site Dublin holding Standard Edition server ocsse2. */
export const standardWithStandby = (): Deployment =>
  standard((x) => {
    x.sites.push({ name: "Dublin", kind: "standby" });
    x.pools.push({ name: "ocsse2", kind: "standard", site: "Dublin" });
    x.servers.push({ fqdn: "ocsse2.litware.com", site: "Dublin", pool: "ocsse2", roles: ["standard-edition"] });
  });

/**
 * The Enterprise example as an expanded pool with collocations: Web Components, Web Conferencing, A/V and
 * Application Sharing Conferencing servers, LCSLog on the back end, meeting content and address book on
 * the Web Components server, a separate A/V Edge, no record of a certificate backup.
 */
export const expandedWithCollocations = (): Deployment =>
  enterprise((x) => {
    x.pools[0].kind = "enterprise-expanded";
    x.servers.push(
      { fqdn: "web1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["web-components"] },
      { fqdn: "conf1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["web-conferencing"] },
      { fqdn: "avc1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["av-conferencing"] },
      { fqdn: "as1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["app-sharing-conferencing"] },
    );
    x.edge.topology = "single-site";
    x.servers = x.servers.filter((v: { fqdn: string }) => v.fqdn !== "edge1.litware.com");
    x.servers.push(
      { fqdn: "avedge1.litware.com", site: "Redmond", roles: ["av-edge"] },
      { fqdn: "edge1.litware.com", site: "Redmond", roles: ["access-edge", "web-conferencing-edge"] },
    );
    x.databases.find((db: { name: string }) => db.name === "LCSLog").server = "sql01.litware.com";
    x.fileShares.find((s: { content: string }) => s.content === "meeting-content").path = "\\\\web1\\ocs\\meetings";
    x.fileShares.push({ content: "address-book", path: "\\\\web1\\ocs\\abs", sizeGb: 1 });
    delete x.dependencies.certificates;
  });
