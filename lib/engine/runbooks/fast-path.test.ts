// The standby fast path (standby.ts, pool.ts, rebuild.ts), step by step: when a standby pool can take
// a lost pool's users, they move there first with their contact lists from the last RTC backup (D8,
// inferred), the rebuild in place follows, and a failback runbook brings them home.
// Worked by hand from the default assumptions (decision 60, standby activation 60, a check 30, moving
// a pool's users 60, DNS and next-hop changes 30, user checks 30; RTC 25 GB restored at 50 GB/h = 30
// and moved through DBImpExp at 10 GB/h = 150 each way) and two admins:
// - admin 1 brings drpool up 60-120, checks it 120-150, moves the users 150-210 and points the SIP
//   records at drpool 210-240: IM is confirmed 240-270 (4.5 h);
// - the Mediation Servers' next hop moves to drpool 240-270, Enterprise Voice is confirmed 270-300
//   (5 h); remote access needs no Edge change (the Director survives), confirmed 270-300;
// - the rebuild in place starts once every workload is served again (sql01 from 360).
// The Standard example (one untrained admin, every step 1.5 times as long, no Director): the Edge
// next hop is pointed at ocsse2 too, and pointed back in the failback.
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import type { RunbookStep } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterpriseWithStandbyPool, standardWithStandby } from "../testing/fixtures";

const scenario = (d: Deployment, id: string) => planDeployment(d).scenarios.find((x) => x.id === id)!;
const rows = (steps: RunbookStep[]) => steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.rules]);
const rtos = (p: { workloads: { workload: string; rtoHours: number }[] }) =>
  Object.fromEntries(p.workloads.map((w) => [w.workload, w.rtoHours]));

/**
 * The failback of both Enterprise runbooks: decision 0-60, pool check 60-90, the move back 90-150, SIP records 150-180;
 * since issue 25 the user checks go to whichever administrator is free, best rank first.
 */
const enterpriseFailback = [
  [1, "Decide to bring the users home to ocspool1", 60, 0, [], ["P1", "P5"]],
  [2, "Check pool ocspool1", 30, 60, [1], ["S7"]],
  [3, "Move the users of ocspool1 back from drpool", 60, 90, [2], ["Restore order", "P5"]],
  [4, "Point the SIP DNS records back at ocspool1", 30, 150, [3], ["P5", "S6"]],
  [5, "Point the Mediation Servers' next hop back at ocspool1", 30, 150, [3], ["P5"]],
  [6, "Confirm IM and presence as a user", 30, 180, [4], ["P1"]],
  [7, "Confirm Enterprise Voice as a user", 30, 180, [4, 5], ["P1"]],
  [8, "Confirm Remote access and federation as a user", 30, 210, [3], ["P1"]],
  [9, "Confirm Web conferencing as a user", 30, 210, [4], ["P1"]],
  [10, "Confirm A/V conferencing as a user", 30, 240, [4], ["P1"]],
  [11, "Confirm Archiving as a user", 30, 240, [4], ["P1"]],
  [12, "Confirm Monitoring (CDR and QoE) as a user", 30, 270, [4], ["P1"]],
  [13, "Confirm Application sharing as a user", 30, 270, [4], ["P1"]],
];

