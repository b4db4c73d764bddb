import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeploymentText, validateDeployment } from "./parse-deployment";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".json"));
const load = (f: string) => JSON.parse(readFileSync(path.join(examplesDir, f), "utf8"));

describe("deployment file parsing", () => {
  it.each(examples)("accepts the example %s", (f) => {
    const r = parseDeploymentText(readFileSync(path.join(examplesDir, f), "utf8"), f);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it("names the JSON path of a wrong role", () => {
    const d = load("litware-enterprise-consolidated.json");
    d.servers[3].roles = ["director", "directr"];
    const r = validateDeployment(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain("servers[3].roles[1]");
  });

  it("rejects unknown fields by path", () => {
    const d = load("litware-standard.json");
    d.backup.colour = "blue";
    const r = validateDeployment(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: "backup.colour", message: 'unknown field "colour"' });
  });

  it("reports malformed JSON with a line and column", () => {
    const r = parseDeploymentText('{\n  "format": "ocs-backup-plan/v1",\n  oops\n}', "x.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/malformed JSON.*line 3/);
  });

  it("refuses a separate Web Conferencing server in a consolidated pool (S8)", () => {
    const d = load("litware-enterprise-consolidated.json");
    d.servers.push({ fqdn: "wc1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["web-conferencing"] });
    const r = validateDeployment(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ path: "servers[8].roles[0]", rule: "S8" }));
  });
});
