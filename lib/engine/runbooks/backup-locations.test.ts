// Where a runbook restores from (backup-locations.ts): the briefing that opens every runbook, and the
// restore commands of the site loss with the destination and SQL instance the deployment names
// (format Extension 1: \\backup01\ocs, instance OCSBE on sql01) instead of placeholders.
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../plan";
import { enterprise, enterpriseWithDestinations, standard } from "../testing/fixtures";

describe("the restore briefing", () => {
  it("litware-enterprise-consolidated: no destination named, an off-site copy whose place is not modelled, an 8 h vendor SLA", () => {
    expect(planDeployment(enterprise()).restoreBriefing).toEqual([
      "Backups and exports: the deployment does not name the backup destination. Write it here before you need it: ____________________ (the commands below show <backup destination>).",
      'Every export and backup carries its run\'s stamp (yyyyMMdd-HHmmss) in its name. Where a command says <latest stamp>, use the newest good one: dir /b /o:-n "<backup destination>\\settings" lists the newest first.',
      "Off-site copy: kept, but its location is not modelled. Write it here: ____________________.",
      "Hardware: without a spare, call the hardware vendor; the contract promises a replacement within 8 h (B8). Vendor and contract number: ____________________.",
    ]);
  });

  it("litware-standard: no off-site copy, a 24 h vendor SLA", () => {
    expect(planDeployment(standard()).restoreBriefing).toEqual([
      "Backups and exports: the deployment does not name the backup destination. Write it here before you need it: ____________________ (the commands below show <backup destination>).",
      'Every export and backup carries its run\'s stamp (yyyyMMdd-HHmmss) in its name. Where a command says <latest stamp>, use the newest good one: dir /b /o:-n "<backup destination>\\settings" lists the newest first.',
      "Off-site copy: none is kept. A lost site may have taken its backups with it.",
      "Hardware: without a spare, call the hardware vendor; the contract promises a replacement within 24 h (B8). Vendor and contract number: ____________________.",
    ]);
  });

  it("the Extension 1 example: its destination and off-site destination", () => {
    expect(planDeployment(enterpriseWithDestinations()).restoreBriefing).toEqual([
      "Backups and exports: \\\\backup01\\ocs (LCSCmd exports in \\\\backup01\\ocs\\settings, database backups in \\\\backup01\\ocs\\databases\\<server>, file shares in \\\\backup01\\ocs\\shares\\<content>).",
      'Every export and backup carries its run\'s stamp (yyyyMMdd-HHmmss) in its name. Where a command says <latest stamp>, use the newest good one: dir /b /o:-n "\\\\backup01\\ocs\\settings" lists the newest first.',
      "Off-site copy: \\\\drfs01\\ocs. Use it when the primary destination was lost with the site.",
      "Hardware: without a spare, call the hardware vendor; the contract promises a replacement within 8 h (B8). Vendor and contract number: ____________________.",
    ]);
  });
});

