// The switch-over to a standby site, step by step (site.ts, standby.ts): the Enterprise example with a
// standby site Dublin holding pool drpool (back end drsql) and a Mediation Server drmed1.
// Worked by hand from the default assumptions (decision 60 min, checks and validations 30, standby
// activation 60, moving a pool's users 60, DNS 30, hardware wait 480 for servers without spares,
// Windows 120, SQL Server 60, an OCS role 90, certificates 30, a settings import 15; SQL restore
// 50 GB/h, DBImpExp 10 GB/h, copies over the 200 Mbit/s link: LCSLog 120 GB = 82 min, RTCCDR 30 GB =
// 21, QoEMetrics 45 GB = 31) and two admins:
// - admin 1 coordinates: decision 0-60, reachability check 60-90 (S5), domain check 90-120, the
//   internal DNS records 270-300 once the users moved, then the user checks: IM 300-330 (5.5 h),
//   Enterprise Voice 330-360 once drmed1 is up (6 h), Edge next hop 825-855 once edge1 is checked,
//   remote access 855-885 (14.75 h);
// - admin 2 brings drpool up 120-180 (after the domain and reachability checks), checks it 180-210,
//   moves the users 210-270 (force), brings drmed1 up 270-330, then rebuilds what Dublin cannot
//   serve, in P1 order: edge1 from 540 (hardware at 60 + 480; the Edge import waits for the checkpoint
//   "standby pools answer", P1), arch1 from 825, mon1 from 1314;
// - the contact lists come back beside that, nobody watching: RTC 25 GB restored to a spare instance
//   90-120 (30 min), exported 120-270 (150), imported into drpool once the users moved, 270-420.
import { describe, expect, it } from "vitest";
import type { RunbookStep } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, enterpriseWithStandbySite } from "../testing/fixtures";

const withStandbySite = enterpriseWithStandbySite;
const rows = (steps: RunbookStep[]) => steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.rules]);

