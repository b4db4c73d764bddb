// Loss of one server (single-server.ts with the server chain of server-chain.ts), step by step for
// every server of both examples: [order, title, minutes, start, depends on, server, command], and
// each workload's RTO and impact. A server of the same shape as one already planned reuses its
// schedule under its own name (ocspool1server2 after ocspool1server1): its titles, servers and
// commands must name it, not the first one.
// Worked by hand from the default assumptions: decision 60, new hardware 480 (Enterprise) or 1440
// (Standard), Windows 120, SQL Server 60, an OCS role 90, certificates 30 (Standard: reissued, 240),
// IIS 10, a settings import 15, a check 30, a user check 30, SQL restores at 50 GB/h after the copy
// over the link; the Standard example's one untrained admin takes 1.5 times as long.
// - A front end has a peer: no user check, every workload at reduced capacity until 13.92 h.
// - The only Director is taken out of the path first (P1): IM and remote access are back at 2 h.
// - Archiving: LCSLog (120 GB, 144 min) restored before the role is activated: 17.65 h.
// - With a second Mediation Server the gateway is routed to it first: voice is back at 2 h.
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { planDeployment } from "../plan";
import { enterprise, standard } from "../testing/fixtures";

const runbook = (d: Deployment, id: string) => {
  const s = planDeployment(d).scenarios.find((x) => x.id === id)!;
  return {
    workloads: s.workloads.map((w) => [w.workload, w.rtoHours, w.impact]),
    steps: s.steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.server ?? null, x.command ?? null]),
  };
};

