import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { planToMarkdown } from "../markdown";
import { enterprise, enterpriseWithDublinPool, expandedWithCollocations, standard } from "../testing/fixtures";
import { parseSuccessorTarget, planWithSuccessor, successorFor } from ".";

const section = (d: ReturnType<typeof standard>, target: "lync-2013" | "sfb-2015" | "sfb-2019", asOfDay?: string) =>
  successorFor(d, planDeployment(d), target, asOfDay ? { asOfDay } : {});

describe("successor paths (facts 9.5)", () => {
  it("Lync Server 2013: side by side, support ended 2023-04-11", () => {
    const s = section(enterprise(), "lync-2013");
    expect(s.supported).toBe(true);
    expect(s.paths).toEqual(["side-by-side"]);
    expect(s.reasons).toEqual([]);
    expect(s.supportEndsOn).toBe("2023-04-11");
  });

  it("SfB 2015: no in-place upgrade from OCS 2007 R2, a new deployment or Lync 2013 first", () => {
    const s = section(enterprise(), "sfb-2015");
    expect(s.supported).toBe(true);
    expect(s.paths).toEqual(["new-deployment", "via-lync-2013-then-in-place"]);
    expect(s.reasons[0]).toMatch(/^No in-place upgrade from OCS 2007 R2 to Skype for Business Server 2015/);
    expect(s.supportEndsOn).toBe("2025-10-14");
  });

  it("SfB 2019 is refused with its reasons, and no runbook is offered", () => {
    const s = section(standard(), "sfb-2019");
    expect(s.supported).toBe(false);
    expect(s.paths).toEqual([]);
    expect(s.reasons).toEqual([
      "Skype for Business Server 2019 has no in-place upgrade: side by side only.",
      "Its side-by-side migration starts from Lync Server 2013 or Skype for Business Server 2015, not from OCS 2007 R2: migrate to Lync Server 2013 first (--successor lync-2013), then side by side to 2019.",
    ]);
    expect(s.premigration).toEqual([]);
    expect(s.migration).toEqual([]);
    expect(s.estimate).toEqual({ premigrationHours: 0, migrationHours: 0, perPool: [{ pool: "ocsse1", hours: 0 }] });
    // What 2019 would give once reached is still shown.
    expect(s.resilience.published).toMatchObject({ rtoMinutesFrom: 15, rtoMinutes: 20, rpoMinutes: 5 });
    expect(s.supportEndsOn).toBe("2025-10-14");
  });

  it("judges the successor's own end of support as of a day", () => {
    expect(section(standard(), "sfb-2015", "2025-10-14").supportEnded).toBe(false);
    const later = section(standard(), "sfb-2015", "2025-10-15");
    expect(later.supportEnded).toBe(true);
    expect(later.notes).toContain(
      "Skype for Business Server 2015's own support ended on 2025-10-14: as of 2025-10-15 it is out of support itself, so it can only be a step towards a supported platform.",
    );
    expect(section(standard(), "sfb-2015").supportEnded).toBeUndefined();
  });

  it("parses targets and names the allowed ones", () => {
    expect(parseSuccessorTarget("sfb-2019")).toEqual({ ok: true, target: "sfb-2019" });
    expect(parseSuccessorTarget("teams")).toEqual({
      ok: false,
      message: 'must be one of lync-2013, sfb-2015, sfb-2019, not "teams"',
    });
  });
});

describe("planWithSuccessor (the API's ?successor=)", () => {
  it("adds the section for a known target, leaves the plan alone without one, and names a wrong one", () => {
    const d = standard();
    const plan = planDeployment(d);
    expect(planWithSuccessor(d, plan, null, "2026-12-01")).toEqual({ ok: true, plan });
    const added = planWithSuccessor(d, plan, "sfb-2015", "2026-12-01");
    expect(added.ok && added.plan.successor).toEqual(successorFor(d, plan, "sfb-2015", { asOfDay: "2026-12-01" }));
    expect(planWithSuccessor(d, plan, "", "2026-12-01")).toEqual({
      ok: false,
      message: 'must be one of lync-2013, sfb-2015, sfb-2019, not ""',
    });
  });
});

