// Golden files: the whole successor section of each shared example for each target, reviewed against
// facts 9.5, 5 and 4 and rule M1. A change to any field shows up here as a diff to review; regenerate
// with UPDATE_GOLDEN=1 npx vitest run lib/engine/successor/golden.test.ts after reviewing it, then
// npx prettier --write lib/engine/successor/golden (the files are compared as JSON, not as text).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "../../formats/parse-deployment";
import { SUCCESSOR_TARGETS, successorSectionSchema } from "../../formats/plan-successor";
import { planDeployment } from "../plan";
import { successorFor } from ".";

const examplesDir = path.resolve(__dirname, "../../../../shared/examples");
const EXAMPLES = ["litware-standard", "litware-enterprise-consolidated"];

function exampleDeployment(name: string) {
  const r = validateDeployment(JSON.parse(readFileSync(path.join(examplesDir, `${name}.json`), "utf8")));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.deployment;
}

describe("successor golden files", () => {
  const cases = EXAMPLES.flatMap((example) => SUCCESSOR_TARGETS.map((target) => [example, target] as const));
  it.each(cases)("%s on %s gives the reviewed section", (example, target) => {
    const d = exampleDeployment(example);
    const section = successorFor(d, planDeployment(d), target, { asOfDay: "2026-12-01" });
    expect(successorSectionSchema.parse(section)).toEqual(section);
    const golden = path.join(__dirname, "golden", `${example}.${target}.json`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, JSON.stringify(section, null, 2) + "\n");
    expect(existsSync(golden), `${golden} is missing: review the section and write it with UPDATE_GOLDEN=1`).toBe(true);
    expect(JSON.parse(JSON.stringify(section))).toStrictEqual(JSON.parse(readFileSync(golden, "utf8")));
  });
});
