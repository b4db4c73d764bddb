// Loss of Active Directory (active-directory.ts), step by step: the dependencies and rules of the
// Enterprise example's restore path (its times are pinned in examples-pinned.test.ts), and both
// examples' rebuild path, which the restore path keeps as its alternative.
// Worked by hand from the default assumptions: a forest rebuild takes 960 min, the preparation 60 min
// in five steps of 12, a settings import 15, an import with its check 45, activating an OCS role 90,
// DBImpExp 10 GB/h (RTC 25 GB: 150 min), a pool's users 60; the Standard example's single untrained
// admin takes 1.5 times as long on every step (decision 90, forest 1440, preparation 18, ...).
// Rules: D8 (the user data is exported before the forest is rebuilt and imported after the pool is
// back, before the users are enabled again), S1 (preparation), S7/S3 (imports), table 17-9 (the
// Edge server is activated only once the pool and the Director are checked).
import { describe, expect, it } from "vitest";
import type { RunbookStep, Scenario } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, expandedWithCollocations, standard } from "../testing/fixtures";

const ad = (d: ReturnType<typeof enterprise>): Scenario => planDeployment(d).scenarios.find((x) => x.id === "loss-of-active-directory")!;
const rows = (steps: RunbookStep[]) => steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.rules]);
const commands = (steps: RunbookStep[]) => steps.filter((x) => x.command).map((x) => [x.order, x.server, x.command]);
const rtos = (p: { workloads: { workload: string; rtoHours: number }[] }) => Object.fromEntries(p.workloads.map((w) => [w.workload, w.rtoHours]));

