// The shared examples' runbooks checked in full: every step's number, title, start, duration and who.
// The literals were worked out by hand from the example files and the default assumptions (decision
// 60 min, Windows 120, SQL 60, OCS 90, certificates 30 or re-issue 240, import 15, check 30, reassign
// 60, SQL restore 50 GB/h; x1.5 when staff are not trained), not computed with the planner's code.
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, standard } from "../testing/fixtures";

const t = (h: number, m: number) => h * 60 + m;
const rows = (s: Scenario) => s.steps.map((x) => [x.order, x.title, x.startMinute, x.minutes, x.waiting ? "runs by itself" : `admin ${x.assignee}`]);

describe("litware-enterprise-consolidated: loss of the back end of ocspool1 (2 trained admins, spare for sql01, backups 200 Mbit/s away)", () => {
  const s = planDeployment(enterprise()).scenarios.find((x) => x.id === "loss-of-back-end:ocspool1")!;

  it("runs in this order, at these times, by these people", () => {
    expect(rows(s)).toEqual([
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

  it("brings IM back at 7.75 h (after its user check at T+7:45) against a 4 h target", () => {
    expect(s.workloads.find((w) => w.workload === "im-presence")).toMatchObject({ rtoHours: 7.75, targetHours: 4, meets: false });
    expect(s.rtoHours).toBe(9.25);
  });
});

describe("litware-standard: loss of the Standard Edition server (1 untrained admin, x1.5; 24 h hardware SLA; no certificate backup)", () => {
  const s = planDeployment(standard()).scenarios.find((x) => x.id === "loss-of-standard-edition:ocsse1")!;

  it("runs in this order, at these times", () => {
    const shares = "C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web";
    expect(rows(s)).toEqual([
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
    const rtc = s.steps[6];
    expect(rtc.dependsOn).toEqual([6]);
    expect(rtc.command).toBe(
      "sqlcmd -S ocsse1.litware.com\\RTC -E -b -Q \"RESTORE DATABASE [RTC] FROM DISK = N'<backup destination>\\databases\\ocsse1.litware.com\\RTC-<latest stamp>.bak' WITH REPLACE\"",
    );
  });
});
