// What the administrator reads and runs in the site-loss runbook of both examples (site.ts,
// rebuild.ts, server-chain.ts): for every step that names a server, a command, a check or an
// assumption, [order, server, command, verify, assumption], and every step's instructions. The times
// and dependencies of the same runbooks are pinned in site-rebuild.test.ts.
// Reviewed by hand against rules.md and the facts file: the commands are LCSCmd (S2, S3 imports from
// the backup destination, CheckLCServerState, CreatePool) and sqlcmd RESTORE DATABASE ... WITH
// REPLACE (D1, D4), robocopy for IIS (D9) and the shares (D6); no step restores the address book
// (D7), RTCConfig or RTCDyn (D2, D3); the Standard Edition server's RTC lives in its RTC instance.
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { planDeployment } from "../plan";
import { enterprise, standard } from "../testing/fixtures";

const siteLoss = (d: Deployment) => planDeployment(d).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
const runs = (d: Deployment) =>
  siteLoss(d)
    .steps.filter((x) => x.server || x.command || x.verify || x.assumption)
    .map((x) => [x.order, x.server ?? null, x.command ?? null, x.verify ?? false, x.assumption ?? null]);
const instructions = (d: Deployment) => Object.fromEntries(siteLoss(d).steps.map((x) => [x.title, x.detail]));

