// Loss of the whole site, rebuilt in table 17-9 order (site.ts, rebuild.ts, server-chain.ts), both
// examples step by step: [order, title, minutes, start, depends on, rules].
// Worked by hand from the default assumptions (decision 60 min, Active Directory restore 240, new
// hardware 480 unless the server has a spare, Windows 120, SQL Server 60, an OCS role 90,
// certificates 30, IIS 10, a settings import 15, a check 30, a pool's users 60, copies over the
// 200 Mbit/s link, SQL restores at 50 GB/h, file restores at 100 GB/h) and two admins:
// - domain information first (60-300, S6), then the global settings (300-315);
// - the back end sql01 on its spare hardware, its databases created and RTC restored before the
//   pool-level import (403-418), which the front ends' machine imports wait for;
// - both front ends from 540 (hardware), the pool checked and its users reassigned; the Director and
//   the Mediation Server rebuilt by whichever admin is free when their hardware is there (issue 25:
//   no lanes dealt in advance), so IM is confirmed by 19 h and Enterprise Voice by 20.84 h (were
//   19.17 h and 23.92 h, the Mediation Server queued behind the Director's admin);
// - the Edge server imports only after the checkpoint on its next hop (pool and Director, P1);
// - Archiving and Monitoring last (P1), their databases restored before their roles are activated.
// The Standard example: one untrained admin (every step 1.5 times as long), hardware 1440, new
// certificates requested (no certificate backup: 240, so 360), RTC
// restored into the server's own SQL Express after its OCS services are stopped (D1, facts 8), the
// meeting folders restored on the server itself (D6), the normalization rules file put back (D9).
// Schedules (times, order, assignees) re-derived for issue 25's scheduler: steps go rank by rank to whichever
// administrator is free when they are ready; the structure assertions (titles, dependencies, commands) are unchanged.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { planDeployment } from "../plan";
import { enterprise, standard } from "../testing/fixtures";

const siteLoss = (d: Deployment) => planDeployment(d).scenarios.find((x) => x.id === "loss-of-site:Redmond")!;
const rows = (d: Deployment) => siteLoss(d).steps.map((x) => [x.order, x.title, x.minutes, x.startMinute, x.dependsOn, x.rules]);