describe("the migration runbook", () => {
  const commands = (steps: { command?: string }[]) => steps.flatMap((s) => (s.command ? [s.command.split(" ")[0]] : []));

  it("runs the legacy cmdlets in Microsoft's order, then each pool in canonical order", () => {
    const s = section(enterpriseWithDublinPool(), "lync-2013");
    expect(commands(s.migration)).toEqual([
      "Merge-CsLegacyTopology",
      "Import-CsLegacyConfiguration",
      "Import-CsLegacyConferenceDirectory",
      "Import-CsLegacyConfiguration",
      "Move-CsLegacyUser",
      "Import-CsLegacyConfiguration",
      "Move-CsLegacyUser",
    ]);
    expect(s.migration.filter((m) => m.command?.startsWith("Move-CsLegacyUser")).map((m) => [m.pool, m.command])).toEqual([
      ["ocspool1", "Move-CsLegacyUser -Identity <sip address> -Target <ocspool1-successor-fqdn>"],
      ["drpool", "Move-CsLegacyUser -Identity <sip address> -Target <drpool-successor-fqdn>"],
    ]);
    // The re-import of each pool uses -ReplaceExisting for changed items.
    expect(s.migration.filter((m) => m.phase === "pool" && m.command?.startsWith("Import")).map((m) => m.command)).toEqual([
      "Import-CsLegacyConfiguration -ReplaceExisting",
      "Import-CsLegacyConfiguration -ReplaceExisting",
    ]);
    // Prerequisites come first: a new SQL Server per Enterprise pool, PSTN gateway replacement behind the Mediation Server.
    const phases = s.migration.map((m) => m.phase);
    expect(phases.lastIndexOf("prerequisites")).toBeLessThan(phases.indexOf("legacy"));
    expect(s.migration.filter((m) => m.title.startsWith("Install a new SQL Server")).map((m) => m.pool)).toEqual(["ocspool1", "drpool"]);
    expect(
      s.migration.some((m) => m.title === "Replace or requalify the PSTN gateway behind med1.litware.com" && m.basis === "inferred"),
    ).toBe(true);
  });

  it("no PSTN gateway step without a Mediation Server", () => {
    const s = section(
      standard((x) => (x.servers = x.servers.filter((v: { fqdn: string }) => v.fqdn !== "med1.litware.com"))),
      "lync-2013",
    );
    expect(s.migration.some((m) => m.title.includes("PSTN gateway"))).toBe(false);
  });

  it("SfB 2015 upgrades in place after the Lync 2013 migration: pools, then Edge, the CMS pool last", () => {
    const s = section(enterpriseWithDublinPool(), "sfb-2015");
    const upgrade = s.migration.filter((m) => m.phase === "upgrade");
    expect(s.migration.findIndex((m) => m.phase === "upgrade")).toBeGreaterThan(
      s.migration.findIndex((m) => m.command?.startsWith("Move-CsLegacyUser")),
    );
    expect(upgrade.filter((m) => m.command?.startsWith("Start-Cs")).map((m) => m.command)).toEqual([
      "Start-CsPool -PoolFqdn <drpool-successor-fqdn>",
      "Start-CsWindowsService",
      "Start-CsPool -PoolFqdn <ocspool1-successor-fqdn>",
    ]);
  });

  it("estimates from this plan's assumptions", () => {
    const d = standard();
    const s = successorFor(d, planDeployment(d), "lync-2013");
    // DBImpExp of a 3 GB RTC at 10 GB/h; a Standard Edition server built (120 + 90) with new certificates (240).
    expect(s.premigration.find((p) => p.title.startsWith("Export the user data"))).toMatchObject({
      minutes: 18,
      assumption: "userDataGbPerHour",
    });
    expect(s.migration.find((p) => p.title.startsWith("Build the successor pool"))).toMatchObject({
      title: "Build the successor pool for ocsse1: 1 Standard Edition server with new certificates",
      minutes: 450,
    });
    const slower = successorFor(d, planDeployment(d, { assumptions: { userReassignMinutes: 90 } }), "lync-2013");
    expect(slower.migration.find((m) => m.command?.startsWith("Move-CsLegacyUser"))?.minutes).toBe(90);
    expect(slower.estimate.migrationHours).toBe(Math.round((s.estimate.migrationHours + 0.5) * 10) / 10);
  });

  it("sizes the successor pool by the OCS pool's Front End servers (an expanded pool's conferencing servers fold into them)", () => {
    const s = section(expandedWithCollocations(), "lync-2013");
    expect(s.migration.find((m) => m.title.startsWith("Build the successor pool"))).toMatchObject({
      title: "Build the successor pool for ocspool1: 2 Front End servers with new certificates",
      minutes: 2 * (120 + 90) + 240,
    });
  });

  it("keeps a pool name with other characters out of every command (its position stands in)", () => {
    const d = enterprise((x) => {
      x.pools[0].name = "hq&calc";
      for (const v of x.servers) if (v.pool === "ocspool1") v.pool = "hq&calc";
    });
    const s = section(d, "sfb-2015");
    const commands = [...s.premigration, ...s.migration, ...s.backup].flatMap((x) => (x.command ? [x.command] : []));
    expect(commands.filter((c) => c.includes("&"))).toEqual([]);
    expect(commands).toContain("Move-CsLegacyUser -Identity <sip address> -Target <pool-1-successor-fqdn>");
    expect(commands).toContain("dbimpexp.exe /hrxmlfile:<dir>\\pool-1-users.xml /sqlserver:sql01.litware.com");
    expect(s.migration.some((m) => m.title === "Move the users of hq&calc to its successor pool")).toBe(true);
  });

  it("marks every step documented or inferred with a source and rule M1, and claims no test", () => {
    for (const target of ["lync-2013", "sfb-2015", "sfb-2019"] as const) {
      const s = section(enterprise(), target);
      for (const item of [...s.premigration, ...s.migration, ...s.backup, ...s.notBackedUp, ...s.resilience.runbook]) {
        expect(["documented", "inferred"]).toContain(item.basis);
        expect(item.source.length).toBeGreaterThan(0);
        expect(item.rules).toEqual(["M1"]);
      }
      expect(JSON.stringify(s)).not.toMatch(/\btested\b/i);
      expect(s.notes[0]).toMatch(/^Nothing here was tried by this planner/);
    }
  });
});

