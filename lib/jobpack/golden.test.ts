// Golden files: the whole job pack of each shared example, reviewed line by line against the facts
// file and rules.md. A change to any generated line shows up here as a diff to review; regenerate
// with UPDATE_GOLDEN=1 npx vitest run lib/jobpack/golden.test.ts after reviewing it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "../formats/parse-deployment";
import { planDeployment } from "../engine/plan";
import { buildJobPack } from ".";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
const EXAMPLES = ["litware-standard.json", "litware-enterprise-consolidated.json", "extension-1/litware-enterprise-destinations.json"];

function packText(example: string): string {
  const r = validateDeployment(JSON.parse(readFileSync(path.join(examplesDir, example), "utf8")));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const pack = buildJobPack(r.deployment, planDeployment(r.deployment));
  if (!pack.ok) throw new Error(JSON.stringify(pack.errors));
  return pack.files.map((f) => `==== ${f.path} ====\n${f.text.replace(/\r\n/g, "\n")}`).join("\n");
}

describe("job pack golden files", () => {
  it.each(EXAMPLES)("%s gives the reviewed pack", (example) => {
    const golden = path.join(__dirname, "golden", `${path.basename(example, ".json")}.txt`);
    const text = packText(example);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, text);
    expect(existsSync(golden), `${golden} is missing: review the pack and write it with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(golden, "utf8"));
  });
});