describe("litware-enterprise-consolidated: loss of Active Directory", () => {
  it("restored from backup: [order, title, minutes, start, depends on, rules]", () => {
    expect(rows(ad(enterprise()).steps)).toEqual([
      [1, "Assess the loss of Active Directory", 60, 0, [], ["P1", "P5"]],
      [2, "Restore Active Directory from its backup", 240, 60, [1], ["S6", "S1", "Restore order"]],
      [3, "Check the forest preparation", 15, 300, [2], ["S1"]],
      [4, "Check the domain preparation", 15, 315, [2], ["S1"]],
      [5, "Import the global settings", 15, 330, [3, 4], ["S7", "S1", "S2"]],
      [6, "Import the pool-level settings of ocspool1", 15, 345, [5], ["S7", "S2", "D2"]],
      [7, "Import the machine-level settings of ocspool1server1.litware.com and check it", 45, 360, [6], ["S7", "S3"]],
      [8, "Import the machine-level settings of ocspool1server2.litware.com and check it", 45, 360, [6], ["S7", "S3"]],
      [9, "Import the machine-level settings of dir1.litware.com and check it", 45, 405, [5], ["S7", "S3"]],
      [10, "Check pool ocspool1", 30, 405, [6, 7, 8], ["S7"]],
      [11, "Check the users of ocspool1 sign in", 60, 435, [10], ["Restore order", "S7"]],
      [12, "Check every pool", 15, 450, [10], ["S7"]],
      [13, "Checkpoint: the Edge servers' next hop answers", 0, 450, [9, 10], ["Restore order"]],
      [14, "Import the machine-level settings of med1.litware.com and check it", 45, 465, [5], ["S7", "S3"]],
      [15, "Confirm IM and presence as a user", 30, 495, [9, 11, 12], ["P1"]],
      [16, "Import the machine-level settings of edge1.litware.com and check it", 45, 510, [5, 13], ["S7", "S3"]],
      [17, "Confirm Enterprise Voice as a user", 30, 525, [11, 12, 14], ["P1"]],
      [18, "Confirm Remote access and federation as a user", 30, 555, [11, 12, 16], ["P1"]],
      [19, "Confirm Web conferencing as a user", 30, 555, [11, 12], ["P1"]],
      [20, "Confirm A/V conferencing as a user", 30, 585, [11, 12], ["P1"]],
      [21, "Import the machine-level settings of arch1.litware.com and check it", 45, 585, [5], ["S7", "S3"]],
      [22, "Confirm Archiving as a user", 30, 630, [11, 12, 21], ["P1"]],
      [23, "Import the machine-level settings of mon1.litware.com and check it", 45, 630, [5], ["S7", "S3"]],
      [24, "Confirm Monitoring (CDR and QoE) as a user", 30, 675, [11, 12, 23], ["P1"]],
      [25, "Confirm Application sharing as a user", 30, 675, [11, 12], ["P1"]],
    ]);
  });

  it("rebuilt: the user data exported before the forest, the pool recreated, every server activated, the user data imported before the users", () => {
    // IM: the pool is checked 1410-1440, its user data imported 1440-1590, the users enabled
    // 1590-1650, every pool checked 1650-1665, IM confirmed 1665-1695 = 28.25 h.
    const rebuilt = ad(enterprise()).alternatives![0];
    expect(rows(rebuilt.steps)).toEqual([
      [1, "Assess the loss of Active Directory", 60, 0, [], ["P1", "P5"]],
      [2, "Export the user data of ocspool1 with DBImpExp", 150, 60, [1], ["D8"]],
      [3, "Rebuild the Active Directory forest", 960, 210, [1, 2], ["S6", "D8", "Restore order"]],
      [4, "Run SchemaPrep", 12, 1170, [3], ["S1", "D8"]],
      [5, "Run ForestPrep", 12, 1182, [4], ["S1", "D8"]],
      [6, "Check the forest preparation", 12, 1194, [5], ["S1", "D8"]],
      [7, "Run DomainPrep", 12, 1206, [6], ["S1", "D8"]],
      [8, "Check the domain preparation", 12, 1218, [7], ["S1", "D8"]],
      [9, "Import the global settings", 15, 1230, [8], ["S7", "S1", "S2"]],
      [10, "Recreate the pool ocspool1 in Active Directory", 15, 1245, [9], ["S7", "D8"]],
      [11, "Import the pool-level settings of ocspool1", 15, 1260, [10], ["S7", "S2", "D2"]],
      [12, "Activate ocspool1server1.litware.com again", 90, 1275, [11], ["S7", "D8"]],
      [13, "Activate ocspool1server2.litware.com again", 90, 1275, [11], ["S7", "D8"]],
      [14, "Import the machine-level settings of ocspool1server1.litware.com and check it", 45, 1365, [12], ["S7", "S3"]],
      [15, "Import the machine-level settings of ocspool1server2.litware.com and check it", 45, 1365, [13], ["S7", "S3"]],
      [16, "Activate dir1.litware.com again", 90, 1410, [9], ["S7", "D8"]],
      [17, "Check pool ocspool1", 30, 1410, [11, 14, 15], ["S7"]],
      [18, "Import the user data of ocspool1 with DBImpExp", 150, 1440, [17], ["D8"]],
      [19, "Import the machine-level settings of dir1.litware.com and check it", 45, 1500, [16], ["S7", "S3"]],
      [20, "Activate med1.litware.com again", 90, 1545, [9], ["S7", "D8"]],
      [21, "Checkpoint: the Edge servers' next hop answers", 0, 1545, [17, 19], ["Restore order"]],
      [22, "Enable and assign the users of ocspool1 again", 60, 1590, [18], ["Restore order", "S7"]],
      [23, "Import the machine-level settings of med1.litware.com and check it", 45, 1635, [20], ["S7", "S3"]],
      [24, "Check every pool", 15, 1650, [17], ["S7"]],
      [25, "Confirm IM and presence as a user", 30, 1665, [19, 22, 24], ["P1"]],
      [26, "Activate edge1.litware.com again", 90, 1680, [9, 21], ["S7", "D8"]],
      [27, "Confirm Enterprise Voice as a user", 30, 1695, [22, 23, 24], ["P1"]],
      [28, "Import the machine-level settings of edge1.litware.com and check it", 45, 1770, [26], ["S7", "S3"]],
      [29, "Confirm Remote access and federation as a user", 30, 1815, [22, 24, 28], ["P1"]],
      [30, "Confirm Web conferencing as a user", 30, 1815, [22, 24], ["P1"]],
      [31, "Confirm A/V conferencing as a user", 30, 1845, [22, 24], ["P1"]],
      [32, "Activate arch1.litware.com again", 90, 1845, [9], ["S7", "D8"]],
      [33, "Import the machine-level settings of arch1.litware.com and check it", 45, 1935, [32], ["S7", "S3"]],
      [34, "Confirm Archiving as a user", 30, 1980, [22, 24, 33], ["P1"]],
      [35, "Activate mon1.litware.com again", 90, 1980, [9], ["S7", "D8"]],
      [36, "Import the machine-level settings of mon1.litware.com and check it", 45, 2070, [35], ["S7", "S3"]],
      [37, "Confirm Monitoring (CDR and QoE) as a user", 30, 2115, [22, 24, 36], ["P1"]],
      [38, "Confirm Application sharing as a user", 30, 2115, [22, 24], ["P1"]],
    ]);
    expect(rtos(rebuilt)).toEqual({ "im-presence": 28.25, "enterprise-voice": 28.75, "remote-access": 30.75, "web-conferencing": 30.75, "av-conferencing": 31.25, archiving: 33.5, monitoring: 35.75, "app-sharing": 35.75 });
  });

  it("rebuilt: runs DBImpExp against the back end, the preparation with LCSCmd, and imports every level from the backup destination", () => {
    expect(commands(ad(enterprise()).alternatives![0].steps)).toEqual([
      [2, "sql01.litware.com", "dbimpexp.exe /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:sql01.litware.com"],
      [4, undefined, "LCSCmd.exe /Forest /Action:SchemaPrep"],
      [5, undefined, "LCSCmd.exe /Forest /Action:ForestPrep"],
      [6, undefined, "LCSCmd.exe /Forest /Action:CheckForestPrepState"],
      [7, undefined, "LCSCmd.exe /Domain /Action:DomainPrep"],
      [8, undefined, "LCSCmd.exe /Domain /Action:CheckDomainPrepState"],
      [9, undefined, "lcscmd /config /action:import /level:global /configfile:\"<backup destination>\\settings\\ocspool1-global-pool-<latest stamp>.xml\" /poolname:ocspool1"],
      [11, undefined, "lcscmd /config /action:import /level:pool /configfile:\"<backup destination>\\settings\\ocspool1-global-pool-<latest stamp>.xml\" /poolname:ocspool1"],
      [14, "ocspool1server1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\ocspool1server1.litware.com-machine-<latest stamp>.xml\" /fqdn:ocspool1server1.litware.com"],
      [15, "ocspool1server2.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\ocspool1server2.litware.com-machine-<latest stamp>.xml\" /fqdn:ocspool1server2.litware.com"],
      [17, undefined, "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocspool1"],
      [18, "sql01.litware.com", "dbimpexp.exe /import /hrxmlfile:<dir>\\ocspool1-userdata.xml /sqlserver:sql01.litware.com /restype:all"],
      [19, "dir1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\dir1.litware.com-machine-<latest stamp>.xml\" /fqdn:dir1.litware.com"],
      [23, "med1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\med1.litware.com-machine-<latest stamp>.xml\" /fqdn:med1.litware.com"],
      [24, undefined, "LCSCmd.exe /Forest /Action:CheckAllPoolsState"],
      [28, "edge1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\edge1.litware.com-machine-<latest stamp>.xml\" /fqdn:edge1.litware.com"],
      [33, "arch1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\arch1.litware.com-machine-<latest stamp>.xml\" /fqdn:arch1.litware.com"],
      [36, "mon1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\mon1.litware.com-machine-<latest stamp>.xml\" /fqdn:mon1.litware.com"],
    ]);
  });
});