describe("litware-enterprise-consolidated: loss of site Redmond", () => {
  it("names these servers, commands, checks and assumptions", () => {
    expect(runs(enterprise())).toEqual([
      [1, null, null, false, "decisionMinutes"],
      [2, null, null, false, "adRestoreMinutes"],
      [3, "sql01.litware.com", null, false, null],
      [5, "sql01.litware.com", null, false, "osBuildMinutes"],
      [6, "ocspool1server1.litware.com", null, false, null],
      [7, "ocspool1server2.litware.com", null, false, null],
      [8, "dir1.litware.com", null, false, null],
      [9, "med1.litware.com", null, false, null],
      [10, "edge1.litware.com", null, false, null],
      [13, "arch1.litware.com", null, false, null],
      [16, "mon1.litware.com", null, false, null],
      [19, "sql01.litware.com", null, false, "sqlInstallMinutes"],
      [20, "sql01.litware.com", "LCSCmd.exe /Forest /Action:CreatePool /PoolName:ocspool1", true, "settingsImportMinutes"],
      [
        21,
        "sql01.litware.com",
        "sqlcmd -S sql01.litware.com -E -b -Q \"IF DB_ID(N'RTC') IS NOT NULL ALTER DATABASE [RTC] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTC] FROM DISK = N'<backup destination>\\databases\\sql01.litware.com\\RTC-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTC] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [22, "sql01.litware.com", null, false, "validationMinutes"],
      [
        23,
        null,
        'lcscmd /config /action:import /level:global /configfile:"<backup destination>\\settings\\ocspool1-global-pool-<latest stamp>.xml" /poolname:ocspool1',
        true,
        "settingsImportMinutes",
      ],
      [
        24,
        null,
        'lcscmd /config /action:import /level:pool /configfile:"<backup destination>\\settings\\ocspool1-global-pool-<latest stamp>.xml" /poolname:ocspool1',
        true,
        "settingsImportMinutes",
      ],
      [25, null, null, false, "fileRestoreGbPerHour"],
      [26, null, null, false, "fileRestoreGbPerHour"],
      [27, null, null, false, "fileRestoreGbPerHour"],
      [28, "ocspool1server1.litware.com", null, false, "osBuildMinutes"],
      [29, "ocspool1server2.litware.com", null, false, "osBuildMinutes"],
      [30, "ocspool1server1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [31, "ocspool1server2.litware.com", null, true, "ocsInstallActivateMinutes"],
      [32, "ocspool1server1.litware.com", null, false, "certificateMinutes"],
      [
        33,
        "ocspool1server1.litware.com",
        'robocopy "<backup destination>\\iis\\ocspool1server1.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
        true,
        null,
      ],
      [34, "ocspool1server2.litware.com", null, false, "certificateMinutes"],
      [
        35,
        "ocspool1server1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\ocspool1server1.litware.com-machine-<latest stamp>.xml" /fqdn:ocspool1server1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [
        36,
        "ocspool1server2.litware.com",
        'robocopy "<backup destination>\\iis\\ocspool1server2.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
        true,
        null,
      ],
      [
        37,
        "ocspool1server1.litware.com",
        "lcscmd /server:ocspool1server1.litware.com /action:CheckLCServerState",
        true,
        "validationMinutes",
      ],
      [
        38,
        "ocspool1server2.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\ocspool1server2.litware.com-machine-<latest stamp>.xml" /fqdn:ocspool1server2.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [
        39,
        "ocspool1server2.litware.com",
        "lcscmd /server:ocspool1server2.litware.com /action:CheckLCServerState",
        true,
        "validationMinutes",
      ],
      [40, "dir1.litware.com", null, false, "osBuildMinutes"],
      [41, null, "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocspool1", false, "validationMinutes"],
      [42, null, null, true, "userReassignMinutes"],
      [43, "med1.litware.com", null, false, "osBuildMinutes"],
      [44, "dir1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [45, "dir1.litware.com", null, false, "certificateMinutes"],
      [46, "med1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [
        47,
        "dir1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\dir1.litware.com-machine-<latest stamp>.xml" /fqdn:dir1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [48, "dir1.litware.com", "lcscmd /server:dir1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [49, null, null, false, "validationMinutes"],
      [51, "med1.litware.com", null, false, "certificateMinutes"],
      [52, "edge1.litware.com", null, false, "osBuildMinutes"],
      [
        53,
        "med1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\med1.litware.com-machine-<latest stamp>.xml" /fqdn:med1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [54, "med1.litware.com", "lcscmd /server:med1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [55, null, null, false, "validationMinutes"],
      [56, "edge1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [57, null, null, false, "validationMinutes"],
      [58, null, null, false, "validationMinutes"],
      [59, "arch1.litware.com", null, false, "osBuildMinutes"],
      [60, "edge1.litware.com", null, false, "certificateMinutes"],
      [
        61,
        "edge1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\edge1.litware.com-machine-<latest stamp>.xml" /fqdn:edge1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [62, "edge1.litware.com", "lcscmd /server:edge1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [63, null, null, false, "validationMinutes"],
      [64, "arch1.litware.com", null, false, "sqlInstallMinutes"],
      [65, null, null, false, "validationMinutes"],
      [
        66,
        "arch1.litware.com",
        "sqlcmd -S arch1.litware.com -E -b -Q \"IF DB_ID(N'LCSLog') IS NOT NULL ALTER DATABASE [LCSLog] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [LCSLog] FROM DISK = N'<backup destination>\\databases\\arch1.litware.com\\LCSLog-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [LCSLog] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [67, "mon1.litware.com", null, false, "osBuildMinutes"],
      [68, "mon1.litware.com", null, false, "sqlInstallMinutes"],
      [69, "arch1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [
        70,
        "mon1.litware.com",
        "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'RTCCDR') IS NOT NULL ALTER DATABASE [RTCCDR] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTCCDR] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\RTCCDR-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTCCDR] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [
        71,
        "mon1.litware.com",
        "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'QoEMetrics') IS NOT NULL ALTER DATABASE [QoEMetrics] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [QoEMetrics] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\QoEMetrics-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [QoEMetrics] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [72, "arch1.litware.com", null, false, "certificateMinutes"],
      [
        73,
        "arch1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\arch1.litware.com-machine-<latest stamp>.xml" /fqdn:arch1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [74, "mon1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [75, "arch1.litware.com", "lcscmd /server:arch1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [76, null, null, false, "validationMinutes"],
      [77, "mon1.litware.com", null, false, "certificateMinutes"],
      [
        78,
        "mon1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\mon1.litware.com-machine-<latest stamp>.xml" /fqdn:mon1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [79, "mon1.litware.com", "lcscmd /server:mon1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [80, null, null, false, "validationMinutes"],
    ]);
  });

  it("gives these instructions", () => {
    expect(instructions(enterprise())).toEqual({
      "Assess the loss of site Redmond":
        "Confirm what was lost and that it cannot be repaired in place, pick this runbook, warn users, and check that the backups and settings exports it needs can be read.",
      "Restore domain information":
        "Bring back the site's domain controllers and DNS from their backups with Windows tools (outside OCS), or confirm that domain controllers elsewhere serve the site.",
      "Take the spare hardware for sql01.litware.com": "Spare hardware is on hand (B8).",
      "Copy the RTC database backup back from the remote backup location":
        "About 25 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
      "Get replacement hardware for ocspool1server1.litware.com":
        "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      "Get replacement hardware for ocspool1server2.litware.com":
        "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      "Get replacement hardware for dir1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      "Get replacement hardware for med1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      "Get replacement hardware for edge1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      "Copy the meeting-content share backup back from the remote backup location":
        "About 60 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
      "Copy the meeting-metadata share backup back from the remote backup location":
        "About 2 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
      "Get replacement hardware for arch1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      "Copy the LCSLog database backup back from the remote backup location":
        "About 120 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
      "Copy the compliance-log share backup back from the remote backup location":
        "About 15 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
      "Get replacement hardware for mon1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      "Copy the RTCCDR database backup back from the remote backup location":
        "About 30 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
      "Copy the QoEMetrics database backup back from the remote backup location":
        "About 45 GB over 200 Mbit/s; it runs while the server is rebuilt (P5).",
      "Restore the meeting-content share to \\\\fs01\\ocs\\meetings":
        "Copy the backup back with robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003) onto the file server that holds this path (rebuild that server first if it was lost too); the path must stay the same.",
      "Restore the meeting-metadata share to \\\\fs01\\ocs\\metadata":
        "Copy the backup back with robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003) onto the file server that holds this path (rebuild that server first if it was lost too); the path must stay the same.",
      "Restore the compliance-log share to \\\\fs01\\ocs\\compliance":
        "Copy the backup back with robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003) onto the file server that holds this path (rebuild that server first if it was lost too); the path must stay the same.",
      "Rebuild Windows on sql01.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install SQL Server on sql01.litware.com":
        "Install SQL Server with the instance name, logins and permissions the server had before, with the .mdf and .ldf files on separate volumes (B9).",
      "Import the global settings":
        "Global settings live in Active Directory and every pool's export holds a copy; this uses the file of ocspool1. The import syntax is inferred from the export syntax.",
      "Create the databases of pool ocspool1 on sql01.litware.com":
        "RTCConfig and RTCDyn are not backed up (D2, D3) but the pool needs them: create the pool's databases on the new SQL Server instance (sql01.litware.com) before RTC is restored over the new, empty RTC and the pool-level settings are imported. The pool creation action exists; its parameters (back-end instance, database and log paths on separate volumes, B9) are a recollection.",
      "Restore RTC on sql01.litware.com":
        "Restore the last full backup of RTC (25 GB) with SQL Server Management Studio (SQL Server 2005/2008). Leave RTCConfig and RTCDyn out: the settings import rebuilds RTCConfig (D2) and RTCDyn is transient (D3).",
      "Check the databases on sql01.litware.com":
        "Confirm each restored database is online and that the OCS servers using it connect again.",
      "Import the pool-level settings of ocspool1":
        "Import the pool level from the pool's global+pool export, which rebuilds its RTCConfig database (D2). Run it from an administrative computer with the OCS tools. The import syntax is inferred from the export syntax.",
      "Rebuild Windows on ocspool1server1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Rebuild Windows on ocspool1server2.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install and activate Front end on ocspool1server1.litware.com":
        "Run Setup for Front end and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install and activate Front end on ocspool1server2.litware.com":
        "Run Setup for Front end and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on ocspool1server1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): import them from the certificate backup (S6).",
      "Install the certificates on ocspool1server2.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): import them from the certificate backup (S6).",
      "Restore the IIS configuration of ocspool1server1.litware.com":
        "LCSCmd and the database backups do not hold it (D9). The job pack copies the IIS configuration into a dated folder under <destination>\\iis\\<server>: on Windows Server 2008, copy the newest config folder back as below, then restart IIS (iisreset). On Windows Server 2003 that folder holds a metabase backup (MetaBack) instead: copy its files into %SystemRoot%\\system32\\inetsrv\\MetaBack and restore them with cscript %SystemRoot%\\system32\\iisback.vbs /restore /b OCS-<latest stamp> (inferred: the sources name only the 2008 folder).",
      "Restore the IIS configuration of ocspool1server2.litware.com":
        "LCSCmd and the database backups do not hold it (D9). The job pack copies the IIS configuration into a dated folder under <destination>\\iis\\<server>: on Windows Server 2008, copy the newest config folder back as below, then restart IIS (iisreset). On Windows Server 2003 that folder holds a metabase backup (MetaBack) instead: copy its files into %SystemRoot%\\system32\\inetsrv\\MetaBack and restore them with cscript %SystemRoot%\\system32\\iisback.vbs /restore /b OCS-<latest stamp> (inferred: the sources name only the 2008 folder).",
      "Import the machine-level settings of ocspool1server1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Import the machine-level settings of ocspool1server2.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check ocspool1server1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. Put it back into the load balancer.",
      "Check ocspool1server2.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. Put it back into the load balancer.",
      "Rebuild Windows on dir1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Check pool ocspool1": "Check the pool's state, then run the Validation Wizard against it.",
      "Reassign the users of ocspool1":
        "Users of a rebuilt pool can land under Unassigned Users and cannot sign in until moved: move them back with the Move Users wizard (Active Directory Users and Computers or the OCS snap-in), using its force option when the old pool does not answer. The force option's exact wording is unconfirmed.",
      "Install and activate Director on dir1.litware.com":
        "Run Setup for Director and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on dir1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): import them from the certificate backup (S6).",
      "Import the machine-level settings of dir1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check dir1.litware.com": "Start the OCS services, check the server state and run the Validation Wizard for its roles.",
      "Confirm IM and presence as a user":
        "Sign in as a test user homed on the restored pool; check presence updates, send an IM and confirm the contact list came back.",
      "Rebuild Windows on med1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Checkpoint: the Edge servers' next hop answers":
        "Edge servers come after the internal roles (table 17-9) because their next hop (the Director or the pool) must answer first; they do not wait for the Archiving, Monitoring or Mediation Servers (P1).",
      "Install and activate Mediation on med1.litware.com":
        "Run Setup for Mediation and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on med1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): import them from the certificate backup (S6).",
      "Import the machine-level settings of med1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check med1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. Check the media gateway configuration, which is kept with the gateway vendor's tools.",
      "Confirm Enterprise Voice as a user":
        "Place and receive a call to and from the public telephone network through the Mediation Server and its gateway.",
      "Rebuild Windows on edge1.litware.com":
        "Install Windows Server under the same FQDN in the perimeter network; Edge servers are not joined to the domain.",
      "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com":
        "Run Setup for Access Edge, Web Conferencing Edge, A/V Edge and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on edge1.litware.com":
        "Install the internal-interface and external-interface certificates; the internal-interface certificate and the dedicated A/V authentication certificate: import them from the certificate backup (S6).",
      "Import the machine-level settings of edge1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check edge1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. Check that the trusted Edge entries in the global, pool and Mediation settings still name it, and that DNS records and firewall rules match the infrastructure record.",
      "Confirm Remote access and federation as a user":
        "Sign in from outside the network, join a meeting as an external user and exchange an IM with a federated contact.",
      "Confirm A/V conferencing as a user": "Hold a three-party audio and video conference.",
      "Confirm Web conferencing as a user": "Join a meeting scheduled before the loss and open the content uploaded to it.",
      "Rebuild Windows on arch1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install SQL Server on arch1.litware.com":
        "Install SQL Server with the instance name, logins and permissions the server had before, with the .mdf and .ldf files on separate volumes (B9).",
      "Restore LCSLog on arch1.litware.com":
        "Restore the last full backup of LCSLog (120 GB) with SQL Server Management Studio (SQL Server 2005/2008).",
      "Install and activate Archiving on arch1.litware.com":
        "Run Setup for Archiving and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on arch1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): import them from the certificate backup (S6).",
      "Import the machine-level settings of arch1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check arch1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. While it was down the front ends held its data in Message Queuing (inferred): check the queues drain.",
      "Confirm Archiving as a user": "Send test IMs and confirm they arrive in the archiving database.",
      "Rebuild Windows on mon1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install SQL Server on mon1.litware.com":
        "Install SQL Server with the instance name, logins and permissions the server had before, with the .mdf and .ldf files on separate volumes (B9).",
      "Restore RTCCDR on mon1.litware.com":
        "Restore the last full backup of RTCCDR (30 GB) with SQL Server Management Studio (SQL Server 2005/2008).",
      "Restore QoEMetrics on mon1.litware.com":
        "Restore the last full backup of QoEMetrics (45 GB) with SQL Server Management Studio (SQL Server 2005/2008).",
      "Install and activate Monitoring on mon1.litware.com":
        "Run Setup for Monitoring and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on mon1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): import them from the certificate backup (S6).",
      "Import the machine-level settings of mon1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check mon1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. While it was down the front ends held its data in Message Queuing (inferred): check the queues drain.",
      "Confirm Monitoring (CDR and QoE) as a user": "Make a test call and confirm its call detail and quality records arrive.",
      "Confirm Application sharing as a user": "Share a program or the desktop in a meeting.",
    });
  });
});

describe("litware-standard: loss of site Redmond", () => {
  it("names these servers, commands, checks and assumptions", () => {
    expect(runs(standard())).toEqual([
      [1, null, null, false, "decisionMinutes"],
      [2, null, null, false, "adRestoreMinutes"],
      [3, "ocsse1.litware.com", null, false, null],
      [4, "med1.litware.com", null, false, null],
      [5, "arch1.litware.com", null, false, null],
      [6, "mon1.litware.com", null, false, null],
      [7, "edge1.litware.com", null, false, null],
      [
        8,
        null,
        'lcscmd /config /action:import /level:global /configfile:"<backup destination>\\settings\\ocsse1-global-pool-<latest stamp>.xml" /poolname:ocsse1',
        true,
        "settingsImportMinutes",
      ],
      [9, null, null, false, "fileRestoreGbPerHour"],
      [10, "ocsse1.litware.com", null, false, "osBuildMinutes"],
      [11, "ocsse1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [12, "ocsse1.litware.com", null, false, "certificateReissueMinutes"],
      [13, "ocsse1.litware.com", "sc \\\\ocsse1.litware.com stop RTCSRV", true, null],
      [
        14,
        "ocsse1.litware.com",
        "sqlcmd -S ocsse1.litware.com\\RTC -E -b -Q \"IF DB_ID(N'RTC') IS NOT NULL ALTER DATABASE [RTC] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTC] FROM DISK = N'<backup destination>\\databases\\ocsse1.litware.com\\RTC-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTC] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [
        15,
        "ocsse1.litware.com",
        'robocopy "<backup destination>\\iis\\ocsse1.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
        true,
        null,
      ],
      [
        16,
        "ocsse1.litware.com",
        'robocopy "<backup destination>\\shares\\normalization-rules\\<latest stamp>" "%ProgramFiles%\\Microsoft Office Communications Server 2007 R2\\Web Components\\Address Book Files\\Files" Company_Phone_Number_Normalization_Rules.txt /R:1 /W:1',
        true,
        null,
      ],
      [
        17,
        "ocsse1.litware.com",
        'lcscmd /config /action:import /level:pool /configfile:"<backup destination>\\settings\\ocsse1-global-pool-<latest stamp>.xml" /poolname:ocsse1',
        true,
        "settingsImportMinutes",
      ],
      [
        18,
        "ocsse1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\ocsse1.litware.com-machine-<latest stamp>.xml" /fqdn:ocsse1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [19, "ocsse1.litware.com", "lcscmd /server:ocsse1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [20, null, "LCSCmd.exe /Forest /Action:CheckPoolState /PoolName:ocsse1", false, "validationMinutes"],
      [21, null, null, true, "userReassignMinutes"],
      [23, null, null, false, "validationMinutes"],
      [24, "med1.litware.com", null, false, "osBuildMinutes"],
      [25, "med1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [26, "med1.litware.com", null, false, "certificateReissueMinutes"],
      [
        27,
        "med1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\med1.litware.com-machine-<latest stamp>.xml" /fqdn:med1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [28, "med1.litware.com", "lcscmd /server:med1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [29, null, null, false, "validationMinutes"],
      [30, "ocsse1.litware.com", null, false, "fileRestoreGbPerHour"],
      [31, "ocsse1.litware.com", null, false, "fileRestoreGbPerHour"],
      [32, null, null, false, "validationMinutes"],
      [33, "arch1.litware.com", null, false, "osBuildMinutes"],
      [34, "arch1.litware.com", null, false, "sqlInstallMinutes"],
      [
        35,
        "arch1.litware.com",
        "sqlcmd -S arch1.litware.com -E -b -Q \"IF DB_ID(N'LCSLog') IS NOT NULL ALTER DATABASE [LCSLog] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [LCSLog] FROM DISK = N'<backup destination>\\databases\\arch1.litware.com\\LCSLog-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [LCSLog] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [36, "arch1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [37, "arch1.litware.com", null, false, "certificateReissueMinutes"],
      [
        38,
        "arch1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\arch1.litware.com-machine-<latest stamp>.xml" /fqdn:arch1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [39, "arch1.litware.com", "lcscmd /server:arch1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [40, null, null, false, "validationMinutes"],
      [41, "mon1.litware.com", null, false, "osBuildMinutes"],
      [42, "mon1.litware.com", null, false, "sqlInstallMinutes"],
      [
        43,
        "mon1.litware.com",
        "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'RTCCDR') IS NOT NULL ALTER DATABASE [RTCCDR] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTCCDR] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\RTCCDR-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTCCDR] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [
        44,
        "mon1.litware.com",
        "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'QoEMetrics') IS NOT NULL ALTER DATABASE [QoEMetrics] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [QoEMetrics] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\QoEMetrics-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [QoEMetrics] SET MULTI_USER\"",
        false,
        "sqlRestoreGbPerHour",
      ],
      [45, "mon1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [46, "mon1.litware.com", null, false, "certificateReissueMinutes"],
      [
        47,
        "mon1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\mon1.litware.com-machine-<latest stamp>.xml" /fqdn:mon1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [48, "mon1.litware.com", "lcscmd /server:mon1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [49, "edge1.litware.com", null, false, "osBuildMinutes"],
      [50, "edge1.litware.com", null, true, "ocsInstallActivateMinutes"],
      [51, "edge1.litware.com", null, false, "certificateReissueMinutes"],
      [
        52,
        "edge1.litware.com",
        'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\edge1.litware.com-machine-<latest stamp>.xml" /fqdn:edge1.litware.com',
        true,
        "settingsImportMinutes",
      ],
      [53, "edge1.litware.com", "lcscmd /server:edge1.litware.com /action:CheckLCServerState", true, "validationMinutes"],
      [54, null, null, false, "validationMinutes"],
      [55, null, null, false, "validationMinutes"],
      [56, null, null, false, "validationMinutes"],
      [57, null, null, false, "validationMinutes"],
    ]);
  });

  it("gives these instructions", () => {
    expect(instructions(standard())).toEqual({
      "Assess the loss of site Redmond":
        "Confirm what was lost and that it cannot be repaired in place, pick this runbook, warn users, and check that the backups and settings exports it needs can be read.",
      "Restore domain information":
        "Bring back the site's domain controllers and DNS from their backups with Windows tools (outside OCS), or confirm that domain controllers elsewhere serve the site.",
      "Get replacement hardware for ocsse1.litware.com":
        "No spare is on hand: the vendor contract delivers a replacement within 24 h (B8).",
      "Get replacement hardware for med1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 24 h (B8).",
      "Get replacement hardware for arch1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 24 h (B8).",
      "Get replacement hardware for mon1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 24 h (B8).",
      "Get replacement hardware for edge1.litware.com": "No spare is on hand: the vendor contract delivers a replacement within 24 h (B8).",
      "Import the global settings":
        "Global settings live in Active Directory and every pool's export holds a copy; this uses the file of ocsse1. The import syntax is inferred from the export syntax.",
      "Restore the compliance-log share to \\\\fs1\\ocs\\compliance":
        "Copy the backup back with robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003) onto the file server that holds this path (rebuild that server first if it was lost too); the path must stay the same.",
      "Rebuild Windows on ocsse1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install and activate Standard Edition server on ocsse1.litware.com":
        "Run Setup for Standard Edition server and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete. Standard Edition Setup installs SQL Server 2005 Express Edition as well.",
      "Install the certificates on ocsse1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): there is no certificate backup, so request new ones from the certification authority (S6).",
      "Stop the OCS services on ocsse1.litware.com":
        "Stop the Front End service before RESTORE DATABASE replaces the RTC database the services hold open; the check at the end starts them again. The service's short name is a recollection.",
      "Restore RTC on ocsse1.litware.com":
        "Restore the last full backup of RTC (3 GB) with SQL Server Management Studio Express (SQL Server 2005 Express Edition). Leave RTCConfig and RTCDyn out: the settings import rebuilds RTCConfig (D2) and RTCDyn is transient (D3).",
      "Restore the IIS configuration of ocsse1.litware.com":
        "LCSCmd and the database backups do not hold it (D9). The job pack copies the IIS configuration into a dated folder under <destination>\\iis\\<server>: on Windows Server 2008, copy the newest config folder back as below, then restart IIS (iisreset). On Windows Server 2003 that folder holds a metabase backup (MetaBack) instead: copy its files into %SystemRoot%\\system32\\inetsrv\\MetaBack and restore them with cscript %SystemRoot%\\system32\\iisback.vbs /restore /b OCS-<latest stamp> (inferred: the sources name only the 2008 folder).",
      "Put the Address Book normalization rules file back on ocsse1.litware.com":
        "The address book files are regenerated (D7), but the normalization rules file is written by hand and must come back from its backup (D9): copy Company_Phone_Number_Normalization_Rules.txt into the Address Book files folder.",
      "Import the pool-level settings of ocsse1":
        "Import the pool-level settings, which rebuilds the pool's RTCConfig database (D2). If the pool's databases had to be created afresh, recreate the pool first without overwriting the restored RTC database (the CreatePool parameters are unverified). The import syntax is inferred from the export syntax.",
      "Import the machine-level settings of ocsse1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check ocsse1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. The address book files are not restored: the User Replicator regenerates them (D7).",
      "Check pool ocsse1": "Check the pool's state, then run the Validation Wizard against it.",
      "Reassign the users of ocsse1":
        "Users of a rebuilt pool can land under Unassigned Users and cannot sign in until moved: move them back with the Move Users wizard (Active Directory Users and Computers or the OCS snap-in), using its force option when the old pool does not answer. The force option's exact wording is unconfirmed.",
      "Checkpoint: the Edge servers' next hop answers":
        "Edge servers come after the internal roles (table 17-9) because their next hop (the Director or the pool) must answer first; they do not wait for the Archiving, Monitoring or Mediation Servers (P1).",
      "Confirm IM and presence as a user":
        "Sign in as a test user homed on the restored pool; check presence updates, send an IM and confirm the contact list came back.",
      "Rebuild Windows on med1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install and activate Mediation on med1.litware.com":
        "Run Setup for Mediation and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on med1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): there is no certificate backup, so request new ones from the certification authority (S6).",
      "Import the machine-level settings of med1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check med1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. Check the media gateway configuration, which is kept with the gateway vendor's tools.",
      "Confirm Enterprise Voice as a user":
        "Place and receive a call to and from the public telephone network through the Mediation Server and its gateway.",
      "Restore the meeting-content share to C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Web":
        "Copy the backup back with robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003); the path must stay the one the server was set up with.",
      "Restore the meeting-metadata share to C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Non-Web":
        "Copy the backup back with robocopy (built into Windows Server 2008; from the Windows Server 2003 Resource Kit Tools on 2003); the path must stay the one the server was set up with.",
      "Confirm Web conferencing as a user": "Join a meeting scheduled before the loss and open the content uploaded to it.",
      "Rebuild Windows on arch1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install SQL Server on arch1.litware.com":
        "Install SQL Server with the instance name, logins and permissions the server had before, with the .mdf and .ldf files on separate volumes (B9).",
      "Restore LCSLog on arch1.litware.com":
        "Restore the last full backup of LCSLog (20 GB) with SQL Server Management Studio (SQL Server 2005/2008).",
      "Install and activate Archiving on arch1.litware.com":
        "Run Setup for Archiving and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on arch1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): there is no certificate backup, so request new ones from the certification authority (S6).",
      "Import the machine-level settings of arch1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check arch1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. While it was down the front ends held its data in Message Queuing (inferred): check the queues drain.",
      "Confirm Archiving as a user": "Send test IMs and confirm they arrive in the archiving database.",
      "Rebuild Windows on mon1.litware.com":
        "Install Windows Server under the same FQDN and join the domain with the server's existing computer account: never delete that account from Active Directory.",
      "Install SQL Server on mon1.litware.com":
        "Install SQL Server with the instance name, logins and permissions the server had before, with the .mdf and .ldf files on separate volumes (B9).",
      "Restore RTCCDR on mon1.litware.com":
        "Restore the last full backup of RTCCDR (4 GB) with SQL Server Management Studio (SQL Server 2005/2008).",
      "Restore QoEMetrics on mon1.litware.com":
        "Restore the last full backup of QoEMetrics (6 GB) with SQL Server Management Studio (SQL Server 2005/2008).",
      "Install and activate Monitoring on mon1.litware.com":
        "Run Setup for Monitoring and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on mon1.litware.com":
        "Install the server certificate for its FQDN (and the pool FQDN for pool members): there is no certificate backup, so request new ones from the certification authority (S6).",
      "Import the machine-level settings of mon1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check mon1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. While it was down the front ends held its data in Message Queuing (inferred): check the queues drain.",
      "Rebuild Windows on edge1.litware.com":
        "Install Windows Server under the same FQDN in the perimeter network; Edge servers are not joined to the domain.",
      "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com":
        "Run Setup for Access Edge, Web Conferencing Edge, A/V Edge and activate the server from the Setup wizard (LCSCmd has an Activate action too, but its role keywords are unverified). ForestPrep and DomainPrep must already be complete.",
      "Install the certificates on edge1.litware.com":
        "Install the internal-interface and external-interface certificates; the internal-interface certificate and the dedicated A/V authentication certificate: there is no certificate backup, so request new ones from the certification authority (S6).",
      "Import the machine-level settings of edge1.litware.com":
        "Import this server's machine-level export. The import syntax is inferred from the export syntax.",
      "Check edge1.litware.com":
        "Start the OCS services, check the server state and run the Validation Wizard for its roles. Check that the trusted Edge entries in the global, pool and Mediation settings still name it, and that DNS records and firewall rules match the infrastructure record.",
      "Confirm A/V conferencing as a user": "Hold a three-party audio and video conference.",
      "Confirm Application sharing as a user": "Share a program or the desktop in a meeting.",
      "Confirm Remote access and federation as a user":
        "Sign in from outside the network, join a meeting as an external user and exchange an IM with a federated contact.",
      "Confirm Monitoring (CDR and QoE) as a user": "Make a test call and confirm its call detail and quality records arrive.",
    });
  });
});