describe("the successor's backup, mapped from this plan", () => {
  it("maps every backup item of the plan to the successor's command", () => {
    const d = standard();
    const plan = planDeployment(d);
    const s = successorFor(d, plan, "lync-2013");
    const mapped = new Set([...s.backup, ...s.notBackedUp].flatMap((b) => b.from));
    const items = [
      ...plan.settingsExports.map((_, i) => `settingsExports/${i}`),
      ...plan.databaseBackups.map((_, i) => `databaseBackups/${i}`),
      ...plan.fileShareBackups.map((_, i) => `fileShareBackups/${i}`),
    ];
    expect(items.filter((i) => !mapped.has(i))).toEqual([]);
    const byTitle = Object.fromEntries(s.backup.map((b) => [b.title, b]));
    expect(byTitle["Central Management Store: topology, policies and settings"].command).toBe(
      "Export-CsConfiguration -FileName <backup>\\CsConfiguration.zip",
    );
    expect(byTitle["Central Management Store: topology, policies and settings"].from).toEqual([
      ...plan.settingsExports.map((_, i) => `settingsExports/${i}`),
      `databaseBackups/${plan.databaseBackups.findIndex((b) => b.database === "RTCConfig")}`,
    ]);
    expect(byTitle["User data of the successor of ocsse1: contacts, permissions, scheduled conferences"]).toMatchObject({
      command: "Export-CsUserData -PoolFqdn <ocsse1-successor-fqdn> -FileName <backup>\\ocsse1-UserData.zip",
      replaces: ["RTC on ocsse1.litware.com (and DBImpExp)"],
    });
    expect(byTitle["Location (E9-1-1) data"].command).toBe("Export-CsLisConfiguration -FileName <backup>\\CsLisConfiguration.zip");
    expect(byTitle["Response groups of the successor of ocsse1"].command).toBe(
      "Export-CsRgsConfiguration -Source ApplicationServer:<ocsse1-successor-fqdn> -FileName <backup>\\ocsse1-Rgs.zip",
    );
    expect(byTitle["Archiving database (LcsLog)"].replaces).toEqual(["LCSLog on arch1.litware.com"]);
    expect(byTitle["Monitoring: call detail records (LcsCDR)"].replaces).toEqual(["RTCCDR on mon1.litware.com"]);
    expect(s.notBackedUp.map((b) => [b.title, b.replaces])).toEqual([
      ["Transient data (RtcDyn)", ["RTCDyn on ocsse1.litware.com"]],
      ["Address Book files", [`address-book at ${plan.fileShareBackups.find((f) => f.content === "address-book")!.path}`]],
    ]);
    // Every row the successor backs up has its command (the spec's backup item).
    expect(s.backup.every((b) => b.command.length > 0)).toBe(true);
  });
});

