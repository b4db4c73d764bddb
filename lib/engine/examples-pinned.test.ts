// The shared examples' numbers, pinned in one place: every runbook's RTO and its workloads' RTOs, and
// whole runbooks (every step's number, title, start, duration and who) for the key losses. When a
// change to the engine moves these numbers on purpose, update them here after checking the new ones
// by hand against the schedule.
// The literals were worked out by hand from the example files and the default assumptions (decision
// 60 min, Windows 120, SQL 60, OCS 90, certificates 30 or re-issue 240, import 15, check 30, reassign
// 60, AD restore 240, SQL restore 50 GB/h, hardware SLA as the example says; x1.5 when staff are not
// trained; a step starts when its dependencies have finished and an administrator is free), not
// computed with the planner's code.
// Every test plans inside its own body (never in a describe block), so a mutation run's per-test
// coverage links each test to the engine code it exercises.
import { describe, expect, it } from "vitest";
import type { Scenario } from "../formats/plan";
import { planDeployment } from "./plan";
import { enterprise, standard } from "./testing/fixtures";

const t = (h: number, m: number) => h * 60 + m;
const rows = (s: Scenario) =>
  s.steps.map((x) => [x.order, x.title, x.startMinute, x.minutes, x.waiting ? "runs by itself" : `admin ${x.assignee}`]);

describe("litware-enterprise-consolidated: loss of the back end of ocspool1 (2 trained admins, spare for sql01, backups 200 Mbit/s away)", () => {
  const s = () => planDeployment(enterprise()).scenarios.find((x) => x.id === "loss-of-back-end:ocspool1")!;

  it("runs in this order, at these times, by these people", () => {
    expect(rows(s())).toEqual([
      [1, "Assess the loss of sql01.litware.com, back end of ocspool1", 0, 60, "admin 1"],
      [2, "Stop the OCS services on the front ends of ocspool1", t(1, 0), 10, "admin 1"],
      [3, "Take the spare hardware for sql01.litware.com", t(1, 0), 0, "runs by itself"],
      // 25 GB x 8 x 1024 / 200 Mbit/s / 60 = 17.1 -> 18 min, while Windows is rebuilt.
      [4, "Copy the RTC database backup back from the remote backup location", t(1, 0), 18, "runs by itself"],
      [5, "Rebuild Windows on sql01.litware.com", t(1, 0), 120, "admin 2"],
      [6, "Install SQL Server on sql01.litware.com", t(3, 0), 60, "admin 2"],
      [7, "Create the databases of pool ocspool1 on sql01.litware.com", t(4, 0), 15, "admin 2"],
      // 25 GB at 50 GB/h.
      [8, "Restore RTC on sql01.litware.com", t(4, 15), 30, "admin 2"],
      [9, "Check the databases on sql01.litware.com", t(4, 45), 30, "admin 2"],
      [10, "Import the pool-level settings of ocspool1", t(5, 15), 15, "admin 1"],
      [11, "Restart ocspool1server1.litware.com and reapply its machine-level settings", t(5, 30), 15, "admin 2"],
      [12, "Restart ocspool1server2.litware.com and reapply its machine-level settings", t(5, 30), 15, "admin 1"],
      [13, "Check pool ocspool1", t(5, 45), 30, "admin 1"],
      [14, "Reassign the users of ocspool1", t(6, 15), 60, "admin 1"],
      // The user checks in pairs, most important workload first.
      [15, "Confirm IM and presence as a user", t(7, 15), 30, "admin 2"],
      [16, "Confirm Enterprise Voice as a user", t(7, 15), 30, "admin 1"],
      [17, "Confirm Remote access and federation as a user", t(7, 45), 30, "admin 2"],
      [18, "Confirm Web conferencing as a user", t(7, 45), 30, "admin 1"],
      [19, "Confirm A/V conferencing as a user", t(8, 15), 30, "admin 2"],
      [20, "Confirm Archiving as a user", t(8, 15), 30, "admin 1"],
      [21, "Confirm Monitoring (CDR and QoE) as a user", t(8, 45), 30, "admin 2"],
      [22, "Confirm Application sharing as a user", t(8, 45), 30, "admin 1"],
    ]);
  });

  it('waits for these steps (the runbook prints them as "after steps ...")', () => {
    // RTC restore after the stop (2), the copy (4) and the created databases (7); the pool check after
    // the database check, the pool import and both restarts.
    expect(s().steps.map((x) => x.dependsOn)).toEqual([
      [],
      [1],
      [1],
      [1],
      [3],
      [5],
      [6],
      [2, 4, 7],
      [8],
      [9],
      [10],
      [10],
      [9, 10, 11, 12],
      [13],
      [14],
      [14],
      [14],
      [14],
      [14],
      [14],
      [14],
      [14],
    ]);
  });

  it("brings IM back at 7.75 h (after its user check at T+7:45) against a 4 h target", () => {
    expect(s().workloads.find((w) => w.workload === "im-presence")).toMatchObject({ rtoHours: 7.75, targetHours: 4, meets: false });
    expect(s().rtoHours).toBe(9.25);
  });
});

