// Copies of backups from the remote location serve what their restores serve (P1): a slow copy of
// archiving data or meeting content never holds back the user check of IM. (Found with mutation
// testing: the copies used to carry every workload of their server, so on a slow link IM waited for
// an LCSLog copy that only archiving needs.)
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../formats/plan";
import { planDeployment } from "../plan";
import { enterprise, type Json } from "../testing/fixtures";

const runbook = (edit: (d: Json) => void, id: string): Scenario => planDeployment(enterprise(edit)).scenarios.find((s) => s.id === id)!;
const titled = (s: Scenario, title: string) => s.steps.find((x) => x.title === title)!;

describe("copies from the remote backup location", () => {
  it("a back end that also holds LCSLog, over 10 Mbit/s: IM waits for the RTC copy only, archiving for the LCSLog copy", () => {
    // RTC 25 GB over 10 Mbit/s: 25 * 8192 / 10 s = 342 min, from 60 to 402; LCSLog 120 GB: 1639 min.
    // Back end: spare hardware, Windows 60-180, SQL Server 180-240, the pool's databases 240-255, RTC
    // restored 402-432 (after its copy), checked 432-462, pool level 462-477, both front ends restarted
    // 477-492, the pool checked 492-522, users reassigned 522-582: IM confirmed 582-612 = 10.2 h.
    const s = runbook((d) => {
      d.databases.find((db: { name: string }) => db.name === "LCSLog").server = "sql01.litware.com";
      d.backup.bandwidthMbps = 10;
    }, "loss-of-back-end:ocspool1");
    const lcslogCopy = titled(s, "Copy the LCSLog database backup back from the remote backup location");
    expect([lcslogCopy.minutes, lcslogCopy.workloads]).toEqual([1639, ["archiving"]]);
    expect(titled(s, "Copy the RTC database backup back from the remote backup location").minutes).toBe(342);
    const reassign = titled(s, "Reassign the users of ocspool1");
    expect(titled(s, "Confirm IM and presence as a user")).toMatchObject({ dependsOn: [reassign.order], startMinute: 582 });
    expect(s.workloads.find((w) => w.workload === "im-presence")!.rtoHours).toBe(10.2);
    expect(titled(s, "Restore LCSLog on sql01.litware.com").dependsOn).toContain(lcslogCopy.order);
    expect(titled(s, "Confirm Archiving as a user").dependsOn).toEqual([
      reassign.order,
      titled(s, "Restore LCSLog on sql01.litware.com").order,
    ]);
  });

  it("meeting content on a front end: its copy serves web conferencing, not the other workloads' user checks", () => {
    const s = runbook((d) => {
      d.fileShares.find((x: { content: string }) => x.content === "meeting-content").path = "\\\\ocspool1server1\\ocs\\meetings";
      d.backup.bandwidthMbps = 10;
    }, "loss-of-pool:ocspool1");
    const copy = titled(s, "Copy the meeting-content share backup back from the remote backup location");
    expect(copy.workloads).toEqual(["web-conferencing"]);
    const reassign = titled(s, "Reassign the users of ocspool1").order;
    const restore = titled(s, "Restore the meeting-content share to \\\\ocspool1server1\\ocs\\meetings");
    expect(restore.dependsOn).toContain(copy.order);
    const checks = s.steps.filter((x) => x.title.startsWith("Confirm")).map((x) => [x.title, x.dependsOn]);
    expect(checks).toEqual([
      ["Confirm IM and presence as a user", [reassign]],
      ["Confirm Enterprise Voice as a user", [reassign]],
      ["Confirm Remote access and federation as a user", [reassign]],
      ["Confirm Web conferencing as a user", [reassign, restore.order]],
      ["Confirm A/V conferencing as a user", [reassign]],
      ["Confirm Archiving as a user", [reassign]],
      ["Confirm Monitoring (CDR and QoE) as a user", [reassign]],
      ["Confirm Application sharing as a user", [reassign]],
    ]);
  });
});