describe("loss of site Redmond with a standby site", () => {
  it("switches over step by step: [order, title, minutes, start, depends on, rules]", () => {
    const s = planDeployment(withStandbySite()).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
    expect(rows(s.steps)).toEqual([
      [1, "Declare site Redmond lost and switch to Dublin", 60, 0, [], ["P1", "P5"]],
      [2, "Check the backups and settings exports can be reached from Dublin", 30, 60, [1], ["S5"]],
      [3, "Get replacement hardware for edge1.litware.com", 480, 60, [1], ["B8"]],
      [4, "Get replacement hardware for arch1.litware.com", 480, 60, [1], ["B8"]],
      [5, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1], ["P5"]],
      [6, "Get replacement hardware for mon1.litware.com", 480, 60, [1], ["B8"]],
      [7, "Copy the RTCCDR database backup back from the remote backup location", 21, 60, [1], ["P5"]],
      [8, "Copy the QoEMetrics database backup back from the remote backup location", 31, 60, [1], ["P5"]],
      [9, "Confirm domain controllers and DNS answer at Dublin", 30, 90, [1], ["Restore order", "S6"]],
      [10, "Restore the last RTC backup of ocspool1 to a spare SQL Server instance at Dublin", 30, 90, [2], ["D1", "D8"]],
      [11, "Bring the standby pool drpool into service", 60, 120, [2, 9], ["P5", "B8"]],
      [12, "Export ocspool1's user data from the spare instance with DBImpExp", 150, 120, [10], ["D8"]],
      [13, "Check pool drpool", 30, 180, [11], ["S7"]],
      [14, "Move the users of ocspool1 to drpool", 60, 210, [13], ["Restore order", "S7"]],
      [15, "Checkpoint: the standby pools answer", 0, 210, [13], ["Restore order", "P1"]],
      [16, "Point the internal DNS records at Dublin", 30, 270, [14], ["P5", "S6"]],
      [17, "Import the contact lists of ocspool1's users into drpool", 150, 270, [12, 14], ["D1", "D8"]],
      [18, "Bring drmed1.litware.com into service", 60, 270, [2, 9], ["P5", "B8"]],
      [19, "Confirm IM and presence as a user", 30, 300, [16], ["P1"]],
      [20, "Confirm Enterprise Voice as a user", 30, 330, [16, 18], ["P1"]],
      [21, "Confirm Web conferencing as a user", 30, 330, [16], ["P1"]],
      [22, "Confirm A/V conferencing as a user", 30, 360, [16], ["P1"]],
      [23, "Confirm Application sharing as a user", 30, 360, [16], ["P1"]],
      [24, "Rebuild Windows on edge1.litware.com", 120, 540, [3], ["S3"]],
      [25, "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com", 90, 660, [24], ["S8"]],
      [26, "Install the certificates on edge1.litware.com", 30, 750, [25], ["S6"]],
      [27, "Import the machine-level settings of edge1.litware.com", 15, 780, [15, 26], ["S7", "S3"]],
      [28, "Check edge1.litware.com", 30, 795, [27], ["S7"]],
      [29, "Point the Edge next hop at drpool", 30, 825, [14, 28], ["P5", "S6", "Restore order"]],
      [30, "Rebuild Windows on arch1.litware.com", 120, 825, [4], ["S3"]],
      [31, "Confirm Remote access and federation as a user", 30, 855, [29], ["P1"]],
      [32, "Install SQL Server on arch1.litware.com", 60, 945, [30], ["D1", "B9"]],
      [33, "Restore LCSLog on arch1.litware.com", 144, 1005, [5, 32], ["D4", "D5"]],
      [34, "Install and activate Archiving on arch1.litware.com", 90, 1149, [9, 33], ["S8"]],
      [35, "Install the certificates on arch1.litware.com", 30, 1239, [34], ["S6"]],
      [36, "Import the machine-level settings of arch1.litware.com", 15, 1269, [35], ["S7", "S3"]],
      [37, "Check arch1.litware.com", 30, 1284, [36], ["S7"]],
      [38, "Confirm Archiving as a user", 30, 1314, [16, 37], ["P1"]],
      [39, "Rebuild Windows on mon1.litware.com", 120, 1314, [6], ["S3"]],
      [40, "Install SQL Server on mon1.litware.com", 60, 1434, [39], ["D1", "B9"]],
      [41, "Restore RTCCDR on mon1.litware.com", 36, 1494, [7, 40], ["D4", "D5"]],
      [42, "Restore QoEMetrics on mon1.litware.com", 54, 1530, [8, 40], ["D4", "D5"]],
      [43, "Install and activate Monitoring on mon1.litware.com", 90, 1584, [9, 41, 42], ["S8"]],
      [44, "Install the certificates on mon1.litware.com", 30, 1674, [43], ["S6"]],
      [45, "Import the machine-level settings of mon1.litware.com", 15, 1704, [44], ["S7", "S3"]],
      [46, "Check mon1.litware.com", 30, 1719, [45], ["S7"]],
      [47, "Confirm Monitoring (CDR and QoE) as a user", 30, 1749, [16, 46], ["P1"]],
    ]);
    expect(Object.fromEntries(s.workloads.map((w) => [w.workload, w.rtoHours]))).toEqual({
      "im-presence": 5.5,
      "enterprise-voice": 6,
      "remote-access": 14.75,
      "web-conferencing": 6,
      "av-conferencing": 6.5,
      archiving: 22.4,
      monitoring: 29.65,
      "app-sharing": 6.5,
    });
  });

  it("brings the users home afterwards: check the rebuilt pool, move them back, DNS and the Mediation next hop back", () => {
    // Decision 0-60, pool check 60-90, the move 90-150, DNS 150-180, IM checked 180-210; the
    // Mediation Servers' next hop goes back right after the move (150-180).
    const s = planDeployment(withStandbySite()).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
    expect(rows(s.failback!.steps)).toEqual([
      [1, "Decide to bring the users home to ocspool1", 60, 0, [], ["P1", "P5"]],
      [2, "Check pool ocspool1", 30, 60, [1], ["S7"]],
      [3, "Move the users of ocspool1 back from drpool", 60, 90, [2], ["Restore order", "P5"]],
      [4, "Point the SIP DNS records back at ocspool1", 30, 150, [3], ["P5", "S6"]],
      [5, "Confirm IM and presence as a user", 30, 180, [4], ["P1"]],
      [6, "Point the Mediation Servers' next hop back at ocspool1", 30, 180, [3], ["P5"]],
      [7, "Confirm Enterprise Voice as a user", 30, 210, [4, 6], ["P1"]],
      // The switch-over pointed the rebuilt edge1's next hop at drpool: it goes back once the users are
      // home. Its step has no lane of its own, so it takes the second administrator after the IM check.
      [8, "Point the Edge servers and external DNS back at Redmond", 30, 210, [3], ["P5", "S6"]],
      [9, "Confirm Remote access and federation as a user", 30, 240, [8], ["P1"]],
      [10, "Confirm Web conferencing as a user", 30, 240, [4], ["P1"]],
      [11, "Confirm A/V conferencing as a user", 30, 270, [4], ["P1"]],
      [12, "Confirm Archiving as a user", 30, 270, [4], ["P1"]],
      [13, "Confirm Monitoring (CDR and QoE) as a user", 30, 300, [4], ["P1"]],
      [14, "Confirm Application sharing as a user", 30, 300, [4], ["P1"]],
    ]);
    expect(s.failback!.rtoHours).toBe(5.5);
  });

  it("says what to do at each step of the switch-over: [order, phase, server, command, verify, runs by itself, assumption, instructions]", () => {
    // The rebuild chains of edge1, arch1 and mon1 are left out (site-instructions.test.ts reads the same chains).
    const s = planDeployment(withStandbySite()).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
    const own = s.steps.filter(
      (x) => x.order > 1 && !x.title.startsWith("Confirm") && !/edge1|arch1|mon1|LCSLog|RTCCDR|QoEMetrics/.test(x.title),
    );
    expect(
      own.map((x) => [
        x.order,
        x.phase,
        x.server ?? null,
        x.command ?? null,
        x.verify ?? false,
        x.waiting ?? false,
        x.assumption ?? null,
        x.detail,
      ]),
    ).toEqual([
      [
        2,
        "Assess the loss",
        null,
        null,
        false,
        false,
        "validationMinutes",
        "The standby servers need the latest settings exports and database backups; open them from the standby site before relying on them (S5).",
      ],
      [
        10,
        "Reassign users",
        null,
        null,
        true,
        true,
        "sqlRestoreGbPerHour",
        "Inferred, not documented: restore ocspool1's RTC backup (25 GB) under another database instance at Dublin (never over the standby pool's own RTC), only to read the users' contact lists from it. It runs by itself while the users are moved.",
      ],
      [
        11,
        "Front-end servers",
        null,
        null,
        false,
        false,
        "standbyActivationMinutes",
        "Start the services on its 1 server and SQL Server on drsql.litware.com, then check each server's state.",
      ],
      [
        12,
        "Reassign users",
        null,
        "dbimpexp.exe /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:<spare SQL instance>",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: DBImpExp reads the contact lists, permissions and meetings of the restored RTC database into XML. Start it and let it run; it needs nobody watching.",
      ],
      [
        13,
        "Front-end servers",
        null,
        "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:drpool",
        false,
        false,
        "validationMinutes",
        "Check the pool's state, then run the Validation Wizard against it.",
      ],
      [
        14,
        "Reassign users",
        null,
        null,
        true,
        false,
        "userReassignMinutes",
        "Rehome the users of ocspool1 on the standby pool drpool with the Move Users wizard and its force option, since the old pool cannot answer (the option's exact wording is unconfirmed).",
      ],
      [
        15,
        "Edge Servers",
        null,
        null,
        false,
        true,
        null,
        "Edge servers come after the internal roles (table 17-9) because their next hop must answer first: here the standby pools. They do not wait for the Archiving, Monitoring or Mediation Servers (P1).",
      ],
      [
        16,
        "Reassign users",
        null,
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Update the records users resolve inside the network (the pools' A records and the SIP service records) so they lead to drpool (inferred: the successors document the same names).",
      ],
      [
        17,
        "Reassign users",
        null,
        "dbimpexp.exe /import /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:drsql.litware.com /restype:all",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: load the exported user data into drpool once the users are homed there; it runs by itself. Until it finishes, moved users sign in with empty contact lists.",
      ],
      [
        18,
        "Mediation Servers",
        "drmed1.litware.com",
        "lcscmd /server:drmed1.litware.com /action:CheckLCServerState",
        true,
        false,
        "standbyActivationMinutes",
        "Start the standby server's services and check its state.",
      ],
      [
        29,
        "Edge Servers",
        null,
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Set the next hop and trusted lists of the Edge server edge1.litware.com (once rebuilt) to the standby pool, then point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) at it (inferred). This waits for that Edge server: before it answers there is nothing to point at.",
      ],
    ]);
    expect([s.steps[0], s.steps[8]].map((x) => [x.order, x.title, x.phase, x.assumption, x.detail])).toEqual([
      [
        1,
        "Declare site Redmond lost and switch to Dublin",
        "Assess the loss",
        "decisionMinutes",
        "Confirm the site cannot come back soon enough, decide to move service to the standby site Dublin, and warn users.",
      ],
      [
        9,
        "Confirm domain controllers and DNS answer at Dublin",
        "Domain information",
        "validationMinutes",
        "Service at the standby site needs Active Directory and DNS there. If no domain controller survived, restore Active Directory from its backup first (about 4 h more).",
      ],
    ]);
    expect(s.failback!.steps.filter((x) => !x.title.startsWith("Confirm")).map((x) => [x.order, x.phase, x.detail])).toEqual([
      [
        1,
        "Assess the loss",
        "Pick a quiet time once ocspool1 has been rebuilt and checked, and warn the users: each of them signs in again after the move.",
      ],
      [2, "Reassign users", "The rebuilt pool must pass its checks before users move back."],
      [
        3,
        "Reassign users",
        "Inferred: with both pools answering, move the users with the Move Users wizard without the force option; their contact lists move with them.",
      ],
      [4, "Reassign users", "Inferred: undo the DNS changes of the switch-over, if any were made."],
      [6, "Mediation Servers", "Inferred: undo the Mediation Servers' next-hop change of the switch-over, if one was made."],
      [
        8,
        "Edge Servers",
        "Inferred: undo the switch-over's Edge changes once the users are home: set the next hop and trusted lists of edge1.litware.com back to ocspool1, or to the Director if one led there.",
      ],
    ]);
  });
});