describe("litware-standard: loss of the Standard Edition server (1 untrained admin, x1.5; 24 h hardware SLA; no certificate backup)", () => {
  const s = () => planDeployment(standard()).scenarios.find((x) => x.id === "loss-of-standard-edition:ocsse1")!;

  it("runs in this order, at these times", () => {
    const shares = "C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web";
    expect(rows(s())).toEqual([
      [1, "Assess the loss of Standard Edition server ocsse1.litware.com", 0, 90, "admin 1"],
      [2, "Get replacement hardware for ocsse1.litware.com", t(1, 30), 1440, "runs by itself"],
      [3, "Rebuild Windows on ocsse1.litware.com", t(25, 30), 180, "admin 1"],
      [4, "Install and activate Standard Edition server on ocsse1.litware.com", t(28, 30), 135, "admin 1"],
      // No certificate backup: re-issue, 240 x 1.5.
      [5, "Install the certificates on ocsse1.litware.com", t(30, 45), 360, "admin 1"],
      [6, "Stop the OCS services on ocsse1.litware.com", t(36, 45), 15, "admin 1"],
      // 3 GB at 50 GB/h = 3.6 -> 4 min (no untrained factor on a restore's own run time).
      [7, "Restore RTC on ocsse1.litware.com", t(37, 0), 4, "admin 1"],
      [8, "Restore the IIS configuration of ocsse1.litware.com", t(37, 4), 15, "admin 1"],
      [9, "Put the Address Book normalization rules file back on ocsse1.litware.com", t(37, 19), 15, "admin 1"],
      [10, "Import the pool-level settings of ocsse1", t(37, 34), 23, "admin 1"],
      [11, "Import the machine-level settings of ocsse1.litware.com", t(37, 57), 23, "admin 1"],
      [12, "Check ocsse1.litware.com", t(38, 20), 45, "admin 1"],
      [13, "Check pool ocsse1", t(39, 5), 45, "admin 1"],
      [14, "Reassign the users of ocsse1", t(39, 50), 90, "admin 1"],
      [15, "Confirm IM and presence as a user", t(41, 20), 45, "admin 1"],
      [16, "Confirm Enterprise Voice as a user", t(42, 5), 45, "admin 1"],
      // Meeting content (rank 3) after the checks of ranks 1 and 2.
      [17, `Restore the meeting-content share to ${shares}\\Web`, t(42, 50), 5, "admin 1"],
      [18, `Restore the meeting-metadata share to ${shares}\\Non-Web`, t(42, 55), 1, "admin 1"],
      [19, "Confirm Web conferencing as a user", t(42, 56), 45, "admin 1"],
      [20, "Confirm Archiving as a user", t(43, 41), 45, "admin 1"],
      [21, "Confirm A/V conferencing as a user", t(44, 26), 45, "admin 1"],
      [22, "Confirm Application sharing as a user", t(45, 11), 45, "admin 1"],
      [23, "Confirm Remote access and federation as a user", t(45, 56), 45, "admin 1"],
      [24, "Confirm Monitoring (CDR and QoE) as a user", t(46, 41), 45, "admin 1"],
    ]);
  });

  it("restores RTC into the server's SQL Express instance RTC after stopping its services", () => {
    const rtc = s().steps[6];
    expect(rtc.dependsOn).toEqual([6]);
    expect(rtc.command).toBe(
      "sqlcmd -S ocsse1.litware.com\\RTC -E -b -Q \"RESTORE DATABASE [RTC] FROM DISK = N'<backup destination>\\databases\\ocsse1.litware.com\\RTC-<latest stamp>.bak' WITH REPLACE\"",
    );
  });
});

