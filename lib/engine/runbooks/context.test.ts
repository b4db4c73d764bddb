// What every runbook shares (context.ts): the notes about today's practice, the pool checks, and which
// pools a loss takes down.
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { enterprise, expandedWithCollocations, standard } from "../testing/fixtures";

describe("notes about today's practice, on every runbook", () => {
  const LOCAL = "Backups are kept locally with no offsite copy: a lost server or site may take its backups with it.";
  const NO_DATABASES = "No database backups are taken today: the restore steps assume the plan's nightly full backups exist.";
  const NO_EXPORTS = "No LCSCmd settings exports are taken today: the import steps assume the plan's exports exist.";
  const practice = (notes: string[] | undefined) => (notes ?? []).filter((n) => [LOCAL, NO_DATABASES, NO_EXPORTS].includes(n));

  it("the Standard example keeps its backups locally without an off-site copy: every runbook says so", () => {
    const d = standard();
    expect([d.backup.location, d.backup.offsiteCopy]).toEqual(["local", false]);
    for (const s of planDeployment(d).scenarios) expect(practice(s.notes)).toEqual([LOCAL]);
  });

  it("the Enterprise example keeps them remotely: no such note", () => {
    for (const s of planDeployment(enterprise()).scenarios) expect(practice(s.notes)).toEqual([]);
  });

  it("a remote backup without an off-site copy needs no note: the copy is already away from the servers", () => {
    const d = enterprise((x) => {
      x.backup.offsiteCopy = false;
    });
    expect(d.backup.location).toBe("remote");
    for (const s of planDeployment(d).scenarios) expect(practice(s.notes)).toEqual([]);
  });

  it("a local backup with an off-site copy needs no note either", () => {
    const d = standard((x) => {
      x.backup.offsiteCopy = true;
    });
    for (const s of planDeployment(d).scenarios) expect(practice(s.notes)).toEqual([]);
  });

  it("no database backups or settings exports today: the runbooks say they assume the plan's", () => {
    const d = enterprise((x) => {
      x.backup.databaseFrequencyHours = 0;
      x.backup.settingsFrequencyHours = 0;
    });
    for (const s of planDeployment(d).scenarios) expect(practice(s.notes)).toEqual([NO_DATABASES, NO_EXPORTS]);
  });
});

describe("pool checks", () => {
  it("an expanded pool is checked twice: its front ends for sign-in, then with all its members for what they bring back", () => {
    const s = planDeployment(expandedWithCollocations()).scenarios.find((x) => x.id === "loss-of-pool:ocspool1")!;
    const checks = s.steps.filter((x) => x.command === "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocspool1");
    expect(checks.map((x) => [x.title, x.phase, x.detail, x.workloads])).toEqual([
      [
        "Check the front ends of pool ocspool1",
        "Front-end servers",
        "Check the pool's state with its front ends and back end back, so users can sign in; the separate conferencing servers are checked with the whole pool.",
        [
          "im-presence",
          "enterprise-voice",
          "remote-access",
          "web-conferencing",
          "av-conferencing",
          "archiving",
          "monitoring",
          "app-sharing",
        ],
      ],
      [
        "Check pool ocspool1 with all its members",
        "Front-end servers",
        "Check the pool's state, then run the Validation Wizard against it.",
        [],
      ],
    ]);
  });
});

describe("which pools a loss takes down", () => {
  // Pool ocspool1 and its two front ends at site Branch, its back end sql01 at Redmond.
  const branchPool = () =>
    enterprise((x) => {
      x.sites.push({ name: "Branch", kind: "remote" });
      x.pools[0].site = "Branch";
      for (const s of x.servers) if (s.pool === "ocspool1") s.site = "Branch";
    });
  const poolSteps = (site: string) =>
    planDeployment(branchPool())
      .scenarios.find((x) => x.id === `loss-of-site:${site}`)!
      .steps.filter((x) => /ocspool1$/.test(x.title))
      .map((x) => x.title);

  it("losing every front end takes the pool down although its back end survives", () => {
    expect(poolSteps("Branch")).toEqual([
      "Import the pool-level settings of ocspool1",
      "Check pool ocspool1",
      "Reassign the users of ocspool1",
    ]);
  });

  it("losing the back end takes it down although its front ends survive", () => {
    expect(poolSteps("Redmond")).toContain("Reassign the users of ocspool1");
  });
});