describe("loss of site Redmond with two pools, and a standby site with two pools, a Director and an Edge server", () => {
  // Each lost pool moves to its own standby pool (ocspool1 to drpool, ocspool2 to drpool2); the
  // internal DNS records wait for both moves; the standby Director is brought up (it serves IM); the
  // standby Edge server takes remote access, so edge1 is not rebuilt, and the Edge next hop change
  // waits for it and for both moves. Only Mediation, Archiving and Monitoring are rebuilt at Redmond.
  // IM: both standby pools up 120-180, checked 180-210, the moves 210-270 and 270-330, DNS 330-360,
  // IM confirmed 360-390 = 6.5 h. [order, title, minutes, start, depends on].
  const twoPools = () =>
    enterprise((x) => {
      x.sites.push({ name: "Dublin", kind: "standby" });
      x.pools.push(
        { name: "ocspool2", kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql02.litware.com" },
        { name: "drpool", kind: "enterprise-consolidated", site: "Dublin", backEnd: "drsql.litware.com" },
        { name: "drpool2", kind: "enterprise-consolidated", site: "Dublin", backEnd: "drsql2.litware.com" },
      );
      x.servers.push(
        { fqdn: "sql02.litware.com", site: "Redmond", roles: ["back-end-sql"] },
        { fqdn: "ocspool2server1.litware.com", site: "Redmond", pool: "ocspool2", roles: ["front-end"] },
        { fqdn: "drsql.litware.com", site: "Dublin", roles: ["back-end-sql"] },
        { fqdn: "drfe1.litware.com", site: "Dublin", pool: "drpool", roles: ["front-end"] },
        { fqdn: "drsql2.litware.com", site: "Dublin", roles: ["back-end-sql"] },
        { fqdn: "drfe2.litware.com", site: "Dublin", pool: "drpool2", roles: ["front-end"] },
        { fqdn: "drdir1.litware.com", site: "Dublin", roles: ["director"] },
        { fqdn: "dredge1.litware.com", site: "Dublin", roles: ["access-edge", "web-conferencing-edge", "av-edge"] },
      );
      x.databases.push({ name: "RTC", server: "sql02.litware.com", sizeGb: 10 });
    });

  it("moves each pool to its own standby pool and uses the standby Edge server", () => {
    const s = planDeployment(twoPools()).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
    expect(s.steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn])).toEqual([
      [1, "Declare site Redmond lost and switch to Dublin", 60, 0, []],
      [2, "Check the backups and settings exports can be reached from Dublin", 30, 60, [1]],
      [3, "Get replacement hardware for med1.litware.com", 480, 60, [1]],
      [4, "Get replacement hardware for arch1.litware.com", 480, 60, [1]],
      [5, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1]],
      [6, "Get replacement hardware for mon1.litware.com", 480, 60, [1]],
      [7, "Copy the RTCCDR database backup back from the remote backup location", 21, 60, [1]],
      [8, "Copy the QoEMetrics database backup back from the remote backup location", 31, 60, [1]],
      [9, "Confirm domain controllers and DNS answer at Dublin", 30, 90, [1]],
      [10, "Restore the last RTC backup of ocspool1 to a spare SQL Server instance at Dublin", 30, 90, [2]],
      [11, "Restore the last RTC backup of ocspool2 to a spare SQL Server instance at Dublin", 12, 90, [2]],
      [12, "Export ocspool2's user data from the spare instance with DBImpExp", 60, 102, [11]],
      [13, "Bring the standby pool drpool into service", 60, 120, [2, 9]],
      [14, "Bring the standby pool drpool2 into service", 60, 120, [2, 9]],
      [15, "Export ocspool1's user data from the spare instance with DBImpExp", 150, 120, [10]],
      [16, "Check pool drpool", 30, 180, [13]],
      [17, "Check pool drpool2", 30, 180, [14]],
      [18, "Bring drdir1.litware.com into service", 60, 210, [2, 9]],
      [19, "Move the users of ocspool2 to drpool2", 60, 210, [17]],
      [20, "Move the users of ocspool1 to drpool", 60, 270, [16]],
      [21, "Import the contact lists of ocspool2's users into drpool2", 60, 270, [12, 19]],
      [22, "Point the internal DNS records at Dublin", 30, 330, [19, 20]],
      [23, "Import the contact lists of ocspool1's users into drpool", 150, 330, [15, 20]],
      [24, "Confirm IM and presence as a user", 30, 360, [18, 22]],
      [25, "Rebuild Windows on med1.litware.com", 120, 540, [3]],
      [26, "Install and activate Mediation on med1.litware.com", 90, 660, [9, 25]],
      [27, "Install the certificates on med1.litware.com", 30, 750, [26]],
      [28, "Import the machine-level settings of med1.litware.com", 15, 780, [27]],
      [29, "Check med1.litware.com", 30, 795, [28]],
      [30, "Confirm Enterprise Voice as a user", 30, 825, [22, 29]],
      [31, "Bring dredge1.litware.com into service", 60, 825, [2, 9]],
      [32, "Point the Edge next hop at drpool, drpool2", 30, 885, [19, 20, 31]],
      [33, "Confirm Web conferencing as a user", 30, 885, [22]],
      [34, "Confirm Remote access and federation as a user", 30, 915, [18, 32]],
      [35, "Rebuild Windows on arch1.litware.com", 120, 915, [4]],
      [36, "Confirm A/V conferencing as a user", 30, 945, [22]],
      [37, "Install SQL Server on arch1.litware.com", 60, 1035, [35]],
      [38, "Restore LCSLog on arch1.litware.com", 144, 1095, [5, 37]],
      [39, "Install and activate Archiving on arch1.litware.com", 90, 1239, [9, 38]],
      [40, "Install the certificates on arch1.litware.com", 30, 1329, [39]],
      [41, "Import the machine-level settings of arch1.litware.com", 15, 1359, [40]],
      [42, "Check arch1.litware.com", 30, 1374, [41]],
      [43, "Confirm Archiving as a user", 30, 1404, [22, 42]],
      [44, "Rebuild Windows on mon1.litware.com", 120, 1404, [6]],
      [45, "Install SQL Server on mon1.litware.com", 60, 1524, [44]],
      [46, "Restore RTCCDR on mon1.litware.com", 36, 1584, [7, 45]],
      [47, "Restore QoEMetrics on mon1.litware.com", 54, 1620, [8, 45]],
      [48, "Install and activate Monitoring on mon1.litware.com", 90, 1674, [9, 46, 47]],
      [49, "Install the certificates on mon1.litware.com", 30, 1764, [48]],
      [50, "Import the machine-level settings of mon1.litware.com", 15, 1794, [49]],
      [51, "Check mon1.litware.com", 30, 1809, [50]],
      [52, "Confirm Monitoring (CDR and QoE) as a user", 30, 1839, [22, 51]],
      [53, "Confirm Application sharing as a user", 30, 1839, [22]],
    ]);
    expect(Object.fromEntries(s.workloads.map((w) => [w.workload, w.rtoHours]))).toEqual({
      "im-presence": 6.5,
      "enterprise-voice": 14.25,
      "remote-access": 15.75,
      "web-conferencing": 15.25,
      "av-conferencing": 16.25,
      archiving: 23.9,
      monitoring: 31.15,
      "app-sharing": 31.15,
    });
    expect(s.steps.filter((x) => /^(Point|Bring)/.test(x.title)).map((x) => [x.order, x.detail])).toEqual([
      [13, "Start the services on its 1 server and SQL Server on drsql.litware.com, then check each server's state."],
      [14, "Start the services on its 1 server and SQL Server on drsql2.litware.com, then check each server's state."],
      [18, "Start the standby server's services and check its state."],
      [
        22,
        "Update the records users resolve inside the network (the pools' A records and the SIP service records) so they lead to drpool, drpool2 (inferred: the successors document the same names).",
      ],
      [31, "Start the standby server's services and check its state."],
      [
        32,
        "Set the next hop and trusted lists of the standby site's Edge server dredge1.litware.com to the standby pools, then point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) at it (inferred). This waits for that Edge server: before it answers there is nothing to point at.",
      ],
    ]);
    expect(s.failback!.steps.find((x) => x.title === "Point the Edge servers and external DNS back at Redmond")!.detail).toBe(
      "Inferred: undo the switch-over's Edge changes once the users are home: point the external DNS records (SIP, Access Edge, web conferencing and A/V Edge) back at edge1.litware.com at Redmond; return dredge1.litware.com at the standby site to the next hop it had before the switch-over.",
    );
    expect(s.failback!.title).toBe("Failback: bring the users home to ocspool1, ocspool2");
    expect(s.failback!.steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn])).toEqual([
      [1, "Decide to bring the users home to ocspool1, ocspool2", 60, 0, []],
      [2, "Check pool ocspool1", 30, 60, [1]],
      [3, "Check pool ocspool2", 30, 60, [1]],
      [4, "Move the users of ocspool1 back from drpool", 60, 90, [2]],
      [5, "Move the users of ocspool2 back from drpool2", 60, 90, [3]],
      [6, "Point the SIP DNS records back at ocspool1", 30, 150, [4]],
      [7, "Point the SIP DNS records back at ocspool2", 30, 150, [5]],
      [8, "Confirm IM and presence as a user", 30, 180, [6, 7]],
      [9, "Point the Mediation Servers' next hop back at ocspool2", 30, 180, [5]],
      [10, "Point the Mediation Servers' next hop back at ocspool1", 30, 210, [4]],
      [11, "Confirm Enterprise Voice as a user", 30, 240, [6, 7, 9, 10]],
      // The standby Edge server took remote access: the external DNS goes back to edge1 once both
      // pools' users are home (dredge1's next hop goes back with it).
      [12, "Point the Edge servers and external DNS back at Redmond", 30, 270, [4, 5]],
      [13, "Confirm Remote access and federation as a user", 30, 300, [12]],
      [14, "Confirm Web conferencing as a user", 30, 300, [6, 7]],
      [15, "Confirm A/V conferencing as a user", 30, 330, [6, 7]],
      [16, "Confirm Archiving as a user", 30, 330, [6, 7]],
      [17, "Confirm Monitoring (CDR and QoE) as a user", 30, 360, [6, 7]],
      [18, "Confirm Application sharing as a user", 30, 360, [6, 7]],
    ]);
  });
});