const rtoTable = (plan: ReturnType<typeof planDeployment>) =>
  plan.scenarios.map((s) => [s.id, s.rtoHours, Object.fromEntries(s.workloads.map((w) => [w.workload, w.rtoHours]))]);

describe("litware-enterprise-consolidated: every runbook's RTO and its workloads' RTOs (hours)", () => {
  it("is this table", () => {
    // loss-of-pool: the front ends wait 8 h for hardware from T+1:00, then Windows, OCS, certificates,
    //   IIS, machine settings, server checks: T+13:55; pool check 14:25, reassign 15:25, the IM check
    //   15:55 = 15.92 h; the eighth check, two at a time, ends at 17:25 = 17.42 h (runbook below).
    // loss-of-back-end: IM 7.75 h, all 9.25 h (runbook below).
    // loss-of-active-directory: AD restore ends at T+5:00, prep checks and the global and pool imports
    //   at 5:45, the front ends' imports and checks at 6:45, the pool check at 7:15, the users' sign-in
    //   check at 8:15, the IM check at 8:45 = 8.75 h (runbook below).
    // loss-of-site: IM 19.17 h, Enterprise Voice 23.92 h (the examples' published figures).
    // loss-of-server (a front end): the other front end keeps serving, so every workload only runs at
    //   reduced capacity; the rebuild ends at 13.92 h (8 h hardware wait from T+1:00 included).
    // loss-of-server:dir1: IM and remote access come back at 2 h (decision 1 h, the Director taken out
    //   of the path 30 min, the user check 30 min); the Director is back in the path at T+14:15 = 14.25 h
    //   (hardware at 9:00, Windows, OCS, certificates, import, check: 13:45, then 30 min).
    expect(rtoTable(planDeployment(enterprise()))).toEqual([
      [
        "loss-of-active-directory",
        11.75,
        {
          "im-presence": 8.75,
          "enterprise-voice": 9.25,
          "remote-access": 9.75,
          "web-conferencing": 9.75,
          "av-conferencing": 10.25,
          archiving: 11,
          monitoring: 11.75,
          "app-sharing": 11.75,
        },
      ],
      [
        "loss-of-site:Redmond",
        45.07,
        {
          "im-presence": 19.17,
          "enterprise-voice": 23.92,
          "remote-access": 28.67,
          "web-conferencing": 29.17,
          "av-conferencing": 28.67,
          archiving: 37.82,
          monitoring: 45.07,
          "app-sharing": 45.07,
        },
      ],
      [
        "loss-of-pool:ocspool1",
        17.42,
        {
          "im-presence": 15.92,
          "enterprise-voice": 15.92,
          "remote-access": 16.42,
          "web-conferencing": 16.42,
          "av-conferencing": 16.92,
          archiving: 16.92,
          monitoring: 17.42,
          "app-sharing": 17.42,
        },
      ],
      [
        "loss-of-back-end:ocspool1",
        9.25,
        {
          "im-presence": 7.75,
          "enterprise-voice": 7.75,
          "remote-access": 8.25,
          "web-conferencing": 8.25,
          "av-conferencing": 8.75,
          archiving: 8.75,
          monitoring: 9.25,
          "app-sharing": 9.25,
        },
      ],
      [
        "loss-of-server:ocspool1server1.litware.com",
        13.92,
        {
          "im-presence": 13.92,
          "enterprise-voice": 13.92,
          "remote-access": 13.92,
          "web-conferencing": 13.92,
          "av-conferencing": 13.92,
          archiving: 13.92,
          monitoring: 13.92,
          "app-sharing": 13.92,
        },
      ],
      [
        "loss-of-server:ocspool1server2.litware.com",
        13.92,
        {
          "im-presence": 13.92,
          "enterprise-voice": 13.92,
          "remote-access": 13.92,
          "web-conferencing": 13.92,
          "av-conferencing": 13.92,
          archiving: 13.92,
          monitoring: 13.92,
          "app-sharing": 13.92,
        },
      ],
      ["loss-of-server:dir1.litware.com", 14.25, { "im-presence": 2, "remote-access": 2 }],
      ["loss-of-server:arch1.litware.com", 17.65, { archiving: 17.65 }],
      ["loss-of-server:mon1.litware.com", 16.75, { monitoring: 16.75 }],
      ["loss-of-server:med1.litware.com", 14.25, { "enterprise-voice": 14.25 }],
      ["loss-of-server:edge1.litware.com", 14.25, { "remote-access": 14.25 }],
    ]);
  });
});