describe("litware-standard: loss of Active Directory", () => {
  it("restored from backup: [order, title, minutes, start, depends on, rules]", () => {
    expect(rows(ad(standard()).steps)).toEqual([
      [1, "Assess the loss of Active Directory", 90, 0, [], ["P1", "P5"]],
      [2, "Restore Active Directory from its backup", 360, 90, [1], ["S6", "S1", "Restore order"]],
      [3, "Check the forest preparation", 23, 450, [2], ["S1"]],
      [4, "Check the domain preparation", 23, 473, [2], ["S1"]],
      [5, "Import the global settings", 23, 496, [3, 4], ["S7", "S1", "S2"]],
      [6, "Import the pool-level settings of ocsse1", 23, 519, [5], ["S7", "S2", "D2"]],
      [7, "Import the machine-level settings of ocsse1.litware.com and check it", 68, 542, [6], ["S7", "S3"]],
      [8, "Check pool ocsse1", 45, 610, [6, 7], ["S7"]],
      [9, "Check the users of ocsse1 sign in", 90, 655, [8], ["Restore order", "S7"]],
      [10, "Checkpoint: the Edge servers' next hop answers", 0, 655, [8], ["Restore order"]],
      [11, "Check every pool", 23, 745, [8], ["S7"]],
      [12, "Confirm IM and presence as a user", 45, 768, [9, 11], ["P1"]],
      [13, "Import the machine-level settings of med1.litware.com and check it", 68, 813, [5], ["S7", "S3"]],
      [14, "Confirm Enterprise Voice as a user", 45, 881, [9, 11, 13], ["P1"]],
      [15, "Confirm Web conferencing as a user", 45, 926, [9, 11], ["P1"]],
      [16, "Import the machine-level settings of arch1.litware.com and check it", 68, 971, [5], ["S7", "S3"]],
      [17, "Confirm Archiving as a user", 45, 1039, [9, 11, 16], ["P1"]],
      [18, "Import the machine-level settings of mon1.litware.com and check it", 68, 1084, [5], ["S7", "S3"]],
      [19, "Import the machine-level settings of edge1.litware.com and check it", 68, 1152, [5, 10], ["S7", "S3"]],
      [20, "Confirm A/V conferencing as a user", 45, 1220, [9, 11], ["P1"]],
      [21, "Confirm Application sharing as a user", 45, 1265, [9, 11], ["P1"]],
      [22, "Confirm Remote access and federation as a user", 45, 1310, [9, 11, 19], ["P1"]],
      [23, "Confirm Monitoring (CDR and QoE) as a user", 45, 1355, [9, 11, 18], ["P1"]],
    ]);
  });

  it("rebuilt: no pool to recreate (a Standard Edition pool is its server), DBImpExp on the server itself", () => {
    const rebuilt = ad(standard()).alternatives![0];
    expect(rows(rebuilt.steps)).toEqual([
      [1, "Assess the loss of Active Directory", 90, 0, [], ["P1", "P5"]],
      [2, "Export the user data of ocsse1 with DBImpExp", 18, 90, [1], ["D8"]],
      [3, "Rebuild the Active Directory forest", 1440, 108, [1, 2], ["S6", "D8", "Restore order"]],
      [4, "Run SchemaPrep", 18, 1548, [3], ["S1", "D8"]],
      [5, "Run ForestPrep", 18, 1566, [4], ["S1", "D8"]],
      [6, "Check the forest preparation", 18, 1584, [5], ["S1", "D8"]],
      [7, "Run DomainPrep", 18, 1602, [6], ["S1", "D8"]],
      [8, "Check the domain preparation", 18, 1620, [7], ["S1", "D8"]],
      [9, "Import the global settings", 23, 1638, [8], ["S7", "S1", "S2"]],
      [10, "Import the pool-level settings of ocsse1", 23, 1661, [9], ["S7", "S2", "D2"]],
      [11, "Activate ocsse1.litware.com again", 135, 1684, [10], ["S7", "D8"]],
      [12, "Import the machine-level settings of ocsse1.litware.com and check it", 68, 1819, [11], ["S7", "S3"]],
      [13, "Check pool ocsse1", 45, 1887, [10, 12], ["S7"]],
      [14, "Import the user data of ocsse1 with DBImpExp", 18, 1932, [13], ["D8"]],
      [15, "Checkpoint: the Edge servers' next hop answers", 0, 1932, [13], ["Restore order"]],
      [16, "Enable and assign the users of ocsse1 again", 90, 1950, [14], ["Restore order", "S7"]],
      [17, "Check every pool", 23, 2040, [13], ["S7"]],
      [18, "Confirm IM and presence as a user", 45, 2063, [16, 17], ["P1"]],
      [19, "Activate med1.litware.com again", 135, 2108, [9], ["S7", "D8"]],
      [20, "Import the machine-level settings of med1.litware.com and check it", 68, 2243, [19], ["S7", "S3"]],
      [21, "Confirm Enterprise Voice as a user", 45, 2311, [16, 17, 20], ["P1"]],
      [22, "Confirm Web conferencing as a user", 45, 2356, [16, 17], ["P1"]],
      [23, "Activate arch1.litware.com again", 135, 2401, [9], ["S7", "D8"]],
      [24, "Import the machine-level settings of arch1.litware.com and check it", 68, 2536, [23], ["S7", "S3"]],
      [25, "Confirm Archiving as a user", 45, 2604, [16, 17, 24], ["P1"]],
      [26, "Activate mon1.litware.com again", 135, 2649, [9], ["S7", "D8"]],
      [27, "Import the machine-level settings of mon1.litware.com and check it", 68, 2784, [26], ["S7", "S3"]],
      [28, "Activate edge1.litware.com again", 135, 2852, [9, 15], ["S7", "D8"]],
      [29, "Import the machine-level settings of edge1.litware.com and check it", 68, 2987, [28], ["S7", "S3"]],
      [30, "Confirm A/V conferencing as a user", 45, 3055, [16, 17], ["P1"]],
      [31, "Confirm Application sharing as a user", 45, 3100, [16, 17], ["P1"]],
      [32, "Confirm Remote access and federation as a user", 45, 3145, [16, 17, 29], ["P1"]],
      [33, "Confirm Monitoring (CDR and QoE) as a user", 45, 3190, [16, 17, 27], ["P1"]],
    ]);
    expect(rtos(rebuilt)).toEqual({ "im-presence": 35.14, "enterprise-voice": 39.27, "web-conferencing": 40.02, archiving: 44.15, "av-conferencing": 51.67, "app-sharing": 52.42, "remote-access": 53.17, monitoring: 53.92 });
    expect(commands(rebuilt.steps)).toEqual([
      [2, "ocsse1.litware.com", "dbimpexp.exe /hrxmlfile:<dir>\\ocsse1-userdata.xml"],
      [4, undefined, "LCSCmd.exe /Forest /Action:SchemaPrep"],
      [5, undefined, "LCSCmd.exe /Forest /Action:ForestPrep"],
      [6, undefined, "LCSCmd.exe /Forest /Action:CheckForestPrepState"],
      [7, undefined, "LCSCmd.exe /Domain /Action:DomainPrep"],
      [8, undefined, "LCSCmd.exe /Domain /Action:CheckDomainPrepState"],
      [9, undefined, "lcscmd /config /action:import /level:global /configfile:\"<backup destination>\\settings\\ocsse1-global-pool-<latest stamp>.xml\" /poolname:ocsse1"],
      [10, undefined, "lcscmd /config /action:import /level:pool /configfile:\"<backup destination>\\settings\\ocsse1-global-pool-<latest stamp>.xml\" /poolname:ocsse1"],
      [12, "ocsse1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\ocsse1.litware.com-machine-<latest stamp>.xml\" /fqdn:ocsse1.litware.com"],
      [13, undefined, "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocsse1"],
      [14, "ocsse1.litware.com", "dbimpexp.exe /import /hrxmlfile:<dir>\\ocsse1-userdata.xml /restype:all"],
      [17, undefined, "LCSCmd.exe /Forest /Action:CheckAllPoolsState"],
      [20, "med1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\med1.litware.com-machine-<latest stamp>.xml\" /fqdn:med1.litware.com"],
      [24, "arch1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\arch1.litware.com-machine-<latest stamp>.xml\" /fqdn:arch1.litware.com"],
      [27, "mon1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\mon1.litware.com-machine-<latest stamp>.xml\" /fqdn:mon1.litware.com"],
      [29, "edge1.litware.com", "lcscmd /config /action:import /level:machine /configfile:\"<backup destination>\\settings\\edge1.litware.com-machine-<latest stamp>.xml\" /fqdn:edge1.litware.com"],
    ]);
  });
});

