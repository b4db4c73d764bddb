// Each shared example planned end to end: the exports, data decisions and scenario levels a reader of
// chapter 17 would expect.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planSchema } from "../formats/plan";
import { validateDeployment } from "../formats/parse-deployment";
import { planDeployment } from "./plan";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");
const load = (file: string) => {
  const r = validateDeployment(JSON.parse(readFileSync(path.join(examplesDir, file), "utf8")));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { deployment: r.deployment, warnings: r.warnings };
};

const EXPECTED: Record<
  string,
  { exports: string[]; backedUp: string[]; notBackedUp: string[]; shares: [string, boolean][]; scenarios: [string, string][] }
> = {
  "litware-enterprise-consolidated.json": {
    exports: [
      "global,pool ocspool1server1.litware.com",
      "machine ocspool1server1.litware.com",
      "machine ocspool1server2.litware.com",
      "machine dir1.litware.com",
      "machine arch1.litware.com",
      "machine mon1.litware.com",
      "machine med1.litware.com",
      "machine edge1.litware.com",
    ],
    backedUp: ["RTC", "LCSLog", "RTCCDR", "QoEMetrics"],
    notBackedUp: ["RTCConfig", "RTCDyn"],
    shares: [
      ["meeting-content", true],
      ["meeting-metadata", true],
      ["compliance-log", true],
      ["address-book", false],
    ],
    scenarios: [
      ["loss-of-active-directory", "global,pool,machine"],
      ["loss-of-site:Redmond", "global,pool,machine"],
      ["loss-of-pool:ocspool1", "pool,machine"],
      ["loss-of-back-end:ocspool1", "pool,machine"],
      ["loss-of-server:ocspool1server1.litware.com", "machine"],
      ["loss-of-server:ocspool1server2.litware.com", "machine"],
      ["loss-of-server:dir1.litware.com", "machine"],
      ["loss-of-server:arch1.litware.com", "machine"],
      ["loss-of-server:mon1.litware.com", "machine"],
      ["loss-of-server:med1.litware.com", "machine"],
      ["loss-of-server:edge1.litware.com", "machine"],
    ],
  },
  "litware-standard.json": {
    exports: [
      "global,pool ocsse1.litware.com",
      "machine ocsse1.litware.com",
      "machine arch1.litware.com",
      "machine mon1.litware.com",
      "machine med1.litware.com",
      "machine edge1.litware.com",
    ],
    backedUp: ["RTC", "LCSLog", "RTCCDR", "QoEMetrics"],
    notBackedUp: ["RTCConfig", "RTCDyn"],
    shares: [
      ["meeting-content", true],
      ["meeting-metadata", true],
      ["compliance-log", true],
      ["address-book", false],
    ],
    scenarios: [
      ["loss-of-active-directory", "global,pool,machine"],
      ["loss-of-site:Redmond", "global,pool,machine"],
      ["loss-of-standard-edition:ocsse1", "pool,machine"],
      ["loss-of-server:arch1.litware.com", "machine"],
      ["loss-of-server:mon1.litware.com", "machine"],
      ["loss-of-server:med1.litware.com", "machine"],
      ["loss-of-server:edge1.litware.com", "machine"],
    ],
  },
};

describe.each(readdirSync(examplesDir).filter((f) => f.endsWith(".json")))("example %s", (file) => {
  const { deployment, warnings } = load(file);
  // Planned inside each test, so a mutation run's per-test coverage sees which tests reach which code.
  const plan = () => planDeployment(deployment, { warnings });
  const expected = EXPECTED[file];

  it("is covered by this test", () => expect(expected).toBeDefined());

  it("produces a plan that passes the plan schema", () => {
    const parsed = planSchema.safeParse(plan());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("exports global+pool settings once and machine settings once per OCS server", () => {
    expect(plan().settingsExports.map((e) => `${e.levels.join(",")} ${e.server}`)).toEqual(expected.exports);
  });

  it("backs up the databases D1/D4 ask for and skips RTCConfig (D2) and RTCDyn (D3)", () => {
    expect(
      plan()
        .databaseBackups.filter((d) => d.backUp)
        .map((d) => d.database),
    ).toEqual(expected.backedUp);
    expect(
      plan()
        .databaseBackups.filter((d) => !d.backUp)
        .map((d) => d.database),
    ).toEqual(expected.notBackedUp);
  });

  it("backs up the meeting shares (D6) but not the address book (D7)", () => {
    expect(plan().fileShareBackups.map((f) => [f.content, f.backUp])).toEqual(expected.shares);
  });

  it("has a runbook per loss with the settings levels of rule S7", () => {
    expect(plan().scenarios.map((s) => [s.id, s.restoreLevels.join(",")])).toEqual(expected.scenarios);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(planDeployment(load(file).deployment, { warnings }))).toBe(JSON.stringify(plan()));
  });
});