describe("litware-standard: every runbook's RTO and its workloads' RTOs (hours)", () => {
  it("is this table", () => {
    // loss-of-standard-edition: the IM check ends at T+42:05 = 42.09 h, the last check at 47:25 =
    //   47.44 h (runbook above; one untrained admin, so every check is 45 min, one after another).
    expect(rtoTable(planDeployment(standard()))).toEqual([
      [
        "loss-of-active-directory",
        23.34,
        {
          "im-presence": 13.55,
          "enterprise-voice": 15.44,
          "web-conferencing": 16.19,
          archiving: 18.07,
          "av-conferencing": 21.09,
          "app-sharing": 21.84,
          "remote-access": 22.59,
          monitoring: 23.34,
        },
      ],
      [
        "loss-of-site:Redmond",
        100.59,
        {
          "im-presence": 42.09,
          "enterprise-voice": 55.22,
          "web-conferencing": 56.07,
          archiving: 71.1,
          "av-conferencing": 98.34,
          "app-sharing": 99.09,
          "remote-access": 99.84,
          monitoring: 100.59,
        },
      ],
      [
        "loss-of-standard-edition:ocsse1",
        47.44,
        {
          "im-presence": 42.09,
          "enterprise-voice": 42.84,
          "web-conferencing": 43.69,
          archiving: 44.44,
          "av-conferencing": 45.19,
          "app-sharing": 45.94,
          "remote-access": 46.69,
          monitoring: 47.44,
        },
      ],
      ["loss-of-server:arch1.litware.com", 40.54, { archiving: 40.54 }],
      ["loss-of-server:mon1.litware.com", 40.35, { monitoring: 40.35 }],
      ["loss-of-server:med1.litware.com", 38.64, { "enterprise-voice": 38.64 }],
      ["loss-of-server:edge1.litware.com", 38.64, { "remote-access": 38.64 }],
    ]);
  });
});