describe("restore commands read the modelled destination and SQL instance", () => {
  it("loss of site Redmond in the Extension 1 example: [order, command]", () => {
    const s = planDeployment(enterpriseWithDestinations()).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
    expect(s.steps.filter((x) => x.command).map((x) => [x.order, x.command])).toEqual([
      [20, "LCSCmd.exe /Forest /Action:CreatePool /PoolName:ocspool1"],
      [
        21,
        "sqlcmd -S sql01.litware.com\\OCSBE -E -b -Q \"IF DB_ID(N'RTC') IS NOT NULL ALTER DATABASE [RTC] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTC] FROM DISK = N'\\\\backup01\\ocs\\databases\\sql01.litware.com\\RTC-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTC] SET MULTI_USER\"",
      ],
      [
        23,
        'lcscmd /config /action:import /level:global /configfile:"\\\\backup01\\ocs\\settings\\ocspool1-global-pool-<latest stamp>.xml" /poolname:ocspool1',
      ],
      [
        24,
        'lcscmd /config /action:import /level:pool /configfile:"\\\\backup01\\ocs\\settings\\ocspool1-global-pool-<latest stamp>.xml" /poolname:ocspool1',
      ],
      [
        33,
        'robocopy "\\\\backup01\\ocs\\iis\\ocspool1server1.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
      ],
      [
        35,
        'lcscmd /config /action:import /level:machine /configfile:"\\\\backup01\\ocs\\settings\\ocspool1server1.litware.com-machine-<latest stamp>.xml" /fqdn:ocspool1server1.litware.com',
      ],
      [
        36,
        'robocopy "\\\\backup01\\ocs\\iis\\ocspool1server2.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
      ],
      [37, "lcscmd /server:ocspool1server1.litware.com /action:CheckLCServerState"],
      [
        38,
        'lcscmd /config /action:import /level:machine /configfile:"\\\\backup01\\ocs\\settings\\ocspool1server2.litware.com-machine-<latest stamp>.xml" /fqdn:ocspool1server2.litware.com',
      ],
      [39, "lcscmd /server:ocspool1server2.litware.com /action:CheckLCServerState"],
      [41, "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocspool1"],
      [
        47,
        'lcscmd /config /action:import /level:machine /configfile:"\\\\backup01\\ocs\\settings\\dir1.litware.com-machine-<latest stamp>.xml" /fqdn:dir1.litware.com',
      ],
      [48, "lcscmd /server:dir1.litware.com /action:CheckLCServerState"],
      [
        53,
        'lcscmd /config /action:import /level:machine /configfile:"\\\\backup01\\ocs\\settings\\med1.litware.com-machine-<latest stamp>.xml" /fqdn:med1.litware.com',
      ],
      [54, "lcscmd /server:med1.litware.com /action:CheckLCServerState"],
      [
        61,
        'lcscmd /config /action:import /level:machine /configfile:"\\\\backup01\\ocs\\settings\\edge1.litware.com-machine-<latest stamp>.xml" /fqdn:edge1.litware.com',
      ],
      [62, "lcscmd /server:edge1.litware.com /action:CheckLCServerState"],
      [
        66,
        "sqlcmd -S arch1.litware.com -E -b -Q \"IF DB_ID(N'LCSLog') IS NOT NULL ALTER DATABASE [LCSLog] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [LCSLog] FROM DISK = N'\\\\backup01\\ocs\\databases\\arch1.litware.com\\LCSLog-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [LCSLog] SET MULTI_USER\"",
      ],
      [
        70,
        "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'RTCCDR') IS NOT NULL ALTER DATABASE [RTCCDR] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTCCDR] FROM DISK = N'\\\\backup01\\ocs\\databases\\mon1.litware.com\\RTCCDR-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTCCDR] SET MULTI_USER\"",
      ],
      [
        71,
        "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'QoEMetrics') IS NOT NULL ALTER DATABASE [QoEMetrics] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [QoEMetrics] FROM DISK = N'\\\\backup01\\ocs\\databases\\mon1.litware.com\\QoEMetrics-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [QoEMetrics] SET MULTI_USER\"",
      ],
      [
        73,
        'lcscmd /config /action:import /level:machine /configfile:"\\\\backup01\\ocs\\settings\\arch1.litware.com-machine-<latest stamp>.xml" /fqdn:arch1.litware.com',
      ],
      [75, "lcscmd /server:arch1.litware.com /action:CheckLCServerState"],
      [
        78,
        'lcscmd /config /action:import /level:machine /configfile:"\\\\backup01\\ocs\\settings\\mon1.litware.com-machine-<latest stamp>.xml" /fqdn:mon1.litware.com',
      ],
      [79, "lcscmd /server:mon1.litware.com /action:CheckLCServerState"],
    ]);
  });
});

describe("a destination with an apostrophe", () => {
  it("is doubled inside the T-SQL string of the restore command, and left as it is in cmd.exe commands", () => {
    const d = enterpriseWithDestinations((x) => {
      x.backup.destination = "\\\\backup01\\o'brien";
    });
    const s = planDeployment(d).scenarios.find((x) => x.id === "loss-of-back-end:ocspool1")!;
    expect(s.steps.find((x) => x.title === "Restore RTC on sql01.litware.com")!.command).toBe(
      "sqlcmd -S sql01.litware.com\\OCSBE -E -b -Q \"IF DB_ID(N'RTC') IS NOT NULL ALTER DATABASE [RTC] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTC] FROM DISK = N'\\\\backup01\\o''brien\\databases\\sql01.litware.com\\RTC-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTC] SET MULTI_USER\"",
    );
    expect(s.steps.find((x) => x.title === "Import the pool-level settings of ocspool1")!.command).toBe(
      'lcscmd /config /action:import /level:pool /configfile:"\\\\backup01\\o\'brien\\settings\\ocspool1-global-pool-<latest stamp>.xml" /poolname:ocspool1',
    );
  });
});
