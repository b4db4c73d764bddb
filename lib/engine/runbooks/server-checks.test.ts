// What a rebuilt server's check says, per server in one plan (server-chain.ts keeps the texts per
// shape of server), and the steps that depend on what a server holds. The expanded example with its
// meeting content share moved to the Web Conferencing Server conf1 (the address book share stays on
// web1) and Archiving collocated on the back end sql01, which also holds LCSLog.
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { planDeployment } from "../plan";
import { expandedWithCollocations } from "../testing/fixtures";

const deployment = (): Deployment => {
  const d = expandedWithCollocations();
  d.fileShares!.find((s) => s.content === "meeting-content")!.path = "\\\\conf1\\ocs\\meetings";
  d.servers.find((s) => s.fqdn === "sql01.litware.com")!.roles = ["back-end-sql", "archiving"];
  d.servers = d.servers.filter((s) => s.fqdn !== "arch1.litware.com");
  d.databases = (d.databases ?? []).filter((x) => x.server !== "arch1.litware.com");
  return d;
};
const scenario = (id: string) => planDeployment(deployment()).scenarios.find((x) => x.id === id)!;

const START = "Start the OCS services, check the server state and run the Validation Wizard for its roles.";
const QUEUES = " While it was down the front ends held its data in Message Queuing (inferred): check the queues drain.";
const BALANCER = " Put it back into the load balancer.";
const EDGE =
  " Check that the trusted Edge entries in the global, pool and Mediation settings still name it, and that DNS records and firewall rules match the infrastructure record.";
const ADDRESS_BOOK = " The address book files are not restored: the User Replicator regenerates them (D7).";

describe("the check of each rebuilt server, in one site loss", () => {
  it("says what that server's roles and data need", () => {
    const checks = scenario("loss-of-site:Redmond").steps.filter((x) => /^Check [a-z0-9]+\.litware\.com$/.test(x.title));
    expect(Object.fromEntries(checks.map((x) => [x.server, x.detail]))).toEqual({
      // A back end that also runs Archiving: its data waited in the front ends' queues.
      "sql01.litware.com": START + QUEUES,
      "ocspool1server1.litware.com": START + BALANCER,
      "ocspool1server2.litware.com": START + BALANCER,
      "dir1.litware.com": START,
      "med1.litware.com": START + " Check the media gateway configuration, which is kept with the gateway vendor's tools.",
      "edge1.litware.com": START + EDGE,
      "avedge1.litware.com": START + EDGE,
      // The address book share's server: its files are regenerated, not restored.
      "web1.litware.com": START + ADDRESS_BOOK,
      // Another share (meeting content) says nothing about the address book.
      "conf1.litware.com": START,
      "avc1.litware.com": START,
      "mon1.litware.com": START + QUEUES,
      "as1.litware.com": START,
    });
  });

  it("puts the normalization rules file back only on the address book share's server (D9)", () => {
    expect(
      scenario("loss-of-site:Redmond")
        .steps.filter((x) => x.title.includes("normalization rules"))
        .map((x) => [x.server, x.command]),
    ).toEqual([
      [
        "web1.litware.com",
        'robocopy "<backup destination>\\shares\\normalization-rules\\<latest stamp>" "\\\\web1\\ocs\\abs" Company_Phone_Number_Normalization_Rules.txt /R:1 /W:1',
      ],
    ]);
  });
});

describe("the back end's loss with surviving front ends", () => {
  it("restores RTC after the front ends are stopped, and LCSLog without waiting for that", () => {
    const s = scenario("loss-of-back-end:ocspool1");
    const order = (title: string) => s.steps.find((x) => x.title === title)!;
    const stop = order("Stop the OCS services on the front ends of ocspool1").order;
    expect(order("Restore RTC on sql01.litware.com").dependsOn).toContain(stop);
    expect(order("Restore LCSLog on sql01.litware.com").dependsOn).not.toContain(stop);
  });

  it("restarts each surviving pool member and reapplies its machine-level settings", () => {
    const s = scenario("loss-of-back-end:ocspool1");
    const restarts = s.steps.filter((x) => x.title.startsWith("Restart "));
    expect(restarts.map((x) => x.server)).toEqual([
      "ocspool1server1.litware.com",
      "ocspool1server2.litware.com",
      "web1.litware.com",
      "conf1.litware.com",
      "avc1.litware.com",
      "as1.litware.com",
    ]);
    for (const x of restarts)
      expect([x.verify, x.rules, x.detail]).toEqual([
        true,
        ["S7", "S3"],
        "Restart the OCS services so the server reconnects to its restored pool; if the server state check reports missing settings, this import restores them. The import syntax is inferred from the export syntax.",
      ]);
  });
});