describe("loss of Active Directory: what each step says (the user checks aside)", () => {
  // [order, phase, server, verify, runs by itself, assumption, instructions]. What is unverified says so
  // (SchemaPrep's syntax, the pool creation's parameters, LCSCmd's Activate keywords, DBImpExp's syntax).
  const said = (steps: RunbookStep[]) =>
    steps.filter((x) => !x.title.startsWith("Confirm")).map((x) => [x.order, x.phase, x.server ?? null, x.verify ?? false, x.waiting ?? false, x.assumption ?? null, x.detail]);

  it("litware-enterprise-consolidated, restored from backup", () => {
    expect(said(ad(enterprise()).steps)).toEqual([
      [1, "Assess the loss", null, false, false, "decisionMinutes",
        "Confirm what was lost and that it cannot be repaired in place, pick this runbook, warn users, and check that the backups and settings exports it needs can be read."],
      [2, "Domain information", null, false, false, "adRestoreMinutes",
        "Restore the domain controllers with Windows Server's own tools (outside OCS); the OCS objects and global settings come back with the same GUIDs and SIDs."],
      [3, "Domain information", null, false, false, "settingsImportMinutes",
        "Confirms the OCS objects in Active Directory came back with the restore."],
      [4, "Domain information", null, false, false, "settingsImportMinutes",
        "Confirms the OCS objects in Active Directory came back with the restore."],
      [5, "Domain information", null, true, false, "settingsImportMinutes",
        "Global settings live in Active Directory and every pool's export holds a copy; this uses the file of ocspool1. The import syntax is inferred from the export syntax."],
      [6, "Front-end servers", null, true, false, "settingsImportMinutes",
        "Import the pool level from the pool's global+pool export, which rebuilds its RTCConfig database (D2). Run it from an administrative computer with the OCS tools. The import syntax is inferred from the export syntax."],
      [7, "Front-end servers", "ocspool1server1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [8, "Front-end servers", "ocspool1server2.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [9, "Directors", "dir1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [10, "Front-end servers", null, false, false, "validationMinutes",
        "Check the pool's state, then run the Validation Wizard against it."],
      [11, "Reassign users", null, true, false, "userReassignMinutes",
        "Users whose OCS attributes did not come back land under Unassigned Users: move them back to ocspool1 with the Move Users wizard."],
      [12, "Reassign users", null, false, false, "settingsImportMinutes",
        "A last forest-wide check of all pools."],
      [13, "Edge Servers", null, false, true, null,
        "Edge servers come after the internal roles (table 17-9): their next hop (the Director or the pool) must answer first; they do not wait for Archiving, Monitoring or Mediation (P1)."],
      [14, "Mediation Servers", "med1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [16, "Edge Servers", "edge1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [21, "Archiving Servers", "arch1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [23, "Monitoring Servers", "mon1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
    ]);
  });

  it("litware-enterprise-consolidated, rebuilt", () => {
    expect(said(ad(enterprise()).alternatives![0].steps)).toEqual([
      [1, "Assess the loss", null, false, false, "decisionMinutes",
        "Confirm what was lost and that it cannot be repaired in place, pick this runbook, warn users, and check that the backups and settings exports it needs can be read."],
      [2, "Domain information", "sql01.litware.com", true, false, "userDataGbPerHour",
        "Before the forest is rebuilt, save the users' contact lists, permissions and meetings from the RTC database to XML (D8). DBImpExp ships in the Support folder of the OCS media; its syntax comes from third-party scripts."],
      [3, "Domain information", null, false, false, "adRebuildMinutes",
        "Build the forest and domains anew with Windows tools and recreate the user accounts with their SIP addresses; their GUIDs and SIDs will differ from the old ones."],
      [4, "Domain information", null, true, false, "adPrepMinutes",
        "Extend the schema for OCS. This exact LCSCmd syntax is not among the confirmed ones."],
      [5, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [6, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [7, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [8, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [9, "Domain information", null, true, false, "settingsImportMinutes",
        "Global settings live in Active Directory and every pool's export holds a copy; this uses the file of ocspool1. The import syntax is inferred from the export syntax."],
      [10, "Front-end servers", null, true, false, "settingsImportMinutes",
        "Recreate the pool's objects against its existing back-end databases without wiping them. LCSCmd has a pool creation action, but its parameters are unverified: check them before use."],
      [11, "Front-end servers", null, true, false, "settingsImportMinutes",
        "Import the pool level from the pool's global+pool export, which rebuilds its RTCConfig database (D2). Run it from an administrative computer with the OCS tools. The import syntax is inferred from the export syntax."],
      [12, "Front-end servers", "ocspool1server1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [13, "Front-end servers", "ocspool1server2.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [14, "Front-end servers", "ocspool1server1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [15, "Front-end servers", "ocspool1server2.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [16, "Directors", "dir1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [17, "Front-end servers", null, false, false, "validationMinutes",
        "Check the pool's state, then run the Validation Wizard against it."],
      [18, "Reassign users", "sql01.litware.com", true, false, "userDataGbPerHour",
        "Load the users' contact lists, permissions and meetings saved before the rebuild, now mapped to the new accounts (D8)."],
      [19, "Directors", "dir1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [20, "Mediation Servers", "med1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [21, "Edge Servers", null, false, true, null,
        "Edge servers come after the internal roles (table 17-9): their next hop (the Director or the pool) must answer first; they do not wait for Archiving, Monitoring or Mediation (P1)."],
      [22, "Reassign users", null, true, false, "userReassignMinutes",
        "Enable the recreated user accounts for OCS with their old SIP addresses and home them on the pool with the Move Users wizard."],
      [23, "Mediation Servers", "med1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [24, "Reassign users", null, false, false, "settingsImportMinutes",
        "A last forest-wide check of all pools."],
      [26, "Edge Servers", "edge1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [28, "Edge Servers", "edge1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [32, "Archiving Servers", "arch1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [33, "Archiving Servers", "arch1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [35, "Monitoring Servers", "mon1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [36, "Monitoring Servers", "mon1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
    ]);
  });

  it("litware-standard, rebuilt: DBImpExp runs on the Standard Edition server", () => {
    expect(said(ad(standard()).alternatives![0].steps)).toEqual([
      [1, "Assess the loss", null, false, false, "decisionMinutes",
        "Confirm what was lost and that it cannot be repaired in place, pick this runbook, warn users, and check that the backups and settings exports it needs can be read."],
      [2, "Domain information", "ocsse1.litware.com", true, false, "userDataGbPerHour",
        "Before the forest is rebuilt, save the users' contact lists, permissions and meetings from the RTC database to XML (D8). Run it on the Standard Edition server. DBImpExp ships in the Support folder of the OCS media; its syntax comes from third-party scripts."],
      [3, "Domain information", null, false, false, "adRebuildMinutes",
        "Build the forest and domains anew with Windows tools and recreate the user accounts with their SIP addresses; their GUIDs and SIDs will differ from the old ones."],
      [4, "Domain information", null, true, false, "adPrepMinutes",
        "Extend the schema for OCS. This exact LCSCmd syntax is not among the confirmed ones."],
      [5, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [6, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [7, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [8, "Domain information", null, false, false, "adPrepMinutes",
        "Forest actions need Enterprise Admins (or Domain Admins of the root domain); domain actions need Domain Admins of that domain."],
      [9, "Domain information", null, true, false, "settingsImportMinutes",
        "Global settings live in Active Directory and every pool's export holds a copy; this uses the file of ocsse1. The import syntax is inferred from the export syntax."],
      [10, "Standard Edition servers", null, true, false, "settingsImportMinutes",
        "Import the pool level from the pool's global+pool export, which rebuilds its RTCConfig database (D2). Run it from an administrative computer with the OCS tools. The import syntax is inferred from the export syntax."],
      [11, "Standard Edition servers", "ocsse1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [12, "Standard Edition servers", "ocsse1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [13, "Standard Edition servers", null, false, false, "validationMinutes",
        "Check the pool's state, then run the Validation Wizard against it."],
      [14, "Reassign users", "ocsse1.litware.com", true, false, "userDataGbPerHour",
        "Load the users' contact lists, permissions and meetings saved before the rebuild, now mapped to the new accounts (D8)."],
      [15, "Edge Servers", null, false, true, null,
        "Edge servers come after the internal roles (table 17-9): their next hop (the Director or the pool) must answer first; they do not wait for Archiving, Monitoring or Mediation (P1)."],
      [16, "Reassign users", null, true, false, "userReassignMinutes",
        "Enable the recreated user accounts for OCS with their old SIP addresses and home them on the pool with the Move Users wizard."],
      [17, "Reassign users", null, false, false, "settingsImportMinutes",
        "A last forest-wide check of all pools."],
      [19, "Mediation Servers", "med1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [20, "Mediation Servers", "med1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [23, "Archiving Servers", "arch1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [24, "Archiving Servers", "arch1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [26, "Monitoring Servers", "mon1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [27, "Monitoring Servers", "mon1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
      [28, "Edge Servers", "edge1.litware.com", true, false, "ocsInstallActivateMinutes",
        "Activation recreates the server's Active Directory objects and service account permissions. Use Setup's Activate step; LCSCmd's Activate role keywords are unverified."],
      [29, "Edge Servers", "edge1.litware.com", true, false, null,
        "Import this server's machine-level export, restart its OCS services, then check its state. The import syntax is inferred from the export syntax."],
    ]);
  });
});

describe("loss of Active Directory in deployments that differ from the examples: [order, title, minutes, start, depends on]", () => {
  const steps = (xs: RunbookStep[]) => xs.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn]);

  it("without an Active Directory backup the runbook rebuilds the forest and keeps the restore as its alternative", () => {
    const s = ad(enterprise((x) => {
      x.dependencies.activeDirectory.backedUp = false;
    }));
    expect([s.path, s.notes![1], s.alternatives!.map((a) => [a.id, a.title, a.when])]).toEqual([
      "Active Directory rebuilt",
      "Active Directory is not backed up, so the runbook rebuilds it; the restore path applies once a backup exists.",
      [["ad-restored", "Active Directory restored from backup", "A usable Active Directory backup exists."]],
    ]);
    expect([s.steps[1].title, s.alternatives![0].steps[1].title]).toEqual(["Export the user data of ocspool1 with DBImpExp", "Restore Active Directory from its backup"]);
  });

  it("two pools, each with its own back end, RTC listed after the settings databases: both user-data exports run side by side from RTC's size", () => {
    // Exports: RTC 25 GB (150 min) and 10 GB (60 min), both from 60 with two admins; the forest
    // rebuild waits for both (D8); each pool is recreated, imported and checked, its user data
    // imported, and its users enabled again.
    const twoPools = enterprise((x) => {
      x.pools.push({ name: "ocspool2", kind: "enterprise-consolidated", site: "Redmond", backEnd: "sql02.litware.com" });
      x.servers.push({ fqdn: "sql02.litware.com", site: "Redmond", roles: ["back-end-sql"] }, { fqdn: "ocspool2server1.litware.com", site: "Redmond", pool: "ocspool2", roles: ["front-end"] });
      x.databases.push({ name: "RTC", server: "sql02.litware.com", sizeGb: 10 });
      x.databases.sort((a: { name: string }, b: { name: string }) => (a.name === "RTC" ? 1 : 0) - (b.name === "RTC" ? 1 : 0));
    });
    const s = ad(twoPools);
    expect(steps(s.steps)).toEqual([
        [1, "Assess the loss of Active Directory", 60, 0, []],
        [2, "Restore Active Directory from its backup", 240, 60, [1]],
        [3, "Check the forest preparation", 15, 300, [2]],
        [4, "Check the domain preparation", 15, 315, [2]],
        [5, "Import the global settings", 15, 330, [3, 4]],
        [6, "Import the pool-level settings of ocspool1", 15, 345, [5]],
        [7, "Import the pool-level settings of ocspool2", 15, 345, [5]],
        [8, "Import the machine-level settings of ocspool1server1.litware.com and check it", 45, 360, [6]],
        [9, "Import the machine-level settings of ocspool1server2.litware.com and check it", 45, 360, [6]],
        [10, "Import the machine-level settings of ocspool2server1.litware.com and check it", 45, 405, [7]],
        [11, "Import the machine-level settings of dir1.litware.com and check it", 45, 405, [5]],
        [12, "Check pool ocspool1", 30, 450, [6, 8, 9]],
        [13, "Check pool ocspool2", 30, 450, [7, 10]],
        [14, "Check the users of ocspool1 sign in", 60, 480, [12]],
        [15, "Check the users of ocspool2 sign in", 60, 480, [13]],
        [16, "Checkpoint: the Edge servers' next hop answers", 0, 480, [11, 12, 13]],
        [17, "Check every pool", 15, 540, [12, 13]],
        [18, "Confirm IM and presence as a user", 30, 555, [11, 14, 15, 17]],
        [19, "Import the machine-level settings of med1.litware.com and check it", 45, 555, [5]],
        [20, "Confirm Enterprise Voice as a user", 30, 600, [14, 15, 17, 19]],
        [21, "Import the machine-level settings of edge1.litware.com and check it", 45, 600, [5, 16]],
        [22, "Confirm Remote access and federation as a user", 30, 645, [14, 15, 17, 21]],
        [23, "Confirm Web conferencing as a user", 30, 645, [14, 15, 17]],
        [24, "Confirm A/V conferencing as a user", 30, 675, [14, 15, 17]],
        [25, "Import the machine-level settings of arch1.litware.com and check it", 45, 675, [5]],
        [26, "Confirm Archiving as a user", 30, 720, [14, 15, 17, 25]],
        [27, "Import the machine-level settings of mon1.litware.com and check it", 45, 720, [5]],
        [28, "Confirm Monitoring (CDR and QoE) as a user", 30, 765, [14, 15, 17, 27]],
        [29, "Confirm Application sharing as a user", 30, 765, [14, 15, 17]],
    ]);
    expect(steps(s.alternatives![0].steps)).toEqual([
        [1, "Assess the loss of Active Directory", 60, 0, []],
        [2, "Export the user data of ocspool1 with DBImpExp", 150, 60, [1]],
        [3, "Export the user data of ocspool2 with DBImpExp", 60, 60, [1]],
        [4, "Rebuild the Active Directory forest", 960, 210, [1, 2, 3]],
        [5, "Run SchemaPrep", 12, 1170, [4]],
        [6, "Run ForestPrep", 12, 1182, [5]],
        [7, "Check the forest preparation", 12, 1194, [6]],
        [8, "Run DomainPrep", 12, 1206, [7]],
        [9, "Check the domain preparation", 12, 1218, [8]],
        [10, "Import the global settings", 15, 1230, [9]],
        [11, "Recreate the pool ocspool1 in Active Directory", 15, 1245, [10]],
        [12, "Recreate the pool ocspool2 in Active Directory", 15, 1245, [10]],
        [13, "Import the pool-level settings of ocspool1", 15, 1260, [11]],
        [14, "Import the pool-level settings of ocspool2", 15, 1260, [12]],
        [15, "Activate ocspool1server1.litware.com again", 90, 1275, [13]],
        [16, "Activate ocspool1server2.litware.com again", 90, 1275, [13]],
        [17, "Import the machine-level settings of ocspool1server1.litware.com and check it", 45, 1365, [15]],
        [18, "Import the machine-level settings of ocspool1server2.litware.com and check it", 45, 1365, [16]],
        [19, "Activate ocspool2server1.litware.com again", 90, 1410, [14]],
        [20, "Activate dir1.litware.com again", 90, 1410, [10]],
        [21, "Import the machine-level settings of ocspool2server1.litware.com and check it", 45, 1500, [19]],
        [22, "Import the machine-level settings of dir1.litware.com and check it", 45, 1500, [20]],
        [23, "Check pool ocspool1", 30, 1545, [13, 17, 18]],
        [24, "Check pool ocspool2", 30, 1545, [14, 21]],
        [25, "Import the user data of ocspool1 with DBImpExp", 150, 1575, [23]],
        [26, "Import the user data of ocspool2 with DBImpExp", 60, 1575, [24]],
        [27, "Checkpoint: the Edge servers' next hop answers", 0, 1575, [22, 23, 24]],
        [28, "Enable and assign the users of ocspool2 again", 60, 1635, [26]],
        [29, "Enable and assign the users of ocspool1 again", 60, 1725, [25]],
        [30, "Check every pool", 15, 1785, [23, 24]],
        [31, "Confirm IM and presence as a user", 30, 1800, [22, 28, 29, 30]],
        [32, "Activate med1.litware.com again", 90, 1800, [10]],
        [33, "Import the machine-level settings of med1.litware.com and check it", 45, 1890, [32]],
        [34, "Confirm Enterprise Voice as a user", 30, 1935, [28, 29, 30, 33]],
        [35, "Activate edge1.litware.com again", 90, 1935, [10, 27]],
        [36, "Import the machine-level settings of edge1.litware.com and check it", 45, 2025, [35]],
        [37, "Confirm Remote access and federation as a user", 30, 2070, [28, 29, 30, 36]],
        [38, "Confirm Web conferencing as a user", 30, 2070, [28, 29, 30]],
        [39, "Confirm A/V conferencing as a user", 30, 2100, [28, 29, 30]],
        [40, "Activate arch1.litware.com again", 90, 2100, [10]],
        [41, "Import the machine-level settings of arch1.litware.com and check it", 45, 2190, [40]],
        [42, "Confirm Archiving as a user", 30, 2235, [28, 29, 30, 41]],
        [43, "Activate mon1.litware.com again", 90, 2235, [10]],
        [44, "Import the machine-level settings of mon1.litware.com and check it", 45, 2325, [43]],
        [45, "Confirm Monitoring (CDR and QoE) as a user", 30, 2370, [28, 29, 30, 44]],
        [46, "Confirm Application sharing as a user", 30, 2370, [28, 29, 30]],
    ]);
  });

  it("an expanded pool: users sign in once the front ends are checked; both Edge servers wait for one checkpoint; the whole pool is checked with its members", () => {
    const s = ad(expandedWithCollocations());
    expect(steps(s.steps)).toEqual([
        [1, "Assess the loss of Active Directory", 60, 0, []],
        [2, "Restore Active Directory from its backup", 240, 60, [1]],
        [3, "Check the forest preparation", 15, 300, [2]],
        [4, "Check the domain preparation", 15, 315, [2]],
        [5, "Import the global settings", 15, 330, [3, 4]],
        [6, "Import the pool-level settings of ocspool1", 15, 345, [5]],
        [7, "Import the machine-level settings of ocspool1server1.litware.com and check it", 45, 360, [6]],
        [8, "Import the machine-level settings of ocspool1server2.litware.com and check it", 45, 360, [6]],
        [9, "Import the machine-level settings of dir1.litware.com and check it", 45, 405, [5]],
        [10, "Check the front ends of pool ocspool1", 30, 450, [6, 7, 8]],
        [11, "Check the users of ocspool1 sign in", 60, 480, [10]],
        [12, "Checkpoint: the Edge servers' next hop answers", 0, 480, [9, 10]],
        [13, "Check every pool", 15, 540, [10]],
        [14, "Confirm IM and presence as a user", 30, 555, [9, 11, 13]],
        [15, "Import the machine-level settings of med1.litware.com and check it", 45, 555, [5]],
        [16, "Confirm Enterprise Voice as a user", 30, 600, [11, 13, 15]],
        [17, "Import the machine-level settings of edge1.litware.com and check it", 45, 600, [5, 12]],
        [18, "Import the machine-level settings of avedge1.litware.com and check it", 45, 630, [5, 12]],
        [19, "Confirm Remote access and federation as a user", 30, 675, [11, 13, 17, 18]],
        [20, "Import the machine-level settings of web1.litware.com and check it", 45, 675, [6]],
        [21, "Import the machine-level settings of conf1.litware.com and check it", 45, 705, [6]],
        [22, "Confirm Web conferencing as a user", 30, 750, [11, 13, 20, 21]],
        [23, "Import the machine-level settings of avc1.litware.com and check it", 45, 750, [6]],
        [24, "Confirm A/V conferencing as a user", 30, 795, [11, 13, 23]],
        [25, "Import the machine-level settings of arch1.litware.com and check it", 45, 795, [5]],
        [26, "Confirm Archiving as a user", 30, 840, [11, 13, 25]],
        [27, "Import the machine-level settings of mon1.litware.com and check it", 45, 840, [5]],
        [28, "Confirm Monitoring (CDR and QoE) as a user", 30, 885, [11, 13, 27]],
        [29, "Import the machine-level settings of as1.litware.com and check it", 45, 885, [6]],
        [30, "Check pool ocspool1 with all its members", 30, 930, [10, 20, 21, 23, 29]],
        [31, "Confirm Application sharing as a user", 30, 960, [11, 13, 30]],
    ]);
    expect(steps(s.alternatives![0].steps)).toEqual([
        [1, "Assess the loss of Active Directory", 60, 0, []],
        [2, "Export the user data of ocspool1 with DBImpExp", 150, 60, [1]],
        [3, "Rebuild the Active Directory forest", 960, 210, [1, 2]],
        [4, "Run SchemaPrep", 12, 1170, [3]],
        [5, "Run ForestPrep", 12, 1182, [4]],
        [6, "Check the forest preparation", 12, 1194, [5]],
        [7, "Run DomainPrep", 12, 1206, [6]],
        [8, "Check the domain preparation", 12, 1218, [7]],
        [9, "Import the global settings", 15, 1230, [8]],
        [10, "Recreate the pool ocspool1 in Active Directory", 15, 1245, [9]],
        [11, "Import the pool-level settings of ocspool1", 15, 1260, [10]],
        [12, "Activate ocspool1server1.litware.com again", 90, 1275, [11]],
        [13, "Activate ocspool1server2.litware.com again", 90, 1275, [11]],
        [14, "Import the machine-level settings of ocspool1server1.litware.com and check it", 45, 1365, [12]],
        [15, "Import the machine-level settings of ocspool1server2.litware.com and check it", 45, 1365, [13]],
        [16, "Activate dir1.litware.com again", 90, 1410, [9]],
        [17, "Import the machine-level settings of dir1.litware.com and check it", 45, 1500, [16]],
        [18, "Check the front ends of pool ocspool1", 30, 1545, [11, 14, 15]],
        [19, "Import the user data of ocspool1 with DBImpExp", 150, 1575, [18]],
        [20, "Check every pool", 15, 1575, [18]],
        [21, "Checkpoint: the Edge servers' next hop answers", 0, 1575, [17, 18]],
        [22, "Enable and assign the users of ocspool1 again", 60, 1725, [19]],
        [23, "Confirm IM and presence as a user", 30, 1785, [17, 20, 22]],
        [24, "Activate med1.litware.com again", 90, 1785, [9]],
        [25, "Import the machine-level settings of med1.litware.com and check it", 45, 1875, [24]],
        [26, "Confirm Enterprise Voice as a user", 30, 1920, [20, 22, 25]],
        [27, "Activate edge1.litware.com again", 90, 1920, [9, 21]],
        [28, "Activate avedge1.litware.com again", 90, 1950, [9, 21]],
        [29, "Import the machine-level settings of edge1.litware.com and check it", 45, 2010, [27]],
        [30, "Import the machine-level settings of avedge1.litware.com and check it", 45, 2040, [28]],
        [31, "Confirm Remote access and federation as a user", 30, 2085, [20, 22, 29, 30]],
        [32, "Activate web1.litware.com again", 90, 2085, [11]],
        [33, "Activate conf1.litware.com again", 90, 2115, [11]],
        [34, "Import the machine-level settings of web1.litware.com and check it", 45, 2175, [32]],
        [35, "Import the machine-level settings of conf1.litware.com and check it", 45, 2205, [33]],
        [36, "Confirm Web conferencing as a user", 30, 2250, [20, 22, 34, 35]],
        [37, "Activate avc1.litware.com again", 90, 2250, [11]],
        [38, "Import the machine-level settings of avc1.litware.com and check it", 45, 2340, [37]],
        [39, "Confirm A/V conferencing as a user", 30, 2385, [20, 22, 38]],
        [40, "Activate arch1.litware.com again", 90, 2385, [9]],
        [41, "Import the machine-level settings of arch1.litware.com and check it", 45, 2475, [40]],
        [42, "Confirm Archiving as a user", 30, 2520, [20, 22, 41]],
        [43, "Activate mon1.litware.com again", 90, 2520, [9]],
        [44, "Import the machine-level settings of mon1.litware.com and check it", 45, 2610, [43]],
        [45, "Confirm Monitoring (CDR and QoE) as a user", 30, 2655, [20, 22, 44]],
        [46, "Activate as1.litware.com again", 90, 2655, [11]],
        [47, "Import the machine-level settings of as1.litware.com and check it", 45, 2745, [46]],
        [48, "Check pool ocspool1 with all its members", 30, 2790, [18, 34, 35, 38, 47]],
        [49, "Confirm Application sharing as a user", 30, 2820, [20, 22, 48]],
    ]);
  });

  it("a lone Standard Edition server (no Director, Mediation, Archiving or Edge): its pool is still checked", () => {
    const seOnly = standard((x) => {
      x.servers = x.servers.filter((v: { fqdn: string }) => v.fqdn === "ocsse1.litware.com");
      x.databases = x.databases.filter((db: { server: string }) => db.server === "ocsse1.litware.com");
      delete x.edge;
    });
    const s = ad(seOnly);
    expect(steps(s.steps)).toEqual([
        [1, "Assess the loss of Active Directory", 90, 0, []],
        [2, "Restore Active Directory from its backup", 360, 90, [1]],
        [3, "Check the forest preparation", 23, 450, [2]],
        [4, "Check the domain preparation", 23, 473, [2]],
        [5, "Import the global settings", 23, 496, [3, 4]],
        [6, "Import the pool-level settings of ocsse1", 23, 519, [5]],
        [7, "Import the machine-level settings of ocsse1.litware.com and check it", 68, 542, [6]],
        [8, "Check pool ocsse1", 45, 610, [6, 7]],
        [9, "Check the users of ocsse1 sign in", 90, 655, [8]],
        [10, "Check every pool", 23, 745, [8]],
        [11, "Confirm IM and presence as a user", 45, 768, [9, 10]],
        [12, "Confirm Web conferencing as a user", 45, 813, [9, 10]],
        [13, "Confirm A/V conferencing as a user", 45, 858, [9, 10]],
        [14, "Confirm Application sharing as a user", 45, 903, [9, 10]],
    ]);
    expect(steps(s.alternatives![0].steps)).toEqual([
        [1, "Assess the loss of Active Directory", 90, 0, []],
        [2, "Export the user data of ocsse1 with DBImpExp", 18, 90, [1]],
        [3, "Rebuild the Active Directory forest", 1440, 108, [1, 2]],
        [4, "Run SchemaPrep", 18, 1548, [3]],
        [5, "Run ForestPrep", 18, 1566, [4]],
        [6, "Check the forest preparation", 18, 1584, [5]],
        [7, "Run DomainPrep", 18, 1602, [6]],
        [8, "Check the domain preparation", 18, 1620, [7]],
        [9, "Import the global settings", 23, 1638, [8]],
        [10, "Import the pool-level settings of ocsse1", 23, 1661, [9]],
        [11, "Activate ocsse1.litware.com again", 135, 1684, [10]],
        [12, "Import the machine-level settings of ocsse1.litware.com and check it", 68, 1819, [11]],
        [13, "Check pool ocsse1", 45, 1887, [10, 12]],
        [14, "Import the user data of ocsse1 with DBImpExp", 18, 1932, [13]],
        [15, "Enable and assign the users of ocsse1 again", 90, 1950, [14]],
        [16, "Check every pool", 23, 2040, [13]],
        [17, "Confirm IM and presence as a user", 45, 2063, [15, 16]],
        [18, "Confirm Web conferencing as a user", 45, 2108, [15, 16]],
        [19, "Confirm A/V conferencing as a user", 45, 2153, [15, 16]],
        [20, "Confirm Application sharing as a user", 45, 2198, [15, 16]],
    ]);
  });
});

