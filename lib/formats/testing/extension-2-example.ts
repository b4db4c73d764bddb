// The shared Extension 2 example (../shared/examples/extension-2) for tests. Fields of Extension 2
// that this schema does not know yet (another branch adds them) are left out, so the tests of the
// people and impact fields run on the example either way.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deploymentSchema, serverSchema, siteSchema } from "../deployment";

export const EXTENSION_2_EXAMPLE = path.resolve(__dirname, "../../../../shared/examples/extension-2/litware-enterprise-organisation.json");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The example as a plain object, without the keys the schema does not know. */
export function extension2Example(): Json {
  const d: Json = JSON.parse(readFileSync(EXTENSION_2_EXAMPLE, "utf8"));
  const known = (shape: object, key: string) => key in shape;
  for (const key of Object.keys(d)) if (!known(deploymentSchema.shape, key)) delete d[key];
  for (const s of d.sites) for (const key of Object.keys(s)) if (!known(siteSchema.shape, key)) delete s[key];
  for (const s of d.servers) for (const key of Object.keys(s)) if (!known(serverSchema.shape, key)) delete s[key];
  return d;
}

/** A deployment file's text with the example's contacts and vendors added (so store and backup tests carry some). */
export function withExtension2People(text: string): string {
  const { contacts, vendors } = extension2Example();
  return JSON.stringify({ ...JSON.parse(text), contacts, vendors }, null, 2);
}