describe("loss of site Redmond, rebuilt in table 17-9 order", () => {
  it("litware-enterprise-consolidated", () => {
    expect(rows(enterprise())).toEqual([
      [1, "Assess the loss of site Redmond", 60, 0, [], ["P1", "P5"]],
      [2, "Restore domain information", 240, 60, [1], ["Restore order", "S6", "S1"]],
      [3, "Take the spare hardware for sql01.litware.com", 0, 60, [1], ["B8"]],
      [4, "Copy the RTC database backup back from the remote backup location", 18, 60, [1], ["P5"]],
      [5, "Rebuild Windows on sql01.litware.com", 120, 60, [3], ["S3"]],
      [6, "Get replacement hardware for ocspool1server1.litware.com", 480, 60, [1], ["B8"]],
      [7, "Get replacement hardware for ocspool1server2.litware.com", 480, 60, [1], ["B8"]],
      [8, "Get replacement hardware for dir1.litware.com", 480, 60, [1], ["B8"]],
      [9, "Get replacement hardware for med1.litware.com", 480, 60, [1], ["B8"]],
      [10, "Get replacement hardware for edge1.litware.com", 480, 60, [1], ["B8"]],
      [11, "Copy the meeting-content share backup back from the remote backup location", 41, 60, [1], ["P5"]],
      [12, "Copy the meeting-metadata share backup back from the remote backup location", 2, 60, [1], ["P5"]],
      [13, "Get replacement hardware for arch1.litware.com", 480, 60, [1], ["B8"]],
      [14, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1], ["P5"]],
      [15, "Copy the compliance-log share backup back from the remote backup location", 11, 60, [1], ["P5"]],
      [16, "Get replacement hardware for mon1.litware.com", 480, 60, [1], ["B8"]],
      [17, "Copy the RTCCDR database backup back from the remote backup location", 21, 60, [1], ["P5"]],
      [18, "Copy the QoEMetrics database backup back from the remote backup location", 31, 60, [1], ["P5"]],
      [19, "Install SQL Server on sql01.litware.com", 60, 180, [5], ["D1", "B9"]],
      [20, "Create the databases of pool ocspool1 on sql01.litware.com", 15, 240, [19], ["D2", "D3", "S7"]],
      [21, "Restore RTC on sql01.litware.com", 30, 255, [4, 20], ["D1", "D5", "D2", "D3"]],
      [22, "Check the databases on sql01.litware.com", 30, 285, [21], ["D1", "D4"]],
      [23, "Import the global settings", 15, 300, [2], ["S7", "S1", "S2"]],
      [24, "Import the pool-level settings of ocspool1", 15, 315, [22, 23], ["S7", "S2", "D2"]],
      [25, "Restore the meeting-content share to \\\\fs01\\ocs\\meetings", 36, 315, [1, 11], ["D6"]],
      [26, "Restore the meeting-metadata share to \\\\fs01\\ocs\\metadata", 2, 330, [1, 12], ["D6"]],
      [27, "Restore the compliance-log share to \\\\fs01\\ocs\\compliance", 9, 332, [1, 15], ["D6"]],
      [28, "Rebuild Windows on ocspool1server1.litware.com", 120, 540, [6], ["S3"]],
      [29, "Rebuild Windows on ocspool1server2.litware.com", 120, 540, [7], ["S3"]],
      [30, "Install and activate Front end on ocspool1server1.litware.com", 90, 660, [2, 22, 28], ["S8"]],
      [31, "Install and activate Front end on ocspool1server2.litware.com", 90, 660, [2, 22, 29], ["S8"]],
      [32, "Install the certificates on ocspool1server1.litware.com", 30, 750, [30], ["S6"]],
      [33, "Restore the IIS configuration of ocspool1server1.litware.com", 10, 750, [30], ["D9"]],
      [34, "Install the certificates on ocspool1server2.litware.com", 30, 760, [31], ["S6"]],
      [35, "Import the machine-level settings of ocspool1server1.litware.com", 15, 780, [24, 32], ["S7", "S3"]],
      [36, "Restore the IIS configuration of ocspool1server2.litware.com", 10, 790, [31], ["D9"]],
      [37, "Check ocspool1server1.litware.com", 30, 795, [33, 35], ["S7"]],
      [38, "Import the machine-level settings of ocspool1server2.litware.com", 15, 800, [24, 34], ["S7", "S3"]],
      [39, "Check ocspool1server2.litware.com", 30, 815, [36, 38], ["S7"]],
      [40, "Rebuild Windows on dir1.litware.com", 120, 825, [8], ["S3"]],
      [41, "Check pool ocspool1", 30, 845, [22, 24, 37, 39], ["S7"]],
      [42, "Reassign the users of ocspool1", 60, 875, [41], ["Restore order", "S7"]],
      [43, "Rebuild Windows on med1.litware.com", 120, 935, [9], ["S3"]],
      [44, "Install and activate Director on dir1.litware.com", 90, 945, [2, 40], ["S8"]],
      [45, "Install the certificates on dir1.litware.com", 30, 1035, [44], ["S6"]],
      [46, "Install and activate Mediation on med1.litware.com", 90, 1055, [2, 43], ["S8"]],
      [47, "Import the machine-level settings of dir1.litware.com", 15, 1065, [23, 45], ["S7", "S3"]],
      [48, "Check dir1.litware.com", 30, 1080, [47], ["S7"]],
      [49, "Confirm IM and presence as a user", 30, 1110, [42, 48], ["P1"]],
      [50, "Checkpoint: the Edge servers' next hop answers", 0, 1110, [41, 48], ["Restore order", "P1"]],
      [51, "Install the certificates on med1.litware.com", 30, 1145, [46], ["S6"]],
      [52, "Rebuild Windows on edge1.litware.com", 120, 1145, [10], ["S3"]],
      [53, "Import the machine-level settings of med1.litware.com", 15, 1175, [23, 51], ["S7", "S3"]],
      [54, "Check med1.litware.com", 30, 1190, [53], ["S7"]],
      [55, "Confirm Enterprise Voice as a user", 30, 1220, [42, 54], ["P1"]],
      [56, "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com", 90, 1265, [52], ["S8"]],
      [57, "Confirm Web conferencing as a user", 30, 1265, [25, 26, 42], ["P1"]],
      [58, "Confirm A/V conferencing as a user", 30, 1295, [42], ["P1"]],
      [59, "Rebuild Windows on arch1.litware.com", 120, 1325, [13], ["S3"]],
      [60, "Install the certificates on edge1.litware.com", 30, 1355, [56], ["S6"]],
      [61, "Import the machine-level settings of edge1.litware.com", 15, 1385, [23, 50, 60], ["S7", "S3"]],
      [62, "Check edge1.litware.com", 30, 1400, [61], ["S7"]],
      [63, "Confirm Remote access and federation as a user", 30, 1430, [42, 62], ["P1"]],
      [64, "Install SQL Server on arch1.litware.com", 60, 1445, [59], ["D1", "B9"]],
      [65, "Confirm Application sharing as a user", 30, 1460, [42], ["P1"]],
      [66, "Restore LCSLog on arch1.litware.com", 144, 1505, [14, 64], ["D4", "D5"]],
      [67, "Rebuild Windows on mon1.litware.com", 120, 1505, [16], ["S3"]],
      [68, "Install SQL Server on mon1.litware.com", 60, 1625, [67], ["D1", "B9"]],
      [69, "Install and activate Archiving on arch1.litware.com", 90, 1649, [2, 66], ["S8"]],
      [70, "Restore RTCCDR on mon1.litware.com", 36, 1685, [17, 68], ["D4", "D5"]],
      [71, "Restore QoEMetrics on mon1.litware.com", 54, 1721, [18, 68], ["D4", "D5"]],
      [72, "Install the certificates on arch1.litware.com", 30, 1739, [69], ["S6"]],
      [73, "Import the machine-level settings of arch1.litware.com", 15, 1769, [23, 72], ["S7", "S3"]],
      [74, "Install and activate Monitoring on mon1.litware.com", 90, 1775, [2, 70, 71], ["S8"]],
      [75, "Check arch1.litware.com", 30, 1784, [73], ["S7"]],
      [76, "Confirm Archiving as a user", 30, 1814, [27, 42, 75], ["P1"]],
      [77, "Install the certificates on mon1.litware.com", 30, 1865, [74], ["S6"]],
      [78, "Import the machine-level settings of mon1.litware.com", 15, 1895, [23, 77], ["S7", "S3"]],
      [79, "Check mon1.litware.com", 30, 1910, [78], ["S7"]],
      [80, "Confirm Monitoring (CDR and QoE) as a user", 30, 1940, [42, 79], ["P1"]],
    ]);
  });

  it("litware-standard", () => {
    expect(rows(standard())).toEqual([
      [1, "Assess the loss of site Redmond", 90, 0, [], ["P1", "P5"]],
      [2, "Restore domain information", 360, 90, [1], ["Restore order", "S6", "S1"]],
      [3, "Get replacement hardware for ocsse1.litware.com", 1440, 90, [1], ["B8"]],
      [4, "Get replacement hardware for med1.litware.com", 1440, 90, [1], ["B8"]],
      [5, "Get replacement hardware for arch1.litware.com", 1440, 90, [1], ["B8"]],
      [6, "Get replacement hardware for mon1.litware.com", 1440, 90, [1], ["B8"]],
      [7, "Get replacement hardware for edge1.litware.com", 1440, 90, [1], ["B8"]],
      [8, "Import the global settings", 23, 450, [2], ["S7", "S1", "S2"]],
      [9, "Restore the compliance-log share to \\\\fs1\\ocs\\compliance", 2, 473, [1], ["D6"]],
      [10, "Rebuild Windows on ocsse1.litware.com", 180, 1530, [3], ["S3"]],
      [11, "Install and activate Standard Edition server on ocsse1.litware.com", 135, 1710, [2, 10], ["S8"]],
      [12, "Install the certificates on ocsse1.litware.com", 360, 1845, [11], ["S6"]],
      [13, "Stop the OCS services on ocsse1.litware.com", 15, 2205, [11], ["D1"]],
      [14, "Restore RTC on ocsse1.litware.com", 4, 2220, [13], ["D1", "D5", "D2", "D3"]],
      [15, "Restore the IIS configuration of ocsse1.litware.com", 15, 2224, [11], ["D9"]],
      [16, "Put the Address Book normalization rules file back on ocsse1.litware.com", 15, 2239, [11], ["D9", "D7"]],
      [17, "Import the pool-level settings of ocsse1", 23, 2254, [8, 14], ["S7", "S2", "D2"]],
      [18, "Import the machine-level settings of ocsse1.litware.com", 23, 2277, [12, 14, 17], ["S7", "S3"]],
      [19, "Check ocsse1.litware.com", 45, 2300, [15, 16, 18], ["S7"]],
      [20, "Check pool ocsse1", 45, 2345, [17, 19], ["S7"]],
      [21, "Reassign the users of ocsse1", 90, 2390, [20], ["Restore order", "S7"]],
      [22, "Checkpoint: the Edge servers' next hop answers", 0, 2390, [20], ["Restore order", "P1"]],
      [23, "Confirm IM and presence as a user", 45, 2480, [21], ["P1"]],
      [24, "Rebuild Windows on med1.litware.com", 180, 2525, [4], ["S3"]],
      [25, "Install and activate Mediation on med1.litware.com", 135, 2705, [2, 24], ["S8"]],
      [26, "Install the certificates on med1.litware.com", 360, 2840, [25], ["S6"]],
      [27, "Import the machine-level settings of med1.litware.com", 23, 3200, [8, 26], ["S7", "S3"]],
      [28, "Check med1.litware.com", 45, 3223, [27], ["S7"]],
      [29, "Confirm Enterprise Voice as a user", 45, 3268, [21, 28], ["P1"]],
      [
        30,
        "Restore the meeting-content share to C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Web",
        5,
        3313,
        [11],
        ["D6"],
      ],
      [
        31,
        "Restore the meeting-metadata share to C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\Web Components\\Data MCU Web\\Non-Web",
        1,
        3318,
        [11],
        ["D6"],
      ],
      [32, "Confirm Web conferencing as a user", 45, 3319, [21, 30, 31], ["P1"]],
      [33, "Rebuild Windows on arch1.litware.com", 180, 3364, [5], ["S3"]],
      [34, "Install SQL Server on arch1.litware.com", 90, 3544, [33], ["D1", "B9"]],
      [35, "Restore LCSLog on arch1.litware.com", 24, 3634, [34], ["D4", "D5"]],
      [36, "Install and activate Archiving on arch1.litware.com", 135, 3658, [2, 35], ["S8"]],
      [37, "Install the certificates on arch1.litware.com", 360, 3793, [36], ["S6"]],
      [38, "Import the machine-level settings of arch1.litware.com", 23, 4153, [8, 37], ["S7", "S3"]],
      [39, "Check arch1.litware.com", 45, 4176, [38], ["S7"]],
      [40, "Confirm Archiving as a user", 45, 4221, [9, 21, 39], ["P1"]],
      [41, "Rebuild Windows on mon1.litware.com", 180, 4266, [6], ["S3"]],
      [42, "Install SQL Server on mon1.litware.com", 90, 4446, [41], ["D1", "B9"]],
      [43, "Restore RTCCDR on mon1.litware.com", 5, 4536, [42], ["D4", "D5"]],
      [44, "Restore QoEMetrics on mon1.litware.com", 8, 4541, [42], ["D4", "D5"]],
      [45, "Install and activate Monitoring on mon1.litware.com", 135, 4549, [2, 43, 44], ["S8"]],
      [46, "Install the certificates on mon1.litware.com", 360, 4684, [45], ["S6"]],
      [47, "Import the machine-level settings of mon1.litware.com", 23, 5044, [8, 46], ["S7", "S3"]],
      [48, "Check mon1.litware.com", 45, 5067, [47], ["S7"]],
      [49, "Rebuild Windows on edge1.litware.com", 180, 5112, [7], ["S3"]],
      [50, "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com", 135, 5292, [49], ["S8"]],
      [51, "Install the certificates on edge1.litware.com", 360, 5427, [50], ["S6"]],
      [52, "Import the machine-level settings of edge1.litware.com", 23, 5787, [8, 22, 51], ["S7", "S3"]],
      [53, "Check edge1.litware.com", 45, 5810, [52], ["S7"]],
      [54, "Confirm A/V conferencing as a user", 45, 5855, [21], ["P1"]],
      [55, "Confirm Application sharing as a user", 45, 5900, [21], ["P1"]],
      [56, "Confirm Remote access and federation as a user", 45, 5945, [21, 53], ["P1"]],
      [57, "Confirm Monitoring (CDR and QoE) as a user", 45, 5990, [21, 48], ["P1"]],
    ]);
  });
});
