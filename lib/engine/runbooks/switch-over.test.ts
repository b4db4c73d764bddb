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
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import type { RunbookStep } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, enterpriseWithStandbySite } from "../testing/fixtures";

const withStandbySite = enterpriseWithStandbySite;
const rows = (steps: RunbookStep[]) => steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.rules]);

describe("loss of site Redmond with a standby site", () => {
  it("switches over step by step: [order, title, minutes, start, depends on, rules]", () => {
    // Issue 25 (checks after their data): the IM check waits for the contact-list import, so IM comes back
    // later and the checks of the other workloads, no longer queued behind it, earlier.
    const s = planDeployment(withStandbySite()).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
    expect(rows(s.steps)).toEqual([
      [1, "Declare site Redmond lost and switch to Dublin", 60, 0, [], ["P1", "P5"]],
      [2, "Check the backups and settings exports can be reached from Dublin", 30, 60, [1], ["S5"]],
      [3, "Confirm domain controllers and DNS answer at Dublin", 30, 60, [1], ["Restore order", "S6"]],
      [4, "Get replacement hardware for edge1.litware.com", 480, 60, [1], ["B8"]],
      [5, "Get replacement hardware for arch1.litware.com", 480, 60, [1], ["B8"]],
      [6, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1], ["P5"]],
      [7, "Get replacement hardware for mon1.litware.com", 480, 60, [1], ["B8"]],
      [8, "Copy the RTCCDR database backup back from the remote backup location", 21, 60, [1], ["P5"]],
      [9, "Copy the QoEMetrics database backup back from the remote backup location", 31, 60, [1], ["P5"]],
      [10, "Bring the standby pool drpool into service", 60, 90, [2, 3], ["P5", "B8"]],
      [11, "Restore the last RTC backup of ocspool1 to a spare SQL Server instance at Dublin", 30, 90, [2], ["D1", "D8"]],
      [12, "Bring drmed1.litware.com into service", 60, 90, [2, 3], ["P5", "B8"]],
      [13, "Export ocspool1's user data from the spare instance with DBImpExp", 150, 120, [11], ["D8"]],
      [14, "Check pool drpool", 30, 150, [10], ["S7"]],
      [15, "Move the users of ocspool1 to drpool", 60, 180, [14], ["Restore order", "S7"]],
      [16, "Checkpoint: the standby pools answer", 0, 180, [14], ["Restore order", "P1"]],
      [17, "Point the internal DNS records at Dublin", 30, 240, [15], ["P5", "S6"]],
      [18, "Import the contact lists of ocspool1's users into drpool", 150, 270, [13, 15], ["D1", "D8"]],
      [19, "Confirm Enterprise Voice as a user", 30, 270, [12, 17], ["P1"]],
      [20, "Confirm Web conferencing as a user", 30, 270, [17], ["P1"]],
      [21, "Confirm A/V conferencing as a user", 30, 300, [17], ["P1"]],
      [22, "Confirm Application sharing as a user", 30, 300, [17], ["P1"]],
      [23, "Confirm IM and presence as a user", 30, 420, [17, 18], ["P1"]],
      [24, "Rebuild Windows on edge1.litware.com", 120, 540, [4], ["S3"]],
      [25, "Rebuild Windows on arch1.litware.com", 120, 540, [5], ["S3"]],
      [26, "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com", 90, 660, [24], ["S8"]],
      [27, "Install SQL Server on arch1.litware.com", 60, 660, [25], ["D1", "B9"]],
      [28, "Restore LCSLog on arch1.litware.com", 144, 720, [6, 27], ["D4", "D5"]],
      [29, "Install the certificates on edge1.litware.com", 30, 750, [26], ["S6"]],
      [30, "Import the machine-level settings of edge1.litware.com", 15, 780, [16, 29], ["S7", "S3"]],
      [31, "Check edge1.litware.com", 30, 795, [30], ["S7"]],
      [32, "Point the Edge next hop at drpool", 30, 825, [15, 31], ["P5", "S6", "Restore order"]],
      [33, "Confirm Remote access and federation as a user", 30, 855, [32], ["P1"]],
      [34, "Install and activate Archiving on arch1.litware.com", 90, 864, [3, 28], ["S8"]],
      [35, "Install the certificates on arch1.litware.com", 30, 954, [34], ["S6"]],
      [36, "Rebuild Windows on mon1.litware.com", 120, 954, [7], ["S3"]],
      [37, "Import the machine-level settings of arch1.litware.com", 15, 984, [35], ["S7", "S3"]],
      [38, "Check arch1.litware.com", 30, 999, [37], ["S7"]],
      [39, "Confirm Archiving as a user", 30, 1029, [17, 38], ["P1"]],
      [40, "Install SQL Server on mon1.litware.com", 60, 1074, [36], ["D1", "B9"]],
      [41, "Restore RTCCDR on mon1.litware.com", 36, 1134, [8, 40], ["D4", "D5"]],
      [42, "Restore QoEMetrics on mon1.litware.com", 54, 1134, [9, 40], ["D4", "D5"]],
      [43, "Install and activate Monitoring on mon1.litware.com", 90, 1188, [3, 41, 42], ["S8"]],
      [44, "Install the certificates on mon1.litware.com", 30, 1278, [43], ["S6"]],
      [45, "Import the machine-level settings of mon1.litware.com", 15, 1308, [44], ["S7", "S3"]],
      [46, "Check mon1.litware.com", 30, 1323, [45], ["S7"]],
      [47, "Confirm Monitoring (CDR and QoE) as a user", 30, 1353, [17, 46], ["P1"]],
    ]);
    expect(Object.fromEntries(s.workloads.map((w) => [w.workload, w.rtoHours]))).toEqual({
      "im-presence": 7.5,
      "enterprise-voice": 5,
      "remote-access": 14.75,
      "web-conferencing": 5,
      "av-conferencing": 5.5,
      archiving: 17.65,
      monitoring: 23.05,
      "app-sharing": 5.5,
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
      [5, "Point the Mediation Servers' next hop back at ocspool1", 30, 150, [3], ["P5"]],
      [6, "Confirm IM and presence as a user", 30, 180, [4], ["P1"]],
      [7, "Confirm Enterprise Voice as a user", 30, 180, [4, 5], ["P1"]],
      [8, "Point the Edge servers and external DNS back at Redmond", 30, 210, [3], ["P5", "S6"]],
      [9, "Confirm Web conferencing as a user", 30, 210, [4], ["P1"]],
      [10, "Confirm Remote access and federation as a user", 30, 240, [8], ["P1"]],
      [11, "Confirm A/V conferencing as a user", 30, 240, [4], ["P1"]],
      [12, "Confirm Archiving as a user", 30, 270, [4], ["P1"]],
      [13, "Confirm Monitoring (CDR and QoE) as a user", 30, 270, [4], ["P1"]],
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
        "Front-end servers",
        null,
        null,
        false,
        false,
        "standbyActivationMinutes",
        "Start the services on its 1 server and SQL Server on drsql.litware.com, then check each server's state.",
      ],
      [
        11,
        "Reassign users",
        null,
        null,
        true,
        true,
        "sqlRestoreGbPerHour",
        "Inferred, not documented: restore ocspool1's RTC backup (25 GB) under another database instance at Dublin (never over the standby pool's own RTC), only to read the users' contact lists from it. It runs by itself while the users are moved.",
      ],
      [
        12,
        "Mediation Servers",
        "drmed1.litware.com",
        "lcscmd /server:drmed1.litware.com /action:CheckLCServerState",
        true,
        false,
        "standbyActivationMinutes",
        "Start the standby server's services and check its state.",
      ],
      [
        13,
        "Reassign users",
        null,
        "dbimpexp.exe /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:<spare SQL instance>",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: DBImpExp reads the contact lists, permissions and meetings of the restored RTC database into XML. Start it and let it run; it needs nobody watching.",
      ],
      [
        14,
        "Front-end servers",
        null,
        "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:drpool",
        false,
        false,
        "validationMinutes",
        "Check the pool's state, then run the Validation Wizard against it.",
      ],
      [
        15,
        "Reassign users",
        null,
        null,
        true,
        false,
        "userReassignMinutes",
        "Rehome the users of ocspool1 on the standby pool drpool with the Move Users wizard and its force option, since the old pool cannot answer (the option's exact wording is unconfirmed).",
      ],
      [
        16,
        "Edge Servers",
        null,
        null,
        false,
        true,
        null,
        "Edge servers come after the internal roles (table 17-9) because their next hop must answer first: here the standby pools. They do not wait for the Archiving, Monitoring or Mediation Servers (P1).",
      ],
      [
        17,
        "Reassign users",
        null,
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Update the records users resolve inside the network (the pools' A records and the SIP service records) so they lead to drpool (inferred: the successors document the same names).",
      ],
      [
        18,
        "Reassign users",
        null,
        "dbimpexp.exe /import /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:drsql.litware.com /restype:all",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: load the exported user data into drpool once the users are homed there; it runs by itself. Until it finishes, moved users sign in with empty contact lists.",
      ],
      [
        32,
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
        "Copy the QoEMetrics database backup back from the remote backup location",
        "Monitoring Servers",
        undefined,
        "About 45 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
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
      [5, "Mediation Servers", "Inferred: undo the Mediation Servers' next-hop change of the switch-over, if one was made."],
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
    // Issue 25 (checks after their data): the IM check waits for the contact-list import, so IM comes back
    // later and the checks of the other workloads, no longer queued behind it, earlier.
    const s = planDeployment(twoPools()).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
    expect(s.steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn])).toEqual([
      [1, "Declare site Redmond lost and switch to Dublin", 60, 0, []],
      [2, "Check the backups and settings exports can be reached from Dublin", 30, 60, [1]],
      [3, "Confirm domain controllers and DNS answer at Dublin", 30, 60, [1]],
      [4, "Get replacement hardware for med1.litware.com", 480, 60, [1]],
      [5, "Get replacement hardware for arch1.litware.com", 480, 60, [1]],
      [6, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1]],
      [7, "Get replacement hardware for mon1.litware.com", 480, 60, [1]],
      [8, "Copy the RTCCDR database backup back from the remote backup location", 21, 60, [1]],
      [9, "Copy the QoEMetrics database backup back from the remote backup location", 31, 60, [1]],
      [10, "Bring the standby pool drpool into service", 60, 90, [2, 3]],
      [11, "Bring the standby pool drpool2 into service", 60, 90, [2, 3]],
      [12, "Restore the last RTC backup of ocspool1 to a spare SQL Server instance at Dublin", 30, 90, [2]],
      [13, "Restore the last RTC backup of ocspool2 to a spare SQL Server instance at Dublin", 12, 90, [2]],
      [14, "Export ocspool2's user data from the spare instance with DBImpExp", 60, 102, [13]],
      [15, "Export ocspool1's user data from the spare instance with DBImpExp", 150, 120, [12]],
      [16, "Check pool drpool", 30, 150, [10]],
      [17, "Check pool drpool2", 30, 150, [11]],
      [18, "Bring drdir1.litware.com into service", 60, 180, [2, 3]],
      [19, "Move the users of ocspool1 to drpool", 60, 180, [16]],
      [20, "Move the users of ocspool2 to drpool2", 60, 240, [17]],
      [21, "Bring dredge1.litware.com into service", 60, 240, [2, 3]],
      [22, "Import the contact lists of ocspool1's users into drpool", 150, 270, [15, 19]],
      [23, "Point the internal DNS records at Dublin", 30, 300, [19, 20]],
      [24, "Import the contact lists of ocspool2's users into drpool2", 60, 300, [14, 20]],
      [25, "Point the Edge next hop at drpool, drpool2", 30, 300, [19, 20, 21]],
      [26, "Confirm Remote access and federation as a user", 30, 330, [18, 25]],
      [27, "Confirm Web conferencing as a user", 30, 330, [23]],
      [28, "Confirm A/V conferencing as a user", 30, 360, [23]],
      [29, "Confirm Application sharing as a user", 30, 360, [23]],
      [30, "Confirm IM and presence as a user", 30, 420, [18, 22, 23, 24]],
      [31, "Rebuild Windows on med1.litware.com", 120, 540, [4]],
      [32, "Rebuild Windows on arch1.litware.com", 120, 540, [5]],
      [33, "Install and activate Mediation on med1.litware.com", 90, 660, [3, 31]],
      [34, "Install SQL Server on arch1.litware.com", 60, 660, [32]],
      [35, "Restore LCSLog on arch1.litware.com", 144, 720, [6, 34]],
      [36, "Install the certificates on med1.litware.com", 30, 750, [33]],
      [37, "Import the machine-level settings of med1.litware.com", 15, 780, [36]],
      [38, "Check med1.litware.com", 30, 795, [37]],
      [39, "Confirm Enterprise Voice as a user", 30, 825, [23, 38]],
      [40, "Install and activate Archiving on arch1.litware.com", 90, 864, [3, 35]],
      [41, "Rebuild Windows on mon1.litware.com", 120, 864, [7]],
      [42, "Install the certificates on arch1.litware.com", 30, 954, [40]],
      [43, "Import the machine-level settings of arch1.litware.com", 15, 984, [42]],
      [44, "Install SQL Server on mon1.litware.com", 60, 984, [41]],
      [45, "Check arch1.litware.com", 30, 999, [43]],
      [46, "Confirm Archiving as a user", 30, 1029, [23, 45]],
      [47, "Restore RTCCDR on mon1.litware.com", 36, 1044, [8, 44]],
      [48, "Restore QoEMetrics on mon1.litware.com", 54, 1059, [9, 44]],
      [49, "Install and activate Monitoring on mon1.litware.com", 90, 1113, [3, 47, 48]],
      [50, "Install the certificates on mon1.litware.com", 30, 1203, [49]],
      [51, "Import the machine-level settings of mon1.litware.com", 15, 1233, [50]],
      [52, "Check mon1.litware.com", 30, 1248, [51]],
      [53, "Confirm Monitoring (CDR and QoE) as a user", 30, 1278, [23, 52]],
    ]);
    expect(Object.fromEntries(s.workloads.map((w) => [w.workload, w.rtoHours]))).toEqual({
      "im-presence": 7.5,
      "enterprise-voice": 14.25,
      "remote-access": 6,
      "web-conferencing": 6,
      "av-conferencing": 6.5,
      archiving: 17.65,
      monitoring: 21.8,
      "app-sharing": 6.5,
    });
    expect(s.steps.filter((x) => /^(Point|Bring)/.test(x.title)).map((x) => [x.order, x.detail])).toEqual([
      [10, "Start the services on its 1 server and SQL Server on drsql.litware.com, then check each server's state."],
      [11, "Start the services on its 1 server and SQL Server on drsql2.litware.com, then check each server's state."],
      [18, "Start the standby server's services and check its state."],
      [21, "Start the standby server's services and check its state."],
      [
        23,
        "Update the records users resolve inside the network (the pools' A records and the SIP service records) so they lead to drpool, drpool2 (inferred: the successors document the same names).",
      ],
      [
        25,
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
      [9, "Point the Mediation Servers' next hop back at ocspool1", 30, 180, [4]],
      [10, "Point the Mediation Servers' next hop back at ocspool2", 30, 210, [5]],
      [11, "Point the Edge servers and external DNS back at Redmond", 30, 210, [4, 5]],
      [12, "Confirm Enterprise Voice as a user", 30, 240, [6, 7, 9, 10]],
      [13, "Confirm Remote access and federation as a user", 30, 240, [11]],
      [14, "Confirm Web conferencing as a user", 30, 270, [6, 7]],
      [15, "Confirm A/V conferencing as a user", 30, 270, [6, 7]],
      [16, "Confirm Archiving as a user", 30, 300, [6, 7]],
      [17, "Confirm Monitoring (CDR and QoE) as a user", 30, 300, [6, 7]],
      [18, "Confirm Application sharing as a user", 30, 330, [6, 7]],
    ]);
  });
});