describe("fast path to a standby pool: [order, title, minutes, start, depends on, rules]", () => {
  it("loss of pool ocspool1: users on drpool first, the pool rebuilt in place afterwards", () => {
    // Issue 25 (checks after their data): the IM check waits for the contact-list import, so IM comes back
    // later and the checks of the other workloads, no longer queued behind it, earlier.
    const s = scenario(enterpriseWithStandbyPool(), "loss-of-pool:ocspool1");
    expect(rows(s.steps)).toEqual([
      [1, "Assess the loss of pool ocspool1", 60, 0, [], ["P1", "P5"]],
      [2, "Bring the standby pool drpool into service", 60, 60, [1], ["P5", "B8"]],
      [3, "Restore the last RTC backup of ocspool1 to a spare SQL Server instance", 30, 60, [1], ["D1", "D8"]],
      [4, "Take the spare hardware for sql01.litware.com", 0, 60, [1], ["B8"]],
      [5, "Copy the RTC database backup back from the remote backup location", 18, 60, [1], ["P5"]],
      [6, "Rebuild Windows on sql01.litware.com", 120, 60, [4], ["S3"]],
      [7, "Get replacement hardware for ocspool1server1.litware.com", 480, 60, [1], ["B8"]],
      [8, "Get replacement hardware for ocspool1server2.litware.com", 480, 60, [1], ["B8"]],
      [9, "Export ocspool1's user data from the spare instance with DBImpExp", 150, 90, [3], ["D8"]],
      [10, "Check pool drpool", 30, 120, [2], ["P5", "S7"]],
      [11, "Move the users of ocspool1 to drpool", 60, 150, [10], ["Restore order", "P5", "S7"]],
      [12, "Point the SIP DNS records at drpool if they name ocspool1", 30, 210, [11], ["P5", "S6"]],
      [13, "Point the Mediation Servers' next hop at drpool", 30, 210, [11], ["P5"]],
      [14, "Import the contact lists of ocspool1's users into drpool", 150, 240, [9, 11], ["D1", "D8"]],
      [15, "Confirm Enterprise Voice as a user", 30, 240, [12, 13], ["P1"]],
      [16, "Confirm Remote access and federation as a user", 30, 240, [11], ["P1"]],
      [17, "Confirm Web conferencing as a user", 30, 270, [12], ["P1"]],
      [18, "Confirm A/V conferencing as a user", 30, 270, [12], ["P1"]],
      [19, "Confirm Archiving as a user", 30, 300, [12], ["P1"]],
      [20, "Confirm Monitoring (CDR and QoE) as a user", 30, 300, [12], ["P1"]],
      [21, "Confirm Application sharing as a user", 30, 330, [12], ["P1"]],
      [22, "Install SQL Server on sql01.litware.com", 60, 330, [6], ["D1", "B9"]],
      [23, "Confirm IM and presence as a user", 30, 390, [12, 14], ["P1"]],
      [24, "Create the databases of pool ocspool1 on sql01.litware.com", 15, 390, [22], ["D2", "D3", "S7"]],
      [25, "Restore RTC on sql01.litware.com", 30, 405, [5, 24], ["D1", "D5", "D2", "D3"]],
      [26, "Check the databases on sql01.litware.com", 30, 435, [25], ["D1", "D4"]],
      [27, "Import the pool-level settings of ocspool1", 15, 465, [26], ["S7", "S2", "D2"]],
      [28, "Rebuild Windows on ocspool1server1.litware.com", 120, 540, [7], ["S3"]],
      [29, "Rebuild Windows on ocspool1server2.litware.com", 120, 540, [8], ["S3"]],
      [30, "Install and activate Front end on ocspool1server1.litware.com", 90, 660, [26, 28], ["S8"]],
      [31, "Install and activate Front end on ocspool1server2.litware.com", 90, 660, [26, 29], ["S8"]],
      [32, "Install the certificates on ocspool1server1.litware.com", 30, 750, [30], ["S6"]],
      [33, "Restore the IIS configuration of ocspool1server1.litware.com", 10, 750, [30], ["D9"]],
      [34, "Install the certificates on ocspool1server2.litware.com", 30, 760, [31], ["S6"]],
      [35, "Import the machine-level settings of ocspool1server1.litware.com", 15, 780, [27, 32], ["S7", "S3"]],
      [36, "Restore the IIS configuration of ocspool1server2.litware.com", 10, 790, [31], ["D9"]],
      [37, "Check ocspool1server1.litware.com", 30, 795, [33, 35], ["S7"]],
      [38, "Import the machine-level settings of ocspool1server2.litware.com", 15, 800, [27, 34], ["S7", "S3"]],
      [39, "Check ocspool1server2.litware.com", 30, 815, [36, 38], ["S7"]],
      [40, "Check pool ocspool1", 30, 845, [26, 27, 37, 39], ["S7"]],
    ]);
    expect(rtos(s)).toEqual({
      "im-presence": 7,
      "enterprise-voice": 4.5,
      "remote-access": 4.5,
      "web-conferencing": 5,
      "av-conferencing": 5,
      archiving: 5.5,
      monitoring: 5.5,
      "app-sharing": 6,
    });
    expect(rows(s.failback!.steps)).toEqual(enterpriseFailback);
  });

  it("loss of the back end sql01: the same fast path, the surviving front ends stopped before RTC is restored", () => {
    // Issue 25 (checks after their data): the IM check waits for the contact-list import, so IM comes back
    // later and the checks of the other workloads, no longer queued behind it, earlier.
    const s = scenario(enterpriseWithStandbyPool(), "loss-of-back-end:ocspool1");
    expect(rows(s.steps)).toEqual([
      [1, "Assess the loss of sql01.litware.com, back end of ocspool1", 60, 0, [], ["P1", "P5"]],
      [2, "Bring the standby pool drpool into service", 60, 60, [1], ["P5", "B8"]],
      [3, "Restore the last RTC backup of ocspool1 to a spare SQL Server instance", 30, 60, [1], ["D1", "D8"]],
      [4, "Stop the OCS services on the front ends of ocspool1", 10, 60, [1], ["D1", "S7"]],
      [5, "Take the spare hardware for sql01.litware.com", 0, 60, [1], ["B8"]],
      [6, "Copy the RTC database backup back from the remote backup location", 18, 60, [1], ["P5"]],
      [7, "Rebuild Windows on sql01.litware.com", 120, 70, [5], ["S3"]],
      [8, "Export ocspool1's user data from the spare instance with DBImpExp", 150, 90, [3], ["D8"]],
      [9, "Check pool drpool", 30, 120, [2], ["P5", "S7"]],
      [10, "Move the users of ocspool1 to drpool", 60, 150, [9], ["Restore order", "P5", "S7"]],
      [11, "Point the SIP DNS records at drpool if they name ocspool1", 30, 210, [10], ["P5", "S6"]],
      [12, "Point the Mediation Servers' next hop at drpool", 30, 210, [10], ["P5"]],
      [13, "Import the contact lists of ocspool1's users into drpool", 150, 240, [8, 10], ["D1", "D8"]],
      [14, "Confirm Enterprise Voice as a user", 30, 240, [11, 12], ["P1"]],
      [15, "Confirm Remote access and federation as a user", 30, 240, [10], ["P1"]],
      [16, "Confirm Web conferencing as a user", 30, 270, [11], ["P1"]],
      [17, "Confirm A/V conferencing as a user", 30, 270, [11], ["P1"]],
      [18, "Confirm Archiving as a user", 30, 300, [11], ["P1"]],
      [19, "Confirm Monitoring (CDR and QoE) as a user", 30, 300, [11], ["P1"]],
      [20, "Confirm Application sharing as a user", 30, 330, [11], ["P1"]],
      [21, "Install SQL Server on sql01.litware.com", 60, 330, [7], ["D1", "B9"]],
      [22, "Confirm IM and presence as a user", 30, 390, [11, 13], ["P1"]],
      [23, "Create the databases of pool ocspool1 on sql01.litware.com", 15, 390, [21], ["D2", "D3", "S7"]],
      [24, "Restore RTC on sql01.litware.com", 30, 405, [4, 6, 23], ["D1", "D5", "D2", "D3"]],
      [25, "Check the databases on sql01.litware.com", 30, 435, [24], ["D1", "D4"]],
      [26, "Import the pool-level settings of ocspool1", 15, 465, [25], ["S7", "S2", "D2"]],
      [27, "Restart ocspool1server1.litware.com and reapply its machine-level settings", 15, 480, [26], ["S7", "S3"]],
      [28, "Restart ocspool1server2.litware.com and reapply its machine-level settings", 15, 480, [26], ["S7", "S3"]],
      [29, "Check pool ocspool1", 30, 495, [25, 26, 27, 28], ["S7"]],
    ]);
    expect(rtos(s)).toEqual({
      "im-presence": 7,
      "enterprise-voice": 4.5,
      "remote-access": 4.5,
      "web-conferencing": 5,
      "av-conferencing": 5,
      archiving: 5.5,
      monitoring: 5.5,
      "app-sharing": 6,
    });
    expect(rows(s.failback!.steps)).toEqual(enterpriseFailback);
  });

  it("loss of Standard Edition server ocsse1: users on ocsse2 first, the Edge next hop moved there and back", () => {
    // Issue 25 (checks after their data): the IM check waits for the contact-list import, so IM comes back
    // later and the checks of the other workloads, no longer queued behind it, earlier.
    const s = scenario(standardWithStandby(), "loss-of-standard-edition:ocsse1");
    // A Standard Edition server's database is local: DBImpExp runs on ocsse2 itself, without /sqlserver.
    expect(s.steps.find((x) => x.title === "Import the contact lists of ocsse1's users into ocsse2")!.server).toBe("ocsse2.litware.com");
    expect(rows(s.steps)).toEqual([
      [1, "Assess the loss of Standard Edition server ocsse1.litware.com", 90, 0, [], ["P1", "P5"]],
      [2, "Bring the standby pool ocsse2 into service", 90, 90, [1], ["P5", "B8"]],
      [3, "Restore the last RTC backup of ocsse1 to a spare SQL Server instance", 4, 90, [1], ["D1", "D8"]],
      [4, "Get replacement hardware for ocsse1.litware.com", 1440, 90, [1], ["B8"]],
      [5, "Export ocsse1's user data from the spare instance with DBImpExp", 18, 94, [3], ["D8"]],
      [6, "Check pool ocsse2", 45, 180, [2], ["P5", "S7"]],
      [7, "Move the users of ocsse1 to ocsse2", 90, 225, [6], ["Restore order", "P5", "S7"]],
      [8, "Point the SIP DNS records at ocsse2 if they name ocsse1", 45, 315, [7], ["P5", "S6"]],
      [9, "Import the contact lists of ocsse1's users into ocsse2", 18, 315, [5, 7], ["D1", "D8"]],
      [10, "Confirm IM and presence as a user", 45, 360, [8, 9], ["P1"]],
      [11, "Point the Mediation Servers' next hop at ocsse2", 45, 405, [7], ["P5"]],
      [12, "Confirm Enterprise Voice as a user", 45, 450, [8, 11], ["P1"]],
      [13, "Confirm Web conferencing as a user", 45, 495, [8], ["P1"]],
      [14, "Confirm Archiving as a user", 45, 540, [8], ["P1"]],
      [15, "Point the Edge next hop at ocsse2", 45, 585, [7], ["P5", "S6"]],
      [16, "Confirm A/V conferencing as a user", 45, 630, [8], ["P1"]],
      [17, "Confirm Application sharing as a user", 45, 675, [8], ["P1"]],
      [18, "Confirm Remote access and federation as a user", 45, 720, [15], ["P1"]],
      [19, "Confirm Monitoring (CDR and QoE) as a user", 45, 765, [8], ["P1"]],
      [20, "Rebuild Windows on ocsse1.litware.com", 180, 1530, [4], ["S3"]],
      [21, "Install and activate Standard Edition server on ocsse1.litware.com", 135, 1710, [20], ["S8"]],
      [22, "Install the certificates on ocsse1.litware.com", 360, 1845, [21], ["S6"]],
      [23, "Stop the OCS services on ocsse1.litware.com", 15, 2205, [21], ["D1"]],
      [24, "Restore RTC on ocsse1.litware.com", 4, 2220, [23], ["D1", "D5", "D2", "D3"]],
      [25, "Restore the IIS configuration of ocsse1.litware.com", 15, 2224, [21], ["D9"]],
      [26, "Put the Address Book normalization rules file back on ocsse1.litware.com", 15, 2239, [21], ["D9", "D7"]],
      [27, "Import the pool-level settings of ocsse1", 23, 2254, [24], ["S7", "S2", "D2"]],
      [28, "Import the machine-level settings of ocsse1.litware.com", 23, 2277, [22, 24, 27], ["S7", "S3"]],
      [
        29,
        "Restore the meeting-content share to C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Web",
        5,
        2300,
        [21],
        ["D6"],
      ],
      [
        30,
        "Restore the meeting-metadata share to C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Non-Web",
        1,
        2305,
        [21],
        ["D6"],
      ],
      [31, "Check ocsse1.litware.com", 45, 2306, [25, 26, 28], ["S7"]],
      [32, "Check pool ocsse1", 45, 2351, [27, 31], ["S7"]],
    ]);
    expect(rtos(s)).toEqual({
      "im-presence": 6.75,
      "enterprise-voice": 8.25,
      "web-conferencing": 9,
      archiving: 9.75,
      "av-conferencing": 11.25,
      "app-sharing": 12,
      "remote-access": 12.75,
      monitoring: 13.5,
    });
    expect(rows(s.failback!.steps)).toEqual([
      [1, "Decide to bring the users home to ocsse1", 90, 0, [], ["P1", "P5"]],
      [2, "Check pool ocsse1", 45, 90, [1], ["S7"]],
      [3, "Move the users of ocsse1 back from ocsse2", 90, 135, [2], ["Restore order", "P5"]],
      [4, "Point the SIP DNS records back at ocsse1", 45, 225, [3], ["P5", "S6"]],
      [5, "Confirm IM and presence as a user", 45, 270, [4], ["P1"]],
      [6, "Point the Mediation Servers' next hop back at ocsse1", 45, 315, [3], ["P5"]],
      [7, "Confirm Enterprise Voice as a user", 45, 360, [4, 6], ["P1"]],
      [8, "Confirm Web conferencing as a user", 45, 405, [4], ["P1"]],
      [9, "Confirm Archiving as a user", 45, 450, [4], ["P1"]],
      [10, "Point the Edge next hop back at ocsse1", 45, 495, [3], ["P5", "S6"]],
      [11, "Confirm A/V conferencing as a user", 45, 540, [4], ["P1"]],
      [12, "Confirm Application sharing as a user", 45, 585, [4], ["P1"]],
      [13, "Confirm Remote access and federation as a user", 45, 630, [10], ["P1"]],
      [14, "Confirm Monitoring (CDR and QoE) as a user", 45, 675, [4], ["P1"]],
    ]);
  });
});