describe("loss of one server, step by step", () => {
  it("litware-enterprise-consolidated: each server", () => {
    const d = enterprise();
    expect(runbook(d, "loss-of-server:ocspool1server1.litware.com")).toEqual({
      workloads: [
        ["im-presence", 13.75, "reduced-capacity"],
        ["enterprise-voice", 13.75, "reduced-capacity"],
        ["remote-access", 13.75, "reduced-capacity"],
        ["web-conferencing", 13.75, "reduced-capacity"],
        ["av-conferencing", 13.75, "reduced-capacity"],
        ["archiving", 13.75, "reduced-capacity"],
        ["monitoring", 13.75, "reduced-capacity"],
        ["app-sharing", 13.75, "reduced-capacity"],
      ],
      steps: [
        [1, "Assess the loss of ocspool1server1.litware.com", 60, 0, [], null, null],
        [2, "Get replacement hardware for ocspool1server1.litware.com", 480, 60, [1], "ocspool1server1.litware.com", null],
        [3, "Rebuild Windows on ocspool1server1.litware.com", 120, 540, [2], "ocspool1server1.litware.com", null],
        [4, "Install and activate Front end on ocspool1server1.litware.com", 90, 660, [3], "ocspool1server1.litware.com", null],
        [5, "Install the certificates on ocspool1server1.litware.com", 30, 750, [4], "ocspool1server1.litware.com", null],
        [
          6,
          "Restore the IIS configuration of ocspool1server1.litware.com",
          10,
          750,
          [4],
          "ocspool1server1.litware.com",
          'robocopy "<backup destination>\\iis\\ocspool1server1.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
        ],
        [
          7,
          "Import the machine-level settings of ocspool1server1.litware.com",
          15,
          780,
          [5],
          "ocspool1server1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\ocspool1server1.litware.com-machine-<latest stamp>.xml" /fqdn:ocspool1server1.litware.com',
        ],
        [
          8,
          "Check ocspool1server1.litware.com",
          30,
          795,
          [6, 7],
          "ocspool1server1.litware.com",
          "lcscmd /server:ocspool1server1.litware.com /action:CheckLCServerState",
        ],
      ],
    });
    expect(runbook(d, "loss-of-server:ocspool1server2.litware.com")).toEqual({
      workloads: [
        ["im-presence", 13.75, "reduced-capacity"],
        ["enterprise-voice", 13.75, "reduced-capacity"],
        ["remote-access", 13.75, "reduced-capacity"],
        ["web-conferencing", 13.75, "reduced-capacity"],
        ["av-conferencing", 13.75, "reduced-capacity"],
        ["archiving", 13.75, "reduced-capacity"],
        ["monitoring", 13.75, "reduced-capacity"],
        ["app-sharing", 13.75, "reduced-capacity"],
      ],
      steps: [
        [1, "Assess the loss of ocspool1server2.litware.com", 60, 0, [], null, null],
        [2, "Get replacement hardware for ocspool1server2.litware.com", 480, 60, [1], "ocspool1server2.litware.com", null],
        [3, "Rebuild Windows on ocspool1server2.litware.com", 120, 540, [2], "ocspool1server2.litware.com", null],
        [4, "Install and activate Front end on ocspool1server2.litware.com", 90, 660, [3], "ocspool1server2.litware.com", null],
        [5, "Install the certificates on ocspool1server2.litware.com", 30, 750, [4], "ocspool1server2.litware.com", null],
        [
          6,
          "Restore the IIS configuration of ocspool1server2.litware.com",
          10,
          750,
          [4],
          "ocspool1server2.litware.com",
          'robocopy "<backup destination>\\iis\\ocspool1server2.litware.com\\<latest stamp>\\config" "%windir%\\System32\\inetsrv\\config" /E /R:1 /W:1',
        ],
        [
          7,
          "Import the machine-level settings of ocspool1server2.litware.com",
          15,
          780,
          [5],
          "ocspool1server2.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\ocspool1server2.litware.com-machine-<latest stamp>.xml" /fqdn:ocspool1server2.litware.com',
        ],
        [
          8,
          "Check ocspool1server2.litware.com",
          30,
          795,
          [6, 7],
          "ocspool1server2.litware.com",
          "lcscmd /server:ocspool1server2.litware.com /action:CheckLCServerState",
        ],
      ],
    });
    expect(runbook(d, "loss-of-server:dir1.litware.com")).toEqual({
      workloads: [
        ["im-presence", 2, "outage"],
        ["remote-access", 2, "outage"],
      ],
      steps: [
        [1, "Assess the loss of dir1.litware.com", 60, 0, [], null, null],
        [2, "Take the Director out of the path", 30, 60, [1], null, null],
        [3, "Get replacement hardware for dir1.litware.com", 480, 60, [1], "dir1.litware.com", null],
        [4, "Confirm IM and presence as a user", 30, 90, [2], null, null],
        [5, "Confirm Remote access and federation as a user", 30, 90, [2], null, null],
        [6, "Rebuild Windows on dir1.litware.com", 120, 540, [3], "dir1.litware.com", null],
        [7, "Install and activate Director on dir1.litware.com", 90, 660, [6], "dir1.litware.com", null],
        [8, "Install the certificates on dir1.litware.com", 30, 750, [7], "dir1.litware.com", null],
        [
          9,
          "Import the machine-level settings of dir1.litware.com",
          15,
          780,
          [8],
          "dir1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\dir1.litware.com-machine-<latest stamp>.xml" /fqdn:dir1.litware.com',
        ],
        [10, "Check dir1.litware.com", 30, 795, [9], "dir1.litware.com", "lcscmd /server:dir1.litware.com /action:CheckLCServerState"],
        [11, "Put the Director back in the path", 30, 825, [10], null, null],
      ],
    });
    expect(runbook(d, "loss-of-server:arch1.litware.com")).toEqual({
      workloads: [["archiving", 17.65, "outage"]],
      steps: [
        [1, "Assess the loss of arch1.litware.com", 60, 0, [], null, null],
        [2, "Get replacement hardware for arch1.litware.com", 480, 60, [1], "arch1.litware.com", null],
        [3, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1], null, null],
        [4, "Rebuild Windows on arch1.litware.com", 120, 540, [2], "arch1.litware.com", null],
        [5, "Install SQL Server on arch1.litware.com", 60, 660, [4], "arch1.litware.com", null],
        [
          6,
          "Restore LCSLog on arch1.litware.com",
          144,
          720,
          [3, 5],
          "arch1.litware.com",
          "sqlcmd -S arch1.litware.com -E -b -Q \"IF DB_ID(N'LCSLog') IS NOT NULL ALTER DATABASE [LCSLog] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [LCSLog] FROM DISK = N'<backup destination>\\databases\\arch1.litware.com\\LCSLog-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [LCSLog] SET MULTI_USER\"",
        ],
        [7, "Install and activate Archiving on arch1.litware.com", 90, 864, [6], "arch1.litware.com", null],
        [8, "Install the certificates on arch1.litware.com", 30, 954, [7], "arch1.litware.com", null],
        [
          9,
          "Import the machine-level settings of arch1.litware.com",
          15,
          984,
          [8],
          "arch1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\arch1.litware.com-machine-<latest stamp>.xml" /fqdn:arch1.litware.com',
        ],
        [10, "Check arch1.litware.com", 30, 999, [9], "arch1.litware.com", "lcscmd /server:arch1.litware.com /action:CheckLCServerState"],
        [11, "Confirm Archiving as a user", 30, 1029, [10], null, null],
      ],
    });
    expect(runbook(d, "loss-of-server:mon1.litware.com")).toEqual({
      workloads: [["monitoring", 16.15, "outage"]],
      steps: [
        [1, "Assess the loss of mon1.litware.com", 60, 0, [], null, null],
        [2, "Get replacement hardware for mon1.litware.com", 480, 60, [1], "mon1.litware.com", null],
        [3, "Copy the RTCCDR database backup back from the remote backup location", 21, 60, [1], null, null],
        [4, "Copy the QoEMetrics database backup back from the remote backup location", 31, 60, [1], null, null],
        [5, "Rebuild Windows on mon1.litware.com", 120, 540, [2], "mon1.litware.com", null],
        [6, "Install SQL Server on mon1.litware.com", 60, 660, [5], "mon1.litware.com", null],
        [
          7,
          "Restore RTCCDR on mon1.litware.com",
          36,
          720,
          [3, 6],
          "mon1.litware.com",
          "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'RTCCDR') IS NOT NULL ALTER DATABASE [RTCCDR] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTCCDR] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\RTCCDR-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTCCDR] SET MULTI_USER\"",
        ],
        [
          8,
          "Restore QoEMetrics on mon1.litware.com",
          54,
          720,
          [4, 6],
          "mon1.litware.com",
          "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'QoEMetrics') IS NOT NULL ALTER DATABASE [QoEMetrics] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [QoEMetrics] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\QoEMetrics-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [QoEMetrics] SET MULTI_USER\"",
        ],
        [9, "Install and activate Monitoring on mon1.litware.com", 90, 774, [7, 8], "mon1.litware.com", null],
        [10, "Install the certificates on mon1.litware.com", 30, 864, [9], "mon1.litware.com", null],
        [
          11,
          "Import the machine-level settings of mon1.litware.com",
          15,
          894,
          [10],
          "mon1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\mon1.litware.com-machine-<latest stamp>.xml" /fqdn:mon1.litware.com',
        ],
        [12, "Check mon1.litware.com", 30, 909, [11], "mon1.litware.com", "lcscmd /server:mon1.litware.com /action:CheckLCServerState"],
        [13, "Confirm Monitoring (CDR and QoE) as a user", 30, 939, [12], null, null],
      ],
    });
    expect(runbook(d, "loss-of-server:med1.litware.com")).toEqual({
      workloads: [["enterprise-voice", 14.25, "outage"]],
      steps: [
        [1, "Assess the loss of med1.litware.com", 60, 0, [], null, null],
        [2, "Get replacement hardware for med1.litware.com", 480, 60, [1], "med1.litware.com", null],
        [3, "Rebuild Windows on med1.litware.com", 120, 540, [2], "med1.litware.com", null],
        [4, "Install and activate Mediation on med1.litware.com", 90, 660, [3], "med1.litware.com", null],
        [5, "Install the certificates on med1.litware.com", 30, 750, [4], "med1.litware.com", null],
        [
          6,
          "Import the machine-level settings of med1.litware.com",
          15,
          780,
          [5],
          "med1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\med1.litware.com-machine-<latest stamp>.xml" /fqdn:med1.litware.com',
        ],
        [7, "Check med1.litware.com", 30, 795, [6], "med1.litware.com", "lcscmd /server:med1.litware.com /action:CheckLCServerState"],
        [8, "Confirm Enterprise Voice as a user", 30, 825, [7], null, null],
      ],
    });
    expect(runbook(d, "loss-of-server:edge1.litware.com")).toEqual({
      workloads: [["remote-access", 14.25, "outage"]],
      steps: [
        [1, "Assess the loss of edge1.litware.com", 60, 0, [], null, null],
        [2, "Get replacement hardware for edge1.litware.com", 480, 60, [1], "edge1.litware.com", null],
        [3, "Rebuild Windows on edge1.litware.com", 120, 540, [2], "edge1.litware.com", null],
        [
          4,
          "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com",
          90,
          660,
          [3],
          "edge1.litware.com",
          null,
        ],
        [5, "Install the certificates on edge1.litware.com", 30, 750, [4], "edge1.litware.com", null],
        [
          6,
          "Import the machine-level settings of edge1.litware.com",
          15,
          780,
          [5],
          "edge1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\edge1.litware.com-machine-<latest stamp>.xml" /fqdn:edge1.litware.com',
        ],
        [7, "Check edge1.litware.com", 30, 795, [6], "edge1.litware.com", "lcscmd /server:edge1.litware.com /action:CheckLCServerState"],
        [8, "Confirm Remote access and federation as a user", 30, 825, [7], null, null],
      ],
    });
  });

  it("litware-standard: each server", () => {
    const d = standard();
    expect(runbook(d, "loss-of-server:arch1.litware.com")).toEqual({
      workloads: [["archiving", 40.54, "outage"]],
      steps: [
        [1, "Assess the loss of arch1.litware.com", 90, 0, [], null, null],
        [2, "Get replacement hardware for arch1.litware.com", 1440, 90, [1], "arch1.litware.com", null],
        [3, "Rebuild Windows on arch1.litware.com", 180, 1530, [2], "arch1.litware.com", null],
        [4, "Install SQL Server on arch1.litware.com", 90, 1710, [3], "arch1.litware.com", null],
        [
          5,
          "Restore LCSLog on arch1.litware.com",
          24,
          1800,
          [4],
          "arch1.litware.com",
          "sqlcmd -S arch1.litware.com -E -b -Q \"IF DB_ID(N'LCSLog') IS NOT NULL ALTER DATABASE [LCSLog] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [LCSLog] FROM DISK = N'<backup destination>\\databases\\arch1.litware.com\\LCSLog-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [LCSLog] SET MULTI_USER\"",
        ],
        [6, "Install and activate Archiving on arch1.litware.com", 135, 1824, [5], "arch1.litware.com", null],
        [7, "Install the certificates on arch1.litware.com", 360, 1959, [6], "arch1.litware.com", null],
        [
          8,
          "Import the machine-level settings of arch1.litware.com",
          23,
          2319,
          [7],
          "arch1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\arch1.litware.com-machine-<latest stamp>.xml" /fqdn:arch1.litware.com',
        ],
        [9, "Check arch1.litware.com", 45, 2342, [8], "arch1.litware.com", "lcscmd /server:arch1.litware.com /action:CheckLCServerState"],
        [10, "Confirm Archiving as a user", 45, 2387, [9], null, null],
      ],
    });
    expect(runbook(d, "loss-of-server:mon1.litware.com")).toEqual({
      workloads: [["monitoring", 40.35, "outage"]],
      steps: [
        [1, "Assess the loss of mon1.litware.com", 90, 0, [], null, null],
        [2, "Get replacement hardware for mon1.litware.com", 1440, 90, [1], "mon1.litware.com", null],
        [3, "Rebuild Windows on mon1.litware.com", 180, 1530, [2], "mon1.litware.com", null],
        [4, "Install SQL Server on mon1.litware.com", 90, 1710, [3], "mon1.litware.com", null],
        [
          5,
          "Restore RTCCDR on mon1.litware.com",
          5,
          1800,
          [4],
          "mon1.litware.com",
          "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'RTCCDR') IS NOT NULL ALTER DATABASE [RTCCDR] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [RTCCDR] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\RTCCDR-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [RTCCDR] SET MULTI_USER\"",
        ],
        [
          6,
          "Restore QoEMetrics on mon1.litware.com",
          8,
          1805,
          [4],
          "mon1.litware.com",
          "sqlcmd -S mon1.litware.com -E -b -Q \"IF DB_ID(N'QoEMetrics') IS NOT NULL ALTER DATABASE [QoEMetrics] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; RESTORE DATABASE [QoEMetrics] FROM DISK = N'<backup destination>\\databases\\mon1.litware.com\\QoEMetrics-<latest stamp>.bak' WITH REPLACE; ALTER DATABASE [QoEMetrics] SET MULTI_USER\"",
        ],
        [7, "Install and activate Monitoring on mon1.litware.com", 135, 1813, [5, 6], "mon1.litware.com", null],
        [8, "Install the certificates on mon1.litware.com", 360, 1948, [7], "mon1.litware.com", null],
        [
          9,
          "Import the machine-level settings of mon1.litware.com",
          23,
          2308,
          [8],
          "mon1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\mon1.litware.com-machine-<latest stamp>.xml" /fqdn:mon1.litware.com',
        ],
        [10, "Check mon1.litware.com", 45, 2331, [9], "mon1.litware.com", "lcscmd /server:mon1.litware.com /action:CheckLCServerState"],
        [11, "Confirm Monitoring (CDR and QoE) as a user", 45, 2376, [10], null, null],
      ],
    });
    expect(runbook(d, "loss-of-server:med1.litware.com")).toEqual({
      workloads: [["enterprise-voice", 38.64, "outage"]],
      steps: [
        [1, "Assess the loss of med1.litware.com", 90, 0, [], null, null],
        [2, "Get replacement hardware for med1.litware.com", 1440, 90, [1], "med1.litware.com", null],
        [3, "Rebuild Windows on med1.litware.com", 180, 1530, [2], "med1.litware.com", null],
        [4, "Install and activate Mediation on med1.litware.com", 135, 1710, [3], "med1.litware.com", null],
        [5, "Install the certificates on med1.litware.com", 360, 1845, [4], "med1.litware.com", null],
        [
          6,
          "Import the machine-level settings of med1.litware.com",
          23,
          2205,
          [5],
          "med1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\med1.litware.com-machine-<latest stamp>.xml" /fqdn:med1.litware.com',
        ],
        [7, "Check med1.litware.com", 45, 2228, [6], "med1.litware.com", "lcscmd /server:med1.litware.com /action:CheckLCServerState"],
        [8, "Confirm Enterprise Voice as a user", 45, 2273, [7], null, null],
      ],
    });
    expect(runbook(d, "loss-of-server:edge1.litware.com")).toEqual({
      workloads: [["remote-access", 38.64, "outage"]],
      steps: [
        [1, "Assess the loss of edge1.litware.com", 90, 0, [], null, null],
        [2, "Get replacement hardware for edge1.litware.com", 1440, 90, [1], "edge1.litware.com", null],
        [3, "Rebuild Windows on edge1.litware.com", 180, 1530, [2], "edge1.litware.com", null],
        [
          4,
          "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com",
          135,
          1710,
          [3],
          "edge1.litware.com",
          null,
        ],
        [5, "Install the certificates on edge1.litware.com", 360, 1845, [4], "edge1.litware.com", null],
        [
          6,
          "Import the machine-level settings of edge1.litware.com",
          23,
          2205,
          [5],
          "edge1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\edge1.litware.com-machine-<latest stamp>.xml" /fqdn:edge1.litware.com',
        ],
        [7, "Check edge1.litware.com", 45, 2228, [6], "edge1.litware.com", "lcscmd /server:edge1.litware.com /action:CheckLCServerState"],
        [8, "Confirm Remote access and federation as a user", 45, 2273, [7], null, null],
      ],
    });
  });

  it("a second Mediation Server takes the gateway while med1 is rebuilt, and gives it back at the end", () => {
    const d = enterprise((x) => x.servers.push({ fqdn: "med2.litware.com", site: "Redmond", roles: ["mediation"] }));
    expect(runbook(d, "loss-of-server:med1.litware.com")).toEqual({
      workloads: [["enterprise-voice", 2, "outage"]],
      steps: [
        [1, "Assess the loss of med1.litware.com", 60, 0, [], null, null],
        [2, "Route the media gateway to another Mediation Server", 30, 60, [1], null, null],
        [3, "Get replacement hardware for med1.litware.com", 480, 60, [1], "med1.litware.com", null],
        [4, "Confirm Enterprise Voice as a user", 30, 90, [2], null, null],
        [5, "Rebuild Windows on med1.litware.com", 120, 540, [3], "med1.litware.com", null],
        [6, "Install and activate Mediation on med1.litware.com", 90, 660, [5], "med1.litware.com", null],
        [7, "Install the certificates on med1.litware.com", 30, 750, [6], "med1.litware.com", null],
        [
          8,
          "Import the machine-level settings of med1.litware.com",
          15,
          780,
          [7],
          "med1.litware.com",
          'lcscmd /config /action:import /level:machine /configfile:"<backup destination>\\settings\\med1.litware.com-machine-<latest stamp>.xml" /fqdn:med1.litware.com',
        ],
        [9, "Check med1.litware.com", 30, 795, [8], "med1.litware.com", "lcscmd /server:med1.litware.com /action:CheckLCServerState"],
        [10, "Route the media gateway back", 30, 825, [9], null, null],
      ],
    });
  });
});

