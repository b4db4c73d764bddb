// An expanded pool with the collocations real deployments have (rebuild.ts, server-chain.ts):
// separate Web Components, Web Conferencing, A/V and Application Sharing Conferencing servers, LCSLog
// on the pool's back end, the meeting content and the address book on the Web Components server, a
// separate A/V Edge, and no record of a certificate backup. [order, title, minutes, start, depends
// on, rules].
// Worked by hand from the default assumptions and two admins:
// - the back end first (spare hardware): Windows 60-180, SQL Server 180-240, the pool's databases
//   240-255, RTC 255-285 (its copy 60-78), checked 285-315, the pool level 315-330 (table 17-9);
// - the front ends from 540 (hardware), checked by 825; the front ends' check 825-855 lets users be
//   reassigned 855-915 and IM be confirmed 915-945 (15.75 h) without waiting for the conferencing
//   servers (P1); the whole pool is checked with all its members at the end, before application
//   sharing is confirmed;
// - the Web Components server gets its IIS configuration (D9), the normalization rules file into the
//   address book folder (D9, not the address book files: D7) and its meeting content (D6) before its
//   check; LCSLog is restored on the back end after the core service, and only archiving waits for it.
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { planDeployment } from "../plan";
import { expandedWithCollocations as expanded } from "../testing/fixtures";

const scenario = (d: Deployment, id: string) => planDeployment(d).scenarios.find((x) => x.id === id)!;
const rows = (d: Deployment, id: string) =>
  scenario(d, id).steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.rules]);
const rtos = (d: Deployment, id: string) => Object.fromEntries(scenario(d, id).workloads.map((w) => [w.workload, w.rtoHours]));

