// Example deployments for the engine's tests: the shared examples, validated. (Imported as JSON so
// that nothing under lib/engine outside the tests touches the file system.)
import type { Deployment } from "../../formats/deployment";
import { validateDeployment } from "../../formats/parse-deployment";
import enterpriseExample from "../../../../shared/examples/litware-enterprise-consolidated.json";
import standardExample from "../../../../shared/examples/litware-standard.json";

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
export const enterprise = (edit?: (d: Json) => void): Deployment => edited(enterpriseExample, edit);

/** The Standard Edition example, optionally edited first. */
export const standard = (edit?: (d: Json) => void): Deployment => edited(standardExample, edit);