describe("media not at hand and no usable bandwidth to the backup location", () => {
  it("waits for the media before installing anything (B3) and for the courier before restoring (P5)", () => {
    // Decision 0-60; media 60-540 (480), hardware 60-540, the courier 60-1500 (1440); Windows 540-660,
    // SQL Server 660-720 (after the media), LCSLog 1500-1644 (after the courier), Archiving 1644-1734,
    // certificates, import, check 1779-1809, the user check 1809-1839 = 30.65 h.
    const d = enterprise((x) => {
      x.recovery.mediaAvailable = false;
      x.backup.bandwidthMbps = 0;
    });
    const s = planDeployment(d).scenarios.find((x) => x.id === "loss-of-server:arch1.litware.com")!;
    expect(
      s.steps
        .slice(1, 4)
        .map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.rules, x.assumption ?? null, x.waiting ?? false, x.detail]),
    ).toEqual([
      [
        2,
        "Obtain the installation media and updates",
        480,
        60,
        [1],
        ["B3"],
        "missingMediaMinutes",
        true,
        "Software media and updates are not kept at hand (B3): allow time to download or order them before any installation.",
      ],
      [
        3,
        "Get replacement hardware for arch1.litware.com",
        480,
        60,
        [1],
        ["B8"],
        null,
        true,
        "No spare is on hand: the vendor contract delivers a replacement within 8 h (B8).",
      ],
      [
        4,
        "Copy the LCSLog database backup back from the remote backup location",
        1440,
        60,
        [1],
        ["P5"],
        "mediaShippingMinutes",
        true,
        "The backup location has no usable bandwidth: the backup media must be brought by courier (P5).",
      ],
    ]);
    expect(s.steps.slice(4).map((x) => [x.order, x.title, x.startMinute, x.dependsOn])).toEqual([
      [5, "Rebuild Windows on arch1.litware.com", 540, [3]],
      [6, "Install SQL Server on arch1.litware.com", 660, [2, 5]],
      [7, "Restore LCSLog on arch1.litware.com", 1500, [4, 6]],
      [8, "Install and activate Archiving on arch1.litware.com", 1644, [2, 7]],
      [9, "Install the certificates on arch1.litware.com", 1734, [8]],
      [10, "Import the machine-level settings of arch1.litware.com", 1764, [9]],
      [11, "Check arch1.litware.com", 1779, [10]],
      [12, "Confirm Archiving as a user", 1809, [11]],
    ]);
    expect(s.rtoHours).toBe(30.65);
  });
});

