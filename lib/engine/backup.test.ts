// The backup half of the plan, rule by rule.
import { describe, expect, it } from "vitest";
import { planDeployment } from "./plan";
import { enterprise, enterpriseWithDestinations, standard, validDeployment } from "./testing/fixtures";

const expanded = () =>
  enterprise((d) => {
    d.pools[0].kind = "enterprise-expanded";
    d.servers.push(
      { fqdn: "wcs1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["web-conferencing"] },
      { fqdn: "wc1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["web-components"] },
    );
  });

describe("S2: one global+pool export per pool", () => {
  it("runs on the first front end of an Enterprise pool, with the literal <dir> placeholder when no destination is modelled", () => {
    const [first] = planDeployment(enterprise()).settingsExports;
    expect(first).toMatchObject({
      levels: ["global", "pool"],
      server: "ocspool1server1.litware.com",
      pool: "ocspool1",
      fileName: "ocspool1-global-pool-%STAMP%.xml",
      command:
        'lcscmd /config /action:export /level:global,pool /configfile:"<dir>\\settings\\ocspool1-global-pool-%STAMP%.xml" /poolname:ocspool1',
      rules: ["S2"],
    });
  });

  it("writes a date-stamped file under the modelled destination's settings folder", () => {
    const [first] = planDeployment(enterpriseWithDestinations()).settingsExports;
    expect(first.command).toBe(
      'lcscmd /config /action:export /level:global,pool /configfile:"\\\\backup01\\ocs\\settings\\ocspool1-global-pool-%STAMP%.xml" /poolname:ocspool1',
    );
  });

  it("runs on the Standard Edition server of a standard pool", () => {
    const [first] = planDeployment(standard()).settingsExports;
    expect(first).toMatchObject({ levels: ["global", "pool"], server: "ocsse1.litware.com", pool: "ocsse1" });
  });

  it("is taken once per pool, never once per front end", () => {
    const plan = planDeployment(
      enterprise((d) => {
        d.pools.push({ name: "ocspool2", kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql02.litware.com" });
        d.servers.push(
          { fqdn: "sql02.litware.com", site: "Redmond", roles: ["back-end-sql"] },
          { fqdn: "p2fe1.litware.com", site: "Redmond", pool: "ocspool2", roles: ["front-end"] },
          { fqdn: "p2fe2.litware.com", site: "Redmond", pool: "ocspool2", roles: ["front-end"] },
        );
      }),
    );
    expect(plan.settingsExports.filter((e) => e.levels.includes("pool")).map((e) => [e.pool, e.server])).toEqual([
      ["ocspool1", "ocspool1server1.litware.com"],
      ["ocspool2", "p2fe1.litware.com"],
    ]);
  });
});

describe("S3: one machine export per OCS server, internal and perimeter", () => {
  it("exports every server but the back-end SQL Server, in file order, after the pool exports", () => {
    const plan = planDeployment(enterprise());
    expect(plan.settingsExports.map((e) => `${e.levels.join("+")} ${e.server}`)).toEqual([
      "global+pool ocspool1server1.litware.com",
      "machine ocspool1server1.litware.com",
      "machine ocspool1server2.litware.com",
      "machine dir1.litware.com",
      "machine arch1.litware.com",
      "machine mon1.litware.com",
      "machine med1.litware.com",
      "machine edge1.litware.com",
    ]);
  });

  it("uses the documented export command with the server's FQDN; pool is null for servers outside pools", () => {
    const edge = planDeployment(enterprise()).settingsExports.find((e) => e.server === "edge1.litware.com")!;
    expect(edge).toMatchObject({
      pool: null,
      fileName: "edge1.litware.com-machine-%STAMP%.xml",
      command:
        'lcscmd /config /action:export /level:machine /configfile:"<dir>\\settings\\edge1.litware.com-machine-%STAMP%.xml" /fqdn:edge1.litware.com',
      rules: ["S3", "S4"],
    });
  });

  it("does not export the reverse proxy, which runs no OCS", () => {
    expect(planDeployment(enterprise()).settingsExports.some((e) => e.server === "rp01.litware.com")).toBe(false);
  });
});

describe("S4: every role of a machine is accounted for", () => {
  it("lists the roles an export covers, all three on a consolidated Edge server", () => {
    const edge = planDeployment(enterprise()).settingsExports.find((e) => e.server === "edge1.litware.com")!;
    expect(edge.roles).toEqual(["access-edge", "web-conferencing-edge", "av-edge"]);
    expect(edge.note).toMatch(/One export covers every role/);
  });

  it("notes that a front end's export covers the Application Server", () => {
    const fe = planDeployment(enterprise()).settingsExports.find((e) => e.server === "ocspool1server2.litware.com")!;
    expect(fe.roles).toEqual(["front-end"]);
    expect(fe.note).toMatch(/Application Server/);
  });

  it("covers Archiving collocated on the Standard Edition server within the same machine export", () => {
    const plan = planDeployment(
      standard((d) => {
        d.servers[0].roles = ["standard-edition", "archiving"];
      }),
    );
    const se = plan.settingsExports.find((e) => e.levels.includes("machine") && e.server === "ocsse1.litware.com")!;
    expect(se.roles).toEqual(["standard-edition", "archiving"]);
  });

  it("reminds that LCSCmd leaves Group Chat and Communicator Web Access out", () => {
    const check = planDeployment(enterprise()).postExportChecks.find((c) => c.id === "not-covered")!;
    expect(check).toMatchObject({ rules: ["S4"] });
    expect(check.detail).toMatch(/Group Chat/);
  });
});

describe("S8: separate servers per topology", () => {
  it("gives the separate conferencing and Web Components servers of an expanded pool their own exports", () => {
    const exports = planDeployment(expanded()).settingsExports.filter((e) => e.levels.includes("machine"));
    expect(exports.find((e) => e.server === "wcs1.litware.com")).toMatchObject({ pool: "ocspool1", roles: ["web-conferencing"] });
    expect(exports.find((e) => e.server === "wc1.litware.com")).toMatchObject({ pool: "ocspool1", roles: ["web-components"] });
  });
});

describe("S5: after each export", () => {
  it("checks the levels, copies to separate secure storage and checks the copy can be reached", () => {
    const checks = planDeployment(enterprise()).postExportChecks;
    expect(checks.map((c) => c.id)).toEqual(["check-levels", "copy-to-secure-storage", "reachable-for-restore", "not-covered"]);
    expect(checks.filter((c) => c.id !== "not-covered").every((c) => c.rules.includes("S5"))).toBe(true);
  });

  it("names the standby site's servers when there is a standby site", () => {
    const plan = planDeployment(
      enterprise((d) => {
        d.sites.push({ name: "Dublin", kind: "standby" });
        d.pools.push({ name: "drpool", kind: "standard", site: "Dublin" });
        d.servers.push({ fqdn: "drse1.litware.com", site: "Dublin", pool: "drpool", roles: ["standard-edition"] });
      }),
    );
    expect(plan.postExportChecks.find((c) => c.id === "reachable-for-restore")!.detail).toMatch(
      /standby site Dublin \(drse1\.litware\.com\)/,
    );
  });

  it("needs RTCUniversalReadOnlyAdmins and write access to the folder for the export", () => {
    expect(planDeployment(enterprise()).permissions.find((p) => p.id === "export-settings")).toMatchObject({
      rights: expect.stringMatching(/RTCUniversalReadOnlyAdmins.*write permission/),
      verify: false,
    });
  });

  it("flags the rights no source states as to be verified", () => {
    const perms = planDeployment(enterprise()).permissions;
    expect(perms.find((p) => p.id === "import-settings")!.verify).toBe(true);
    expect(perms.find((p) => p.id === "forest-prep")).toMatchObject({ verify: false, rights: expect.stringMatching(/Enterprise Admins/) });
  });
});

describe("S6: environmental dependencies are backed up outside OCS", () => {
  it("lists Active Directory, DNS, the reverse proxy and certificates with their current state", () => {
    expect(planDeployment(enterprise()).environmentBackups.map((e) => [e.id, e.subject, e.backedUp])).toEqual([
      ["activeDirectory", "litware.com", true],
      ["dns", "litware.com", true],
      ["reverseProxy", "rp01.litware.com", false],
      ["certificates", "OCS server certificates", true],
    ]);
  });

  it("leaves out a reverse proxy the deployment does not have, and marks unrecorded certificates unknown", () => {
    const plan = planDeployment(
      standard((d) => {
        delete d.dependencies.certificates;
      }),
    );
    expect(plan.environmentBackups.map((e) => [e.id, e.backedUp])).toEqual([
      ["activeDirectory", true],
      ["dns", true],
      ["certificates", null],
    ]);
  });
});

describe("D1-D5: database backups", () => {
  it("backs up RTC, LCSLog, RTCCDR, QoEMetrics with a SQL Server Agent job on Enterprise hosts, nightly", () => {
    const rows = planDeployment(enterprise()).databaseBackups;
    expect(rows.map((r) => [r.database, r.backUp, r.scheduler ?? r.reason, r.frequencyHours ?? null])).toEqual([
      ["RTC", true, "sql-agent", 24],
      ["RTCConfig", false, "not backed up: importing the LCSCmd settings exports rebuilds it", null],
      ["RTCDyn", false, "not backed up: transient data that the servers recreate", null],
      ["LCSLog", true, "sql-agent", 24],
      ["RTCCDR", true, "sql-agent", 24],
      ["QoEMetrics", true, "sql-agent", 24],
    ]);
    expect(rows[0].tool).toMatch(/^SQL Server Agent job running BACKUP DATABASE/);
    expect(rows[0].rules).toEqual(["D1", "D5", "D10", "B10"]);
  });

  it("D10: schedules the RTC database of a Standard Edition server with Task Scheduler and sqlcmd (SQL Express has no Agent)", () => {
    const rtc = planDeployment(standard()).databaseBackups.find((r) => r.database === "RTC")!;
    expect(rtc).toMatchObject({
      server: "ocsse1.litware.com",
      scheduler: "task-scheduler",
      sqlTarget: "ocsse1.litware.com\\RTC",
      sizeGb: 3,
    });
    expect(rtc.tool).toMatch(/Task Scheduler \(schtasks\) running sqlcmd.*has no SQL Server Agent/);
  });

  it("gives each backed-up database a sqlcmd command against the modelled instance, writing and verifying a dated file", () => {
    const rtc = planDeployment(enterpriseWithDestinations()).databaseBackups[0];
    expect(rtc.sqlTarget).toBe("sql01.litware.com\\OCSBE");
    expect(rtc.command).toBe(
      "sqlcmd -S sql01.litware.com\\OCSBE -E -b -Q \"BACKUP DATABASE [RTC] TO DISK = N'\\\\backup01\\ocs\\databases\\sql01.litware.com\\RTC-%STAMP%.bak' WITH CHECKSUM; RESTORE VERIFYONLY FROM DISK = N'\\\\backup01\\ocs\\databases\\sql01.litware.com\\RTC-%STAMP%.bak' WITH CHECKSUM\"",
    );
    const arch = planDeployment(enterpriseWithDestinations()).databaseBackups.find((r) => r.database === "LCSLog")!;
    expect(arch.sqlTarget).toBe("arch1.litware.com");
  });

  it("plans nightly full backups (D5) when the current practice takes none, and says so", () => {
    const rtc = planDeployment(enterprise((d) => (d.backup.databaseFrequencyHours = 0))).databaseBackups[0];
    expect(rtc.frequencyHours).toBe(24);
    expect(rtc.note).toMatch(/No database backups are taken today/);
  });

  it("uses the practice's interval when there is one", () => {
    expect(planDeployment(enterprise((d) => (d.backup.databaseFrequencyHours = 12))).databaseBackups[0].frequencyHours).toBe(12);
  });
});

describe("D6, D7: file share backups", () => {
  it("backs up meeting content, metadata and compliance log with robocopy (Windows Server 2008 has no NTBackup), not the address book", () => {
    const rows = planDeployment(enterprise()).fileShareBackups;
    expect(rows.map((f) => [f.content, f.backUp, f.tool ?? f.reason])).toEqual([
      ["meeting-content", true, expect.stringMatching(/^robocopy/)],
      ["meeting-metadata", true, expect.stringMatching(/^robocopy/)],
      ["compliance-log", true, expect.stringMatching(/^robocopy/)],
      ["address-book", false, "not backed up: the User Replicator regenerates the address book files"],
    ]);
    expect(rows[0].command).toBe('robocopy "\\\\fs01\\ocs\\meetings" "<dir>\\shares\\meeting-content\\%STAMP%" /E /R:2 /W:30 /NP');
    expect(rows[3].command).toBeUndefined();
    expect(JSON.stringify(rows)).not.toMatch(/NTBackup/);
  });

  it("D9: copies the Address Book normalization rules file itself, from its folder", () => {
    const d = enterpriseWithDestinations((x) =>
      x.fileShares.push({
        content: "normalization-rules",
        path: "\\\\fs01\\ocs\\abs\\Company_Phone_Number_Normalization_Rules.txt",
        sizeGb: 0,
      }),
    );
    const rules = planDeployment(d).fileShareBackups.at(-1)!;
    expect(rules).toMatchObject({ content: "normalization-rules", backUp: true, rules: ["D9"] });
    expect(rules.command).toBe(
      'robocopy "\\\\fs01\\ocs\\abs" "\\\\backup01\\ocs\\shares\\normalization-rules\\%STAMP%" "Company_Phone_Number_Normalization_Rules.txt" /E /R:2 /W:30 /NP',
    );
  });

  it("knows which listed server holds a share: local folders on the Standard Edition server, UNC paths by host name", () => {
    expect(planDeployment(standard()).fileShareBackups.map((f) => f.host)).toEqual([
      "ocsse1.litware.com",
      "ocsse1.litware.com",
      null,
      "ocsse1.litware.com",
    ]);
    const onFrontEnd = planDeployment(enterprise((d) => (d.fileShares[0].path = "\\\\ocspool1server1\\meetings"))).fileShareBackups[0];
    expect(onFrontEnd.host).toBe("ocspool1server1.litware.com");
  });
});

describe("B2: backup job start times from the plan's backup window", () => {
  it("starts databases at the window start, then file shares, then settings exports after each kind's run time", () => {
    const plan = planDeployment(enterprise());
    const { starts } = plan.backupWindow;
    expect(starts.databases).toBe(1);
    expect(starts["file-shares"]).toBeGreaterThan(starts.databases);
    expect(starts.settings).toBeGreaterThan(starts["file-shares"]);
    expect(plan.databaseBackups.filter((b) => b.backUp).every((b) => b.startTime === "01:00")).toBe(true);
    expect(plan.databaseBackups.filter((b) => !b.backUp).every((b) => b.startTime === undefined)).toBe(true);
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
    expect(minutes(plan.fileShareBackups[0].startTime!)).toBe(Math.floor(starts["file-shares"] * 60));
    expect(minutes(plan.settingsExports[0].startTime!)).toBe(Math.floor(starts.settings * 60) % 1440);
  });

  it("wraps past midnight", () => {
    const plan = planDeployment(enterprise((d) => (d.backup.windowStartHour = 23)));
    expect(plan.databaseBackups[0].startTime).toBe("23:00");
    expect(plan.settingsExports[0].startTime! < "23:00").toBe(true);
  });
});

describe("gap: no backup destination (extension 1)", () => {
  it("says the commands keep a placeholder, with the fix, when no destination is modelled", () => {
    const gap = planDeployment(enterprise()).gaps.find((g) => g.id === "no-backup-destination")!;
    expect(gap).toMatchObject({ severity: "warning", subject: "backup.destination", rules: ["P5", "S5"] });
    expect(gap.fix).toMatch(/Set the backup destination/);
    expect(planDeployment(enterprise()).gaps.find((g) => g.id === "no-offsite-destination")).toBeDefined();
  });

  it("is absent, and no command holds the placeholder, when the destinations are set", () => {
    const plan = planDeployment(enterpriseWithDestinations());
    expect(plan.gaps.map((g) => g.id)).not.toContain("no-backup-destination");
    expect(plan.gaps.map((g) => g.id)).not.toContain("no-offsite-destination");
    const commands = [...plan.settingsExports, ...plan.databaseBackups, ...plan.fileShareBackups].map((e) => e.command ?? "");
    expect(commands.filter((c) => c.includes("<dir>"))).toEqual([]);
  });
});

describe("backup checklist", () => {
  it("has one item per export, database, share, environment backup and post-export check, with stable ids", () => {
    const plan = planDeployment(enterprise());
    const ids = plan.checklists.backup.map((c) => c.id);
    expect(ids.slice(0, 3)).toEqual([
      "export:pool:ocspool1",
      "export:machine:ocspool1server1.litware.com",
      "export:machine:ocspool1server2.litware.com",
    ]);
    expect(ids).toContain("database:RTC@sql01.litware.com");
    expect(ids).toContain("share:address-book@\\\\fs01\\ocs\\abs");
    expect(ids).toContain("environment:reverseProxy");
    expect(ids.slice(-4)).toEqual([
      "post-export:check-levels",
      "post-export:copy-to-secure-storage",
      "post-export:reachable-for-restore",
      "post-export:not-covered",
    ]);
    expect(ids.length).toBe(8 + 6 + 4 + 4 + 4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(plan.checklists.backup[1]).toMatchObject({ command: plan.settingsExports[1].command, frequencyHours: 168 });
  });

  it("schedules settings exports as often as the data when the practice takes none", () => {
    const plan = planDeployment(
      validDeployment({ ...structuredClone(enterprise()), backup: { ...enterprise().backup, settingsFrequencyHours: 0 } }),
    );
    expect(plan.checklists.backup[0].frequencyHours).toBe(24);
  });
});
