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
    x.servers.push({ fqdn: "sqldr.litware.com", site: "Dublin", roles: ["back-end-sql"] }, { fqdn: "drfe1.litware.com", site: "Dublin", pool: "drpool", roles: ["front-end"] });
  });

/** The Standard example with a standby site Dublin holding Standard Edition server ocsse2. */
export const standardWithStandby = (): Deployment =>
  standard((x) => {
    x.sites.push({ name: "Dublin", kind: "standby" });
    x.pools.push({ name: "ocsse2", kind: "standard", site: "Dublin" });
    x.servers.push({ fqdn: "ocsse2.litware.com", site: "Dublin", pool: "ocsse2", roles: ["standard-edition"] });
  });