describe("a database the deployment file does not list", () => {
  it("is still restored where its role implies it, saying its size is unknown", () => {
    const d = enterprise((x) => {
      x.databases = x.databases.filter((db: { name: string }) => db.name !== "LCSLog");
    });
    const s = planDeployment(d).scenarios.find((x) => x.id === "loss-of-server:arch1.litware.com")!;
    const restore = s.steps.find((x) => x.title === "Restore LCSLog on arch1.litware.com")!;
    expect(restore.detail).toBe(
      "Restore the last full backup of LCSLog (size unknown: it is not listed in the deployment file, so its restore time is not counted) with SQL Server Management Studio (SQL Server 2005/2008).",
    );
    expect(restore.dependsOn).toContain(s.steps.find((x) => x.title === "Install SQL Server on arch1.litware.com")!.order);
    expect(s.steps.find((x) => x.title === "Install and activate Archiving on arch1.litware.com")!.dependsOn).toEqual([restore.order]);
    // The Enterprise example keeps its backups remotely: the copy cannot be sized either, and says so
    // instead of "About 0 GB".
    const copy = s.steps.find((x) => x.title === "Copy the LCSLog database backup back from the remote backup location")!;
    expect([copy.minutes, copy.detail]).toEqual([
      0,
      `Its size is unknown (the deployment file does not list it), so this copy over ${d.backup.bandwidthMbps} Mbit/s is not counted in the time; list its size to count it. It runs while the server is rebuilt (P5).`,
    ]);
  });
});

