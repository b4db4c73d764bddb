import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterprise, standard } from "../engine/testing/fixtures";
import type { Deployment } from "../formats/deployment";
import { countByStatus, groupStatusOf, protectionOf, statusOf, type ProtectionItem } from "./protection";

const protect = (d: Deployment) => protectionOf(d, planDeployment(d));
const item = (id: string, covered: boolean): ProtectionItem => ({ id, label: id, covered });

describe("statusOf", () => {
  it("is not applicable without anything to back up", () => {
    expect(statusOf([])).toBe("not-applicable");
  });
  it("is protected when everything is covered, unprotected when nothing is, partly otherwise", () => {
    expect(statusOf([item("a", true), item("b", true)])).toBe("protected");
    expect(statusOf([item("a", false), item("b", false)])).toBe("unprotected");
    expect(statusOf([item("a", true), item("b", false)])).toBe("partly");
  });
  it("is unprotected when the primary item (the settings export) is not covered, whatever else is", () => {
    expect(statusOf([item("export", false), item("db", true)], "export")).toBe("unprotected");
    expect(statusOf([item("export", true), item("db", false)], "export")).toBe("partly");
  });
});

describe("protectionOf", () => {
  it("marks every server of the Enterprise example protected when every export and database is backed up", () => {
    const p = protect(enterprise());
    expect([...p.servers.values()].map((x) => x.status)).toEqual(Array(8).fill("protected"));
    // A front end rests on its machine export alone; the back end on its databases to back up (RTC, not RTCConfig/RTCDyn).
    expect(p.servers.get("ocspool1server1.litware.com")!.items.map((i) => i.id)).toEqual(["export:machine:ocspool1server1.litware.com"]);
    expect(p.servers.get("sql01.litware.com")!.items.map((i) => i.id)).toEqual(["database:RTC@sql01.litware.com"]);
    expect(p.servers.get("mon1.litware.com")!.items.map((i) => i.id)).toEqual([
      "export:machine:mon1.litware.com",
      "database:RTCCDR@mon1.litware.com",
      "database:QoEMetrics@mon1.litware.com",
    ]);
    expect(p.pools.get("ocspool1")!.status).toBe("protected");
  });

  it("makes every OCS server unprotected when no settings export is taken", () => {
    const p = protect(enterprise((d) => (d.backup.settingsFrequencyHours = 0)));
    expect(p.servers.get("ocspool1server1.litware.com")!.status).toBe("unprotected");
    // The Archiving Server's database is still backed up, but without its export it is unprotected.
    expect(p.servers.get("arch1.litware.com")!.status).toBe("unprotected");
    // The back end has no OCS settings: its database decides.
    expect(p.servers.get("sql01.litware.com")!.status).toBe("protected");
    expect(p.pools.get("ocspool1")!.status).toBe("unprotected");
  });

  it("makes servers whose databases are not backed up partly protected, and SQL Servers unprotected", () => {
    const p = protect(enterprise((d) => (d.backup.databaseFrequencyHours = 0)));
    expect(p.servers.get("arch1.litware.com")!.status).toBe("partly");
    expect(p.servers.get("mon1.litware.com")!.status).toBe("partly");
    expect(p.servers.get("sql01.litware.com")!.status).toBe("unprotected");
    expect(p.servers.get("dir1.litware.com")!.status).toBe("protected");
  });

  it("counts a database the topology implies but the file does not list as not backed up", () => {
    const p = protect(enterprise((d) => (d.databases = d.databases.filter((x: { name: string }) => x.name !== "LCSLog"))));
    const arch = p.servers.get("arch1.litware.com")!;
    expect(arch.status).toBe("partly");
    expect(arch.items.find((i) => i.id === "missing-database:LCSLog@arch1.litware.com")).toMatchObject({ covered: false });
  });

  it("rates file shares by their own backup, and the address book (rebuilt, not restored) as not applicable", () => {
    const p = protect(enterprise((d) => (d.backup.fileShareFrequencyHours = 0)));
    expect(p.shares.get("meeting-content@\\\\fs01\\ocs\\meetings")!.status).toBe("unprotected");
    expect(p.shares.get("address-book@\\\\fs01\\ocs\\abs")!.status).toBe("not-applicable");
    // \\fs01 is not a listed server: no server's status changes.
    expect([...p.servers.values()].every((x) => x.status === "protected")).toBe(true);
  });

  it("counts a share on a listed server (a local path on the Standard Edition server) towards that server", () => {
    const p = protect(standard((d) => (d.backup.fileShareFrequencyHours = 0)));
    const se = p.servers.get("ocsse1.litware.com")!;
    expect(se.status).toBe("partly");
    expect(se.items.filter((i) => !i.covered).map((i) => i.id)).toEqual([
      expect.stringMatching(/^share:meeting-content@C:/),
      expect.stringMatching(/^share:meeting-metadata@C:/),
    ]);
  });

  it("rates the reverse proxy by its environment backup, and has none when the deployment lists none", () => {
    expect(protect(enterprise()).reverseProxy!.status).toBe("unprotected");
    expect(protect(enterprise((d) => (d.dependencies.reverseProxy.backedUp = true))).reverseProxy!.status).toBe("protected");
    expect(protect(enterprise((d) => delete d.dependencies.reverseProxy)).reverseProxy).toBeNull();
  });
});

describe("group status", () => {
  it("counts members by status and summarises them", () => {
    const counts = countByStatus([{ status: "protected", items: [] }, { status: "unprotected", items: [] }, undefined]);
    expect(counts).toEqual({ protected: 1, partly: 0, unprotected: 1, "not-applicable": 1 });
    expect(groupStatusOf(counts)).toBe("partly");
    expect(groupStatusOf({ protected: 0, partly: 0, unprotected: 2, "not-applicable": 1 })).toBe("unprotected");
    expect(groupStatusOf({ protected: 3, partly: 0, unprotected: 0, "not-applicable": 1 })).toBe("protected");
    expect(groupStatusOf({ protected: 0, partly: 0, unprotected: 0, "not-applicable": 0 })).toBe("not-applicable");
  });
});
