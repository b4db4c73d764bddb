// Loss of the whole site, rebuilt in table 17-9 order (site.ts, rebuild.ts, server-chain.ts), both
// examples step by step: [order, title, minutes, start, depends on, rules].
// Worked by hand from the default assumptions (decision 60 min, Active Directory restore 240, new
// hardware 480 unless the server has a spare, Windows 120, SQL Server 60, an OCS role 90,
// certificates 30, IIS 10, a settings import 15, a check 30, a pool's users 60, copies over the
// 200 Mbit/s link, SQL restores at 50 GB/h, file restores at 100 GB/h) and two admins:
// - domain information first (60-300, S6), then the global settings (300-315);
// - the back end sql01 on its spare hardware, its databases created and RTC restored before the
//   pool-level import (403-418), which the front ends' machine imports wait for;
// - both front ends from 540 (hardware), checked by 835, the pool checked 835-865, its users
//   reassigned 865-925; the Director from 835, checked by 1120, so IM is confirmed 1120-1150 =
//   19.17 h; the Mediation Server from 1120, Enterprise Voice confirmed 1405-1435 = 23.92 h;
// - the Edge server imports only after the checkpoint on its next hop (pool and Director, P1);
// - Archiving and Monitoring last (P1), their databases restored before their roles are activated.
// The Standard example: one untrained admin (every step 1.5 times as long), hardware 1440, new
// certificates requested (no certificate backup: 240, so 360), RTC
// restored into the server's own SQL Express after its OCS services are stopped (D1, facts 8), the
// meeting folders restored on the server itself (D6), the normalization rules file put back (D9).
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
      [5, "Get replacement hardware for ocspool1server1.litware.com", 480, 60, [1], ["B8"]],
      [6, "Get replacement hardware for ocspool1server2.litware.com", 480, 60, [1], ["B8"]],
      [7, "Get replacement hardware for dir1.litware.com", 480, 60, [1], ["B8"]],
      [8, "Get replacement hardware for med1.litware.com", 480, 60, [1], ["B8"]],
      [9, "Get replacement hardware for edge1.litware.com", 480, 60, [1], ["B8"]],
      [10, "Copy the meeting-content share backup back from the remote backup location", 41, 60, [1], ["P5"]],
      [11, "Copy the meeting-metadata share backup back from the remote backup location", 2, 60, [1], ["P5"]],
      [12, "Get replacement hardware for arch1.litware.com", 480, 60, [1], ["B8"]],
      [13, "Copy the LCSLog database backup back from the remote backup location", 82, 60, [1], ["P5"]],
      [14, "Copy the compliance-log share backup back from the remote backup location", 11, 60, [1], ["P5"]],
      [15, "Get replacement hardware for mon1.litware.com", 480, 60, [1], ["B8"]],
      [16, "Copy the RTCCDR database backup back from the remote backup location", 21, 60, [1], ["P5"]],
      [17, "Copy the QoEMetrics database backup back from the remote backup location", 31, 60, [1], ["P5"]],
      [18, "Restore the meeting-content share to \\\\fs01\\ocs\\meetings", 36, 101, [1, 10], ["D6"]],
      [19, "Restore the meeting-metadata share to \\\\fs01\\ocs\\metadata", 2, 137, [1, 11], ["D6"]],
      [20, "Restore the compliance-log share to \\\\fs01\\ocs\\compliance", 9, 139, [1, 14], ["D6"]],
      [21, "Rebuild Windows on sql01.litware.com", 120, 148, [3], ["S3"]],
      [22, "Install SQL Server on sql01.litware.com", 60, 268, [21], ["D1", "B9"]],
      [23, "Import the global settings", 15, 300, [2], ["S7", "S1", "S2"]],
      [24, "Create the databases of pool ocspool1 on sql01.litware.com", 15, 328, [22], ["D2", "D3", "S7"]],
      [25, "Restore RTC on sql01.litware.com", 30, 343, [4, 24], ["D1", "D5", "D2", "D3"]],
      [26, "Check the databases on sql01.litware.com", 30, 373, [25], ["D1", "D4"]],
      [27, "Import the pool-level settings of ocspool1", 15, 403, [23, 26], ["S7", "S2", "D2"]],
      [28, "Rebuild Windows on ocspool1server1.litware.com", 120, 540, [5], ["S3"]],
      [29, "Rebuild Windows on ocspool1server2.litware.com", 120, 540, [6], ["S3"]],
      [30, "Install and activate Front end on ocspool1server1.litware.com", 90, 660, [2, 26, 28], ["S8"]],
      [31, "Install and activate Front end on ocspool1server2.litware.com", 90, 660, [2, 26, 29], ["S8"]],
      [32, "Install the certificates on ocspool1server1.litware.com", 30, 750, [30], ["S6"]],
      [33, "Install the certificates on ocspool1server2.litware.com", 30, 750, [31], ["S6"]],
      [34, "Restore the IIS configuration of ocspool1server1.litware.com", 10, 780, [30], ["D9"]],
      [35, "Restore the IIS configuration of ocspool1server2.litware.com", 10, 780, [31], ["D9"]],
      [36, "Import the machine-level settings of ocspool1server1.litware.com", 15, 790, [27, 32], ["S7", "S3"]],
      [37, "Import the machine-level settings of ocspool1server2.litware.com", 15, 790, [27, 33], ["S7", "S3"]],
      [38, "Check ocspool1server1.litware.com", 30, 805, [34, 36], ["S7"]],
      [39, "Check ocspool1server2.litware.com", 30, 805, [35, 37], ["S7"]],
      [40, "Rebuild Windows on dir1.litware.com", 120, 835, [7], ["S3"]],
      [41, "Check pool ocspool1", 30, 835, [26, 27, 38, 39], ["S7"]],
      [42, "Reassign the users of ocspool1", 60, 865, [41], ["Restore order", "S7"]],
      [43, "Install and activate Director on dir1.litware.com", 90, 955, [2, 40], ["S8"]],
      [44, "Install the certificates on dir1.litware.com", 30, 1045, [43], ["S6"]],
      [45, "Import the machine-level settings of dir1.litware.com", 15, 1075, [23, 44], ["S7", "S3"]],
      [46, "Check dir1.litware.com", 30, 1090, [45], ["S7"]],
      [47, "Confirm IM and presence as a user", 30, 1120, [42, 46], ["P1"]],
      [48, "Rebuild Windows on med1.litware.com", 120, 1120, [8], ["S3"]],
      [49, "Checkpoint: the Edge servers' next hop answers", 0, 1120, [41, 46], ["Restore order", "P1"]],
      [50, "Install and activate Mediation on med1.litware.com", 90, 1240, [2, 48], ["S8"]],
      [51, "Install the certificates on med1.litware.com", 30, 1330, [50], ["S6"]],
      [52, "Import the machine-level settings of med1.litware.com", 15, 1360, [23, 51], ["S7", "S3"]],
      [53, "Check med1.litware.com", 30, 1375, [52], ["S7"]],
      [54, "Confirm Enterprise Voice as a user", 30, 1405, [42, 53], ["P1"]],
      [55, "Rebuild Windows on edge1.litware.com", 120, 1405, [9], ["S3"]],
      [56, "Install and activate Access Edge, Web Conferencing Edge, A/V Edge on edge1.litware.com", 90, 1525, [55], ["S8"]],
      [57, "Install the certificates on edge1.litware.com", 30, 1615, [56], ["S6"]],
      [58, "Import the machine-level settings of edge1.litware.com", 15, 1645, [23, 49, 57], ["S7", "S3"]],
      [59, "Check edge1.litware.com", 30, 1660, [58], ["S7"]],
      [60, "Confirm Remote access and federation as a user", 30, 1690, [42, 59], ["P1"]],
      [61, "Confirm A/V conferencing as a user", 30, 1690, [42], ["P1"]],
      [62, "Confirm Web conferencing as a user", 30, 1720, [18, 19, 42], ["P1"]],
      [63, "Rebuild Windows on arch1.litware.com", 120, 1750, [12], ["S3"]],
      [64, "Install SQL Server on arch1.litware.com", 60, 1870, [63], ["D1", "B9"]],
      [65, "Restore LCSLog on arch1.litware.com", 144, 1930, [13, 64], ["D4", "D5"]],
      [66, "Install and activate Archiving on arch1.litware.com", 90, 2074, [2, 65], ["S8"]],
      [67, "Install the certificates on arch1.litware.com", 30, 2164, [66], ["S6"]],
      [68, "Import the machine-level settings of arch1.litware.com", 15, 2194, [23, 67], ["S7", "S3"]],
      [69, "Check arch1.litware.com", 30, 2209, [68], ["S7"]],
      [70, "Confirm Archiving as a user", 30, 2239, [20, 42, 69], ["P1"]],
      [71, "Rebuild Windows on mon1.litware.com", 120, 2239, [15], ["S3"]],
      [72, "Install SQL Server on mon1.litware.com", 60, 2359, [71], ["D1", "B9"]],
      [73, "Restore RTCCDR on mon1.litware.com", 36, 2419, [16, 72], ["D4", "D5"]],
      [74, "Restore QoEMetrics on mon1.litware.com", 54, 2455, [17, 72], ["D4", "D5"]],
      [75, "Install and activate Monitoring on mon1.litware.com", 90, 2509, [2, 73, 74], ["S8"]],
      [76, "Install the certificates on mon1.litware.com", 30, 2599, [75], ["S6"]],
      [77, "Import the machine-level settings of mon1.litware.com", 15, 2629, [23, 76], ["S7", "S3"]],
      [78, "Check mon1.litware.com", 30, 2644, [77], ["S7"]],
      [79, "Confirm Monitoring (CDR and QoE) as a user", 30, 2674, [42, 78], ["P1"]],
      [80, "Confirm Application sharing as a user", 30, 2674, [42], ["P1"]],
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