describe("fast path instructions: [order, phase, command, verify, runs by itself, assumption, instructions]", () => {
  // Every step of the fast path is inferred (facts 3.4, 3.5) and says so; the contact lists come
  // through DBImpExp from a spare instance (D8), imported with /sqlserver only into an Enterprise pool.
  const fast = (steps: RunbookStep[]) =>
    steps
      .filter(
        (x) =>
          x.order > 1 &&
          !x.title.startsWith("Confirm") &&
          !/hardware|Copy the|Rebuild|Install|Restore (RTC|the IIS|the meeting)|Create|Check the databases|Import the (pool|machine)|Stop|Put the|Check ocs|Check pool ocs/.test(
            x.title,
          ),
      )
      .map((x) => [x.order, x.phase, x.command ?? null, x.verify ?? false, x.waiting ?? false, x.assumption ?? null, x.detail]);
  const failback = (steps: RunbookStep[]) =>
    steps
      .filter((x) => !x.title.startsWith("Confirm"))
      .map((x) => [x.order, x.phase, x.command ?? null, x.verify ?? false, x.assumption ?? null, x.detail]);

  it("loss of pool ocspool1 (a Director: the Edge keeps its next hop)", () => {
    const s = scenario(enterpriseWithStandbyPool(), "loss-of-pool:ocspool1");
    expect(fast(s.steps)).toEqual([
      [
        2,
        "Assess the loss",
        null,
        true,
        false,
        "standbyActivationMinutes",
        "Inferred: start the OCS services on its 1 server if they are not running, and check it can take ocspool1's users as well as its own (sizing).",
      ],
      [
        3,
        "Reassign users",
        null,
        true,
        true,
        "sqlRestoreGbPerHour",
        "Inferred: restore ocspool1's RTC backup (25 GB) under a spare instance (never over drpool's own RTC), only to read the users' contact lists from it (D8). It runs by itself.",
      ],
      [
        9,
        "Reassign users",
        "dbimpexp.exe /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:<spare SQL instance>",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: DBImpExp writes the contact lists, permissions and meetings of the restored RTC database to XML. Start it and let it run.",
      ],
      [
        10,
        "Assess the loss",
        "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:drpool",
        false,
        false,
        "validationMinutes",
        "Check the standby pool's state before moving users onto it.",
      ],
      [
        11,
        "Reassign users",
        null,
        true,
        false,
        "userReassignMinutes",
        "Inferred: rehome the users of ocspool1 on the standby pool drpool with the Move Users wizard (Active Directory Users and Computers or the OCS snap-in) and its force option, since ocspool1 does not answer. The option's exact wording is unconfirmed. Users sign in again with empty contact lists until the contact lists are imported.",
      ],
      [
        12,
        "Reassign users",
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Inferred: if the SIP service records or the pool's A record lead clients to ocspool1, point them at drpool so moved users find their new home pool (the successors document the same names).",
      ],
      [
        13,
        "Mediation Servers",
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Inferred: Mediation Servers send calls to a pool; set the next hop of those that name ocspool1 to drpool (Mediation Server properties in the OCS snap-in) while ocspool1 is down. The model does not record next hops: most likely med1.litware.com.",
      ],
      [
        14,
        "Reassign users",
        "dbimpexp.exe /import /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:sqldr.litware.com /restype:all",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: load the exported user data into drpool now that the users are homed there; it runs by itself.",
      ],
    ]);
    expect(failback(s.failback!.steps)).toEqual([
      [
        1,
        "Assess the loss",
        null,
        false,
        "decisionMinutes",
        "Pick a quiet time once ocspool1 has been rebuilt and checked, and warn the users: each of them signs in again after the move.",
      ],
      [
        2,
        "Reassign users",
        "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocspool1",
        false,
        "validationMinutes",
        "The rebuilt pool must pass its checks before users move back.",
      ],
      [
        3,
        "Reassign users",
        null,
        true,
        "userReassignMinutes",
        "Inferred: with both pools answering, move the users with the Move Users wizard without the force option; their contact lists move with them.",
      ],
      [4, "Reassign users", null, true, "dnsUpdateMinutes", "Inferred: undo the DNS changes of the switch-over, if any were made."],
      [
        5,
        "Mediation Servers",
        null,
        true,
        "dnsUpdateMinutes",
        "Inferred: undo the Mediation Servers' next-hop change of the switch-over, if one was made.",
      ],
    ]);
  });

  it("loss of Standard Edition server ocsse1 (no Director: the Edge next hop moves too)", () => {
    const s = scenario(standardWithStandby(), "loss-of-standard-edition:ocsse1");
    expect(fast(s.steps)).toEqual([
      [
        2,
        "Assess the loss",
        null,
        true,
        false,
        "standbyActivationMinutes",
        "Inferred: start the OCS services on its 1 server if they are not running, and check it can take ocsse1's users as well as its own (sizing).",
      ],
      [
        3,
        "Reassign users",
        null,
        true,
        true,
        "sqlRestoreGbPerHour",
        "Inferred: restore ocsse1's RTC backup (3 GB) under a spare instance (never over ocsse2's own RTC), only to read the users' contact lists from it (D8). It runs by itself.",
      ],
      [
        5,
        "Reassign users",
        "dbimpexp.exe /hrxmlfile:<dir>\\ocsse1-userdata.xml /sqlserver:<spare SQL instance>",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: DBImpExp writes the contact lists, permissions and meetings of the restored RTC database to XML. Start it and let it run.",
      ],
      [
        7,
        "Reassign users",
        null,
        true,
        false,
        "userReassignMinutes",
        "Inferred: rehome the users of ocsse1 on the standby pool ocsse2 with the Move Users wizard (Active Directory Users and Computers or the OCS snap-in) and its force option, since ocsse1 does not answer. The option's exact wording is unconfirmed. Users sign in again with empty contact lists until the contact lists are imported.",
      ],
      [
        8,
        "Reassign users",
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Inferred: if the SIP service records or the pool's A record lead clients to ocsse1, point them at ocsse2 so moved users find their new home pool (the successors document the same names).",
      ],
      [
        9,
        "Reassign users",
        "dbimpexp.exe /import /hrxmlfile:<dir>\\ocsse1-userdata.xml /restype:all",
        true,
        true,
        "userDataGbPerHour",
        "Inferred: load the exported user data into ocsse2 now that the users are homed there; it runs by itself. Run it on ocsse2.litware.com itself: a Standard Edition server's database is local, so the command names no SQL Server.",
      ],
      [
        11,
        "Mediation Servers",
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Inferred: Mediation Servers send calls to a pool; set the next hop of those that name ocsse1 to ocsse2 (Mediation Server properties in the OCS snap-in) while ocsse1 is down. The model does not record next hops: most likely med1.litware.com.",
      ],
      [
        15,
        "Edge Servers",
        null,
        true,
        false,
        "dnsUpdateMinutes",
        "Inferred: there is no Director, so the Edge server edge1.litware.com sends internal traffic to a pool: set its next hop to ocsse2 (Edge properties in the OCS snap-in) while ocsse1 is down.",
      ],
    ]);
    expect(failback(s.failback!.steps)).toEqual([
      [
        1,
        "Assess the loss",
        null,
        false,
        "decisionMinutes",
        "Pick a quiet time once ocsse1 has been rebuilt and checked, and warn the users: each of them signs in again after the move.",
      ],
      [
        2,
        "Reassign users",
        "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocsse1",
        false,
        "validationMinutes",
        "The rebuilt pool must pass its checks before users move back.",
      ],
      [
        3,
        "Reassign users",
        null,
        true,
        "userReassignMinutes",
        "Inferred: with both pools answering, move the users with the Move Users wizard without the force option; their contact lists move with them.",
      ],
      [4, "Reassign users", null, true, "dnsUpdateMinutes", "Inferred: undo the DNS changes of the switch-over, if any were made."],
      [
        6,
        "Mediation Servers",
        null,
        true,
        "dnsUpdateMinutes",
        "Inferred: undo the Mediation Servers' next-hop change of the switch-over, if one was made.",
      ],
      [10, "Edge Servers", null, true, "dnsUpdateMinutes", "Inferred: set the next hop of edge1.litware.com back to ocsse1."],
    ]);
  });
});