describe("an expanded pool with collocated data and a separate A/V Edge", () => {
  it("loss of the pool", () => {
    const d = expanded();
    expect(rows(d, "loss-of-pool:ocspool1")).toEqual([
      [1, "Assess the loss of pool ocspool1", 60, 0, [], ["P1", "P5"]],
      [2, "Take the spare hardware for sql01.litware.com", 0, 60, [1], ["B8"]],
      [3, "Copy the RTC database backup back from the remote backup location", 18, 60, [1], ["P5"]],
      [4, "Rebuild Windows on sql01.litware.com", 120, 60, [2], ["S3"]],
      [5, "Get replacement hardware for ocspool1server1.litware.com", 480, 60, [1], ["B8"]],
      [6, "Get replacement hardware for ocspool1server2.litware.com", 480, 60, [1], ["B8"]],
      [7, "Get replacement hardware for web1.litware.com", 480, 60, [1], ["B8"]],
      [8, "Copy the meeting-content share backup back from the remote backup location", 41, 60, [1], ["P5"]],
      [9, "Get replacement hardware for conf1.litware.com", 480, 60, [1], ["B8"]],
      [10, "Get replacement hardware for avc1.litware.com", 480, 60, [1], ["B8"]],
      [11, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1], ["P5"]],
      [12, "Get replacement hardware for as1.litware.com", 480, 60, [1], ["B8"]],
      [13, "Install SQL Server on sql01.litware.com", 60, 180, [4], ["D1", "B9"]],
      [14, "Create the databases of pool ocspool1 on sql01.litware.com", 15, 240, [13], ["D2", "D3", "S7"]],
      [15, "Restore RTC on sql01.litware.com", 30, 255, [3, 14], ["D1", "D5", "D2", "D3"]],
      [16, "Restore LCSLog on sql01.litware.com", 144, 255, [11, 14], ["D4", "D5"]],
      [17, "Check the databases on sql01.litware.com", 30, 285, [15], ["D1", "D4"]],
      [18, "Import the pool-level settings of ocspool1", 15, 315, [17], ["S7", "S2", "D2"]],
      [19, "Rebuild Windows on ocspool1server1.litware.com", 120, 540, [5], ["S3"]],
      [20, "Rebuild Windows on ocspool1server2.litware.com", 120, 540, [6], ["S3"]],
      [21, "Install and activate Front end on ocspool1server1.litware.com", 90, 660, [17, 19], ["S8"]],
      [22, "Install and activate Front end on ocspool1server2.litware.com", 90, 660, [17, 20], ["S8"]],
      [23, "Install the certificates on ocspool1server1.litware.com", 30, 750, [21], ["S6"]],
      [24, "Install the certificates on ocspool1server2.litware.com", 30, 750, [22], ["S6"]],
      [25, "Import the machine-level settings of ocspool1server1.litware.com", 15, 780, [18, 23], ["S7", "S3"]],
      [26, "Import the machine-level settings of ocspool1server2.litware.com", 15, 780, [18, 24], ["S7", "S3"]],
      [27, "Check ocspool1server1.litware.com", 30, 795, [25], ["S7"]],
      [28, "Check ocspool1server2.litware.com", 30, 795, [26], ["S7"]],
      [29, "Check the front ends of pool ocspool1", 30, 825, [17, 18, 27, 28], ["S7"]],
      [30, "Reassign the users of ocspool1", 60, 855, [29], ["Restore order", "S7"]],
      [31, "Confirm IM and presence as a user", 30, 915, [30], ["P1"]],
      [32, "Confirm Enterprise Voice as a user", 30, 915, [30], ["P1"]],
      [33, "Confirm Remote access and federation as a user", 30, 945, [30], ["P1"]],
      [34, "Rebuild Windows on web1.litware.com", 120, 945, [7], ["S3"]],
      [35, "Confirm Archiving as a user", 30, 975, [16, 30], ["P1"]],
      [36, "Confirm Monitoring (CDR and QoE) as a user", 30, 1005, [30], ["P1"]],
      [37, "Install and activate Web Components on web1.litware.com", 90, 1065, [17, 34], ["S8"]],
      [38, "Install the certificates on web1.litware.com", 30, 1155, [37], ["S6"]],
      [39, "Restore the IIS configuration of web1.litware.com", 10, 1155, [37], ["D9"]],
      [40, "Put the Address Book normalization rules file back on web1.litware.com", 10, 1165, [37], ["D9", "D7"]],
      [41, "Restore the meeting-content share to \\\\web1\\ocs\\meetings", 36, 1175, [8, 37], ["D6"]],
      [42, "Import the machine-level settings of web1.litware.com", 15, 1185, [18, 38], ["S7", "S3"]],
      [43, "Check web1.litware.com", 30, 1211, [39, 40, 41, 42], ["S7"]],
      [44, "Rebuild Windows on conf1.litware.com", 120, 1211, [9], ["S3"]],
      [45, "Install and activate Web Conferencing on conf1.litware.com", 90, 1331, [17, 44], ["S8"]],
      [46, "Rebuild Windows on avc1.litware.com", 120, 1331, [10], ["S3"]],
      [47, "Install the certificates on conf1.litware.com", 30, 1421, [45], ["S6"]],
      [48, "Import the machine-level settings of conf1.litware.com", 15, 1451, [18, 47], ["S7", "S3"]],
      [49, "Install and activate A/V Conferencing on avc1.litware.com", 90, 1451, [17, 46], ["S8"]],
      [50, "Check conf1.litware.com", 30, 1466, [48], ["S7"]],
      [51, "Confirm Web conferencing as a user", 30, 1496, [30, 43, 50], ["P1"]],
      [52, "Install the certificates on avc1.litware.com", 30, 1541, [49], ["S6"]],
      [53, "Rebuild Windows on as1.litware.com", 120, 1541, [12], ["S3"]],
      [54, "Import the machine-level settings of avc1.litware.com", 15, 1571, [18, 52], ["S7", "S3"]],
      [55, "Check avc1.litware.com", 30, 1586, [54], ["S7"]],
      [56, "Confirm A/V conferencing as a user", 30, 1616, [30, 55], ["P1"]],
      [57, "Install and activate Application Sharing Conferencing on as1.litware.com", 90, 1661, [17, 53], ["S8"]],
      [58, "Install the certificates on as1.litware.com", 30, 1751, [57], ["S6"]],
      [59, "Import the machine-level settings of as1.litware.com", 15, 1781, [18, 58], ["S7", "S3"]],
      [60, "Check as1.litware.com", 30, 1796, [59], ["S7"]],
      [61, "Confirm Application sharing as a user", 30, 1826, [30, 60], ["P1"]],
      [62, "Check pool ocspool1 with all its members", 30, 1826, [29, 43, 50, 55, 60], ["S7"]],
    ]);
    expect(rtos(d, "loss-of-pool:ocspool1")).toEqual({
      "im-presence": 15.75,
      "enterprise-voice": 15.75,
      "remote-access": 16.25,
      "web-conferencing": 25.44,
      "av-conferencing": 27.44,
      archiving: 16.75,
      monitoring: 17.25,
      "app-sharing": 30.94,
    });
  });

  it("loss of the Web Components server: IIS, the normalization rules file and the meeting content come back before its check", () => {
    const d = expanded();
    expect(rows(d, "loss-of-server:web1.litware.com")).toEqual([
      [1, "Assess the loss of web1.litware.com", 60, 0, [], ["P1", "P5"]],
      [2, "Get replacement hardware for web1.litware.com", 480, 60, [1], ["B8"]],
      [3, "Copy the meeting-content share backup back from the remote backup location", 41, 60, [1], ["P5"]],
      [4, "Rebuild Windows on web1.litware.com", 120, 540, [2], ["S3"]],
      [5, "Install and activate Web Components on web1.litware.com", 90, 660, [4], ["S8"]],
      [6, "Install the certificates on web1.litware.com", 30, 750, [5], ["S6"]],
      [7, "Restore the IIS configuration of web1.litware.com", 10, 750, [5], ["D9"]],
      [8, "Put the Address Book normalization rules file back on web1.litware.com", 10, 760, [5], ["D9", "D7"]],
      [9, "Restore the meeting-content share to \\\\web1\\ocs\\meetings", 36, 770, [3, 5], ["D6"]],
      [10, "Import the machine-level settings of web1.litware.com", 15, 780, [6], ["S7", "S3"]],
      [11, "Check web1.litware.com", 30, 806, [7, 8, 9, 10], ["S7"]],
      [12, "Confirm Web conferencing as a user", 30, 836, [11], ["P1"]],
    ]);
    expect(
      scenario(d, "loss-of-server:web1.litware.com").steps.map((x) => [x.order, x.server ?? null, x.command ?? null, x.detail]),
    ).toEqual([
      [
        1,
        null,
        null,
        "Confirm what was lost and that it cannot be repaired in place, pick this runbook, warn users, and check that the backups and settings exports it needs can be read.",
      ],
      [2, "web1.litware.com", null, "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8)."],
      [3, null, null, "About 60 GB over 200 Mbit/s; it runs while the server is rebuilt (P5)."],
      [
        4,
        "web1.litware.com",
        null,
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      ],
      [
        5,
        "web1.litware.com",
        null,
        "Run Setup for Web Components and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      ],
      [
        6,
        "web1.litware.com",
        null,
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): import them from the certificate backup if one exists, otherwise request new ones (S6).",
      ],
      [
        7,
        "web1.litware.com",
        'robocopy "<backup destination>\\iis\\web1.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
        "LCSCmd and the database backups do not hold it (D9). The job pack copies the IIS configuration into a dated folder under <destination>\\iis\\<server>: on Windows Server 2008, copy the newest config folder back as below, then restart IIS (iisreset). On Windows Server 2003 that folder holds a metabase backup (MetaBack) instead: copy its files into %SystemRoot%\\system32\\inetsrv\\MetaBack and restore them with cscript %SystemRoot%\\system32\\iisback.vbs /restore /b OCS-<latest stamp> (inferred: the sources name only the 2008 folder).",
      ],
      [
        8,
        "web1.litware.com",
        'robocopy "<backup destination>\\shares\\normalization-rules\\<latest stamp>" "\\\\web1\\ocs\\abs" Company_Phone_Number_Normalization_Rules.txt /R:1 /W:1',
        "The address book files are regenerated (D7), but the normalization rules file is written by hand and must come back from its backup (D9): copy Company_Phone_Number_Normalization_Rules.txt into the Address Book files folder.",
      ],
      [
        9,
        "web1.litware.com",
        null,
        "Copy the backup back with robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003); the path must stay the one the server was set up with.",
      ],
      [
        10,
        "web1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\web1.litware.com-machine-<latest stamp>.xml" /fqdn:web1.litware.com',
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      ],
      [
        11,
        "web1.litware.com",
        "lcscmd /server:web1.litware.com /action:CheckLCServerState",
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. The address book files are not restored: the User Replicator regenerates them (D7).",
      ],
      [12, null, null, "Join a meeting scheduled before the loss and open the content uploaded to it."],
    ]);
  });

  it("loss of the separate A/V Edge server", () => {
    expect(rows(expanded(), "loss-of-server:avedge1.litware.com")).toEqual([
      [1, "Assess the loss of avedge1.litware.com", 60, 0, [], ["P1", "P5"]],
      [2, "Get replacement hardware for avedge1.litware.com", 480, 60, [1], ["B8"]],
      [3, "Rebuild Windows on avedge1.litware.com", 120, 540, [2], ["S3"]],
      [4, "Install and activate A/V Edge on avedge1.litware.com", 90, 660, [3], ["S8"]],
      [5, "Install the certificates on avedge1.litware.com", 30, 750, [4], ["S6"]],
      [6, "Import the machine-level settings of avedge1.litware.com", 15, 780, [5], ["S7", "S3"]],
      [7, "Check avedge1.litware.com", 30, 795, [6], ["S7"]],
      [8, "Confirm Remote access and federation as a user", 30, 825, [7], ["P1"]],
    ]);
  });
});