describe("litware-enterprise-consolidated: loss of pool ocspool1 (front ends without spares, 8 h hardware SLA)", () => {
  const s = () => planDeployment(enterprise()).scenarios.find((x) => x.id === "loss-of-pool:ocspool1")!;

  it("runs in this order, at these times, by these people", () => {
    expect(rows(s())).toEqual([
      [1, "Assess the loss of pool ocspool1", 0, 60, "admin 1"],
      [2, "Take the spare hardware for sql01.litware.com", t(1, 0), 0, "runs by itself"],
      // 25 GB x 8 x 1024 / 200 Mbit/s / 60 = 17.1 -> 18 min.
      [3, "Copy the RTC database backup back from the remote backup location", t(1, 0), 18, "runs by itself"],
      [4, "Rebuild Windows on sql01.litware.com", t(1, 0), 120, "admin 2"],
      [5, "Get replacement hardware for ocspool1server1.litware.com", t(1, 0), 480, "runs by itself"],
      [6, "Get replacement hardware for ocspool1server2.litware.com", t(1, 0), 480, "runs by itself"],
      [7, "Install SQL Server on sql01.litware.com", t(3, 0), 60, "admin 2"],
      [8, "Create the databases of pool ocspool1 on sql01.litware.com", t(4, 0), 15, "admin 2"],
      [9, "Restore RTC on sql01.litware.com", t(4, 15), 30, "admin 2"],
      [10, "Check the databases on sql01.litware.com", t(4, 45), 30, "admin 2"],
      // Table 17-9: the back end first. The pool-level settings go into the restored back end once it
      // is checked (T+5:15), not at T+1:00.
      [11, "Import the pool-level settings of ocspool1", t(5, 15), 15, "admin 1"],
      // Hardware arrives at T+9:00 (1:00 + 8 h).
      [12, "Rebuild Windows on ocspool1server1.litware.com", t(9, 0), 120, "admin 2"],
      [13, "Rebuild Windows on ocspool1server2.litware.com", t(9, 0), 120, "admin 1"],
      [14, "Install and activate Front end on ocspool1server1.litware.com", t(11, 0), 90, "admin 2"],
      [15, "Install and activate Front end on ocspool1server2.litware.com", t(11, 0), 90, "admin 1"],
      [16, "Install the certificates on ocspool1server1.litware.com", t(12, 30), 30, "admin 2"],
      [17, "Install the certificates on ocspool1server2.litware.com", t(12, 30), 30, "admin 1"],
      [18, "Restore the IIS configuration of ocspool1server1.litware.com", t(13, 0), 10, "admin 2"],
      [19, "Restore the IIS configuration of ocspool1server2.litware.com", t(13, 0), 10, "admin 1"],
      [20, "Import the machine-level settings of ocspool1server1.litware.com", t(13, 10), 15, "admin 2"],
      [21, "Import the machine-level settings of ocspool1server2.litware.com", t(13, 10), 15, "admin 1"],
      [22, "Check ocspool1server1.litware.com", t(13, 25), 30, "admin 2"],
      [23, "Check ocspool1server2.litware.com", t(13, 25), 30, "admin 1"],
      [24, "Check pool ocspool1", t(13, 55), 30, "admin 1"],
      [25, "Reassign the users of ocspool1", t(14, 25), 60, "admin 1"],
      [26, "Confirm IM and presence as a user", t(15, 25), 30, "admin 2"],
      [27, "Confirm Enterprise Voice as a user", t(15, 25), 30, "admin 1"],
      [28, "Confirm Remote access and federation as a user", t(15, 55), 30, "admin 2"],
      [29, "Confirm Web conferencing as a user", t(15, 55), 30, "admin 1"],
      [30, "Confirm A/V conferencing as a user", t(16, 25), 30, "admin 2"],
      [31, "Confirm Archiving as a user", t(16, 25), 30, "admin 1"],
      [32, "Confirm Monitoring (CDR and QoE) as a user", t(16, 55), 30, "admin 2"],
      [33, "Confirm Application sharing as a user", t(16, 55), 30, "admin 1"],
    ]);
  });

  it('waits for these steps (the runbook prints them as "after steps ...")', () => {
    // Each server's chain in order; the pool-level import after the database check (10); each front
    // end's machine import after the pool import (11) and its certificates; its check after its IIS
    // configuration and import; the pool check after the back end, the pool import and both servers.
    expect(s().steps.map((x) => x.dependsOn)).toEqual([
      [],
      [1],
      [1],
      [2],
      [1],
      [1],
      [4],
      [7],
      [3, 8],
      [9],
      [10],
      [5],
      [6],
      [10, 12],
      [10, 13],
      [14],
      [15],
      [14],
      [15],
      [11, 16],
      [11, 17],
      [18, 20],
      [19, 21],
      [10, 11, 22, 23],
      [24],
      [25],
      [25],
      [25],
      [25],
      [25],
      [25],
      [25],
      [25],
    ]);
  });

  it("imports the pool-level settings only after the RTC restore and the database check", () => {
    expect(s().steps[10].dependsOn).toEqual([10]);
    expect(s().steps[9].dependsOn).toEqual([9]);
    expect(s().steps[8].dependsOn).toEqual([3, 8]);
  });

  it("brings IM back at 15.92 h against a 4 h target", () => {
    expect(s().workloads.find((w) => w.workload === "im-presence")).toEqual({
      workload: "im-presence",
      rtoHours: 15.92,
      targetHours: 4,
      meets: false,
      impact: "outage",
    });
    expect(s().rtoHours).toBe(17.42);
  });
});