describe("site resilience beside this plan", () => {
  it("puts Microsoft's published figures beside this plan's worst case per workload", () => {
    const d = enterprise();
    const plan = planDeployment(d);
    const s = successorFor(d, plan, "lync-2013");
    expect(s.resilience.published).toMatchObject({ rtoMinutes: 30, rpoMinutes: 30 });
    expect(s.resilience.published.caveat).toMatch(/leaves out the time to decide to fail over and the users' own sign-in/);
    const im = s.resilience.compare.find((c) => c.workload === "im-presence")!;
    const worst = Math.max(
      ...plan.scenarios.flatMap((x) => x.workloads.filter((w) => w.workload === "im-presence").map((w) => w.rtoHours)),
    );
    expect(im).toMatchObject({
      thisPlanHours: worst,
      targetHours: 4,
      successorHours: 0.5,
      successorWithDecisionHours: 1.5,
      successorRpoHours: 0.5,
    });
    expect(s.resilience.compare.map((c) => c.workload)).toEqual([
      "im-presence",
      "enterprise-voice",
      "remote-access",
      "web-conferencing",
      "av-conferencing",
      "app-sharing",
    ]);
    // Archiving and Monitoring come back from SQL backups: no published time to set beside this plan's.
    expect(s.resilience.notCovered.map((c) => [c.workload, c.targetHours])).toEqual([
      ["archiving", 24],
      ["monitoring", 72],
    ]);
    expect(s.resilience.prerequisites[1]).toBe(
      "This deployment's pools are all in one site (Redmond): the pairing needs a second site and a pool there.",
    );
  });

  it("leaves the loss of Active Directory out of this plan's worst case: a paired pool does not answer it", () => {
    const d = enterprise((x) => (x.dependencies.activeDirectory.backedUp = false));
    const plan = planDeployment(d);
    const ad = plan.scenarios.find((x) => x.id === "loss-of-active-directory")!;
    const adIm = ad.workloads.find((w) => w.workload === "im-presence")!.rtoHours;
    const im = successorFor(d, plan, "lync-2013").resilience.compare.find((c) => c.workload === "im-presence")!;
    expect(adIm).toBeGreaterThan(im.thisPlanHours);
    expect(im.thisPlanScenario).toBe("loss-of-site:Redmond");
  });

  it("SfB: 15-20 minutes and 5 minutes, with this plan's own decision time added", () => {
    const d = standard();
    const s = successorFor(d, planDeployment(d, { assumptions: { decisionMinutes: 120 } }), "sfb-2015");
    const im = s.resilience.compare.find((c) => c.workload === "im-presence")!;
    expect(im).toMatchObject({ successorHours: 0.33, successorWithDecisionHours: 2.33, successorRpoHours: 0.08 });
    expect(s.resilience.cmsFailover).toMatchObject({ rtoMinutes: 5, rpoMinutes: 5 });
  });

  it("the failover runbook fails the CMS over before the pool, and fails back", () => {
    const s = section(enterprise(), "lync-2013");
    expect(s.resilience.runbook.map((r) => r.command!.split(" ")[0])).toEqual([
      "Invoke-CsManagementServerFailover",
      "Get-CsPoolBackupRelationship",
      "Get-CsManagementStoreReplicationStatus",
      "Get-CsDatabaseMirrorState",
      "Invoke-CsManagementServerFailover",
      "Set-CsEdgeServer",
      "Invoke-CsPoolFailover",
      "Invoke-CsPoolFailback",
      "Invoke-CsBackupServiceSync",
      "Get-CsBackupServiceStatus",
    ]);
    expect(s.resilience.runbook[6].command).toBe("Invoke-CsPoolFailover -PoolFQDN <failed pool FQDN> -DisasterMode -Verbose");
  });
});

describe("Markdown", () => {
  it("prints the section after the runbooks, and the refusal for an unsupported target", () => {
    const d = standard();
    const plan = planDeployment(d);
    const md = planToMarkdown({ ...plan, successor: successorFor(d, plan, "lync-2013") });
    expect(md).toContain("## The exit: Lync Server 2013 (rule M1)");
    expect(md).toContain("Merge-CsLegacyTopology -TopologyXmlFileName <dir>\\legacy-topology.xml");
    expect(md.indexOf("## The exit")).toBeGreaterThan(md.indexOf("## Restore runbooks"));
    const refused = planToMarkdown({ ...plan, successor: successorFor(d, plan, "sfb-2019") });
    expect(refused).toContain("**Microsoft supports no path from this deployment to this product.**");
    expect(refused).not.toContain("### Migration runbook");
    expect(planToMarkdown(plan)).not.toContain("## The exit");
  });
});