describe("servers of the same roles share a schedule only when they hold the same data", () => {
  const step = (d: Deployment, server: string, title: string) =>
    planDeployment(d)
      .scenarios.find((x) => x.id === `loss-of-server:${server}`)!
      .steps.find((x) => x.title === title)!;

  it("two Monitoring Servers with CDR databases of different sizes: each restore is timed by its own size", () => {
    // mon1 holds RTCCDR 30 GB (36 min at 50 GB/h); mon2 the same roles with RTCCDR 100 GB (120 min).
    const d = enterprise((x) => {
      x.servers.push({ fqdn: "mon2.litware.com", site: "Redmond", roles: ["monitoring"] });
      x.databases.push({ name: "RTCCDR", server: "mon2.litware.com", sizeGb: 100 });
    });
    expect(step(d, "mon1.litware.com", "Restore RTCCDR on mon1.litware.com").minutes).toBe(36);
    expect(step(d, "mon2.litware.com", "Restore RTCCDR on mon2.litware.com").minutes).toBe(120);
  });

  it("two Web Components Servers holding meeting content shares of different sizes: each copy is timed by its own size", () => {
    // The Enterprise example keeps its backups remotely over 200 Mbit/s: 10 GB take 10 x 8,192 / 200 / 60
    // = 6.8, so 7 min; 40 GB 27.3, so 28 min.
    const d = enterprise((x) => {
      x.pools[0].kind = "enterprise-expanded";
      x.servers.push(
        { fqdn: "web1.litware.com", site: "Redmond", pool: "ocspool1", roles: ["web-components"] },
        { fqdn: "web2.litware.com", site: "Redmond", pool: "ocspool1", roles: ["web-components"] },
      );
      x.fileShares = [
        { content: "meeting-content", path: "\\\\web1.litware.com\\content", sizeGb: 10 },
        { content: "meeting-content", path: "\\\\web2.litware.com\\content", sizeGb: 40 },
      ];
    });
    const copy = "Copy the meeting-content share backup back from the remote backup location";
    expect([step(d, "web1.litware.com", copy).minutes, step(d, "web2.litware.com", copy).minutes]).toEqual([7, 28]);
  });
});