describe("litware-enterprise-consolidated: loss of Active Directory (settings re-imported, nothing rebuilt)", () => {
  const s = () => planDeployment(enterprise()).scenarios.find((x) => x.id === "loss-of-active-directory")!;

  it("runs in this order, at these times, by these people", () => {
    expect(rows(s())).toEqual([
      [1, "Assess the loss of Active Directory", 0, 60, "admin 1"],
      [2, "Restore Active Directory from its backup", t(1, 0), 240, "admin 1"],
      [3, "Check the forest preparation", t(5, 0), 15, "admin 1"],
      [4, "Check the domain preparation", t(5, 15), 15, "admin 1"],
      [5, "Import the global settings", t(5, 30), 15, "admin 1"],
      [6, "Import the pool-level settings of ocspool1", t(5, 45), 15, "admin 2"],
      // Import 15 + check 30.
      [7, "Import the machine-level settings of ocspool1server1.litware.com and check it", t(6, 0), 45, "admin 1"],
      [8, "Import the machine-level settings of ocspool1server2.litware.com and check it", t(6, 0), 45, "admin 2"],
      [9, "Import the machine-level settings of dir1.litware.com and check it", t(6, 45), 45, "admin 1"],
      [10, "Check pool ocspool1", t(6, 45), 30, "admin 2"],
      [11, "Check the users of ocspool1 sign in", t(7, 15), 60, "admin 2"],
      [12, "Check every pool", t(7, 30), 15, "admin 1"],
      // The Edge waits for the internal servers: the Director (ends 7:30) and the pool (ends 7:15).
      [13, "Checkpoint: the Edge servers' next hop answers", t(7, 30), 0, "runs by itself"],
      [14, "Import the machine-level settings of med1.litware.com and check it", t(7, 45), 45, "admin 1"],
      [15, "Confirm IM and presence as a user", t(8, 15), 30, "admin 2"],
      [16, "Import the machine-level settings of edge1.litware.com and check it", t(8, 30), 45, "admin 1"],
      [17, "Confirm Enterprise Voice as a user", t(8, 45), 30, "admin 2"],
      [18, "Confirm Remote access and federation as a user", t(9, 15), 30, "admin 2"],
      [19, "Confirm Web conferencing as a user", t(9, 15), 30, "admin 1"],
      [20, "Confirm A/V conferencing as a user", t(9, 45), 30, "admin 2"],
      [21, "Import the machine-level settings of arch1.litware.com and check it", t(9, 45), 45, "admin 1"],
      [22, "Confirm Archiving as a user", t(10, 30), 30, "admin 2"],
      [23, "Import the machine-level settings of mon1.litware.com and check it", t(10, 30), 45, "admin 1"],
      [24, "Confirm Monitoring (CDR and QoE) as a user", t(11, 15), 30, "admin 2"],
      [25, "Confirm Application sharing as a user", t(11, 15), 30, "admin 1"],
    ]);
  });

  it("imports the Edge settings only after the internal servers' checks (Director and pool)", () => {
    expect(s().steps[12].dependsOn).toEqual([9, 10]);
    expect(s().steps[15].dependsOn).toEqual([5, 13]);
  });
});
