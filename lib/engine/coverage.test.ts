import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDeployment } from "../formats/parse-deployment";
import { coverageOf } from "./coverage";
import { planDeployment } from "./plan";

const example = (name: string) => JSON.parse(readFileSync(path.resolve(__dirname, "../../../shared/examples", name), "utf8"));
const planOf = (d: unknown) => {
  const r = validateDeployment(d);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return planDeployment(r.deployment);
};

describe("coverage score", () => {
  it("counts every export, backed-up database and share, and environment dependency", () => {
    const plan = planOf(example("litware-enterprise-consolidated.json"));
    const c = coverageOf(plan);
    // 1 pool export + 7 machine exports, 4 databases to back up, 3 shares, 4 environment dependencies.
    expect(c.total).toBe(8 + 4 + 3 + 4);
    // Only the reverse proxy is not backed up in this example.
    expect(c.items.filter((i) => !i.covered).map((i) => i.id)).toEqual(["environment:reverseProxy"]);
    expect(c.percent).toBe(Math.floor((18 / 19) * 100));
  });

  it("drops every settings export when the practice takes none", () => {
    const d = example("litware-enterprise-consolidated.json");
    d.backup.settingsFrequencyHours = 0;
    const c = coverageOf(planOf(d));
    expect(c.items.filter((i) => i.kind === "settings").every((i) => !i.covered)).toBe(true);
  });
});