describe("workarounds while a server is rebuilt: what each step says", () => {
  const fields = (d: Deployment, id: string) => {
    const s = planDeployment(d).scenarios.find((x) => x.id === id)!;
    return {
      steps: s.steps
        .filter((x) => !x.server && !x.title.startsWith("Confirm") && x.order > 1)
        .map((x) => [x.title, x.phase, x.verify ?? false, x.assumption ?? null, x.rules, x.workloads ?? null, x.detail]),
      notes: s.notes,
    };
  };

  it("the only Director", () => {
    expect(fields(enterprise(), "loss-of-server:dir1.litware.com")).toEqual({
      steps: [
        [
          "Take the Director out of the path",
          "Directors",
          true,
          "dnsUpdateMinutes",
          ["P1", "S6"],
          ["im-presence", "remote-access"],
          "Inferred: point the internal SIP service records that name the Director at the pool instead, and set the Edge servers' next hop to the pool (Edge properties in the OCS snap-in), so sign-in and remote access bypass the Director while it is rebuilt.",
        ],
        [
          "Put the Director back in the path",
          "Directors",
          true,
          "dnsUpdateMinutes",
          ["S6"],
          [],
          "Inferred: undo the DNS and next-hop changes once the Director passes its check.",
        ],
      ],
      notes: ["The only Director is taken out of the path first (inferred): users and the Edge reach the pool directly until it is back."],
    });
  });

  it("a Mediation Server with another one to take its gateway", () => {
    const d = enterprise((x) => x.servers.push({ fqdn: "med2.litware.com", site: "Redmond", roles: ["mediation"] }));
    expect(fields(d, "loss-of-server:med1.litware.com")).toEqual({
      steps: [
        [
          "Route the media gateway to another Mediation Server",
          "Mediation Servers",
          true,
          "dnsUpdateMinutes",
          ["P1"],
          ["enterprise-voice"],
          "Inferred: on the gateway (with its vendor's tools) and in the Mediation Server settings, send the calls of the lost server to a surviving Mediation Server, checking it can carry the extra calls.",
        ],
        [
          "Route the media gateway back",
          "Mediation Servers",
          true,
          "dnsUpdateMinutes",
          ["P1"],
          [],
          "Inferred: give the gateway back to the rebuilt Mediation Server once it passes its check.",
        ],
      ],
      notes: ["Calls go through another Mediation Server first (inferred); the rebuilt server takes its gateway back at the end."],
    });
  });
});
