// P2 (backup interval bounds data loss) and P3 (regulated archiving) in the RPO table.
import { describe, expect, it } from "vitest";
import { planDeployment } from "./plan";
import { enterprise, standard } from "./testing/fixtures";

describe("P2: the data a loss can cost is the interval between full backups plus the backup's own duration", () => {
  it("lists each backed-up database and share, then the settings exports", () => {
    const rpo = planDeployment(enterprise()).rpo;
    expect(rpo.map((r) => [r.data, r.kind, r.subject, r.hours])).toEqual([
      // 24 h interval + size / throughput (100 GB/h for SQL, 150 GB/h for files by default).
      ["RTC", "database", "sql01.litware.com", 24.25],
      ["LCSLog", "database", "arch1.litware.com", 25.2],
      ["RTCCDR", "database", "mon1.litware.com", 24.3],
      ["QoEMetrics", "database", "mon1.litware.com", 24.45],
      ["meeting-content", "file-share", "\\\\fs01\\ocs\\meetings", 24.4],
      ["meeting-metadata", "file-share", "\\\\fs01\\ocs\\metadata", 24.01],
      ["compliance-log", "file-share", "\\\\fs01\\ocs\\compliance", 24.1],
      ["LCSCmd settings exports", "settings", undefined, 168],
    ]);
  });

  it("targets the strictest data-loss target of the workloads that use the data (P1 table)", () => {
    const rpo = planDeployment(enterprise()).rpo;
    // Judged by the interval between full backups (P2, D5): a nightly full backup meets a 24 h target,
    // although the worst case (interval plus the backup's run) is a little over 24 h.
    expect(rpo.find((r) => r.data === "RTC")).toMatchObject({ targetHours: 24, hours: 24.25, intervalHours: 24, meets: true });
    expect(rpo.find((r) => r.data === "LCSLog")).toMatchObject({ targetHours: 4, meets: false, workloads: ["archiving"] });
    expect(rpo.find((r) => r.data === "LCSCmd settings exports")).toMatchObject({ targetHours: null, meets: null });
  });

  it("misses a target only when the interval between full backups exceeds it", () => {
    const rpo = planDeployment(enterprise((d) => (d.backup.databaseFrequencyHours = 25))).rpo;
    expect(rpo.find((r) => r.data === "RTC")).toMatchObject({ targetHours: 24, intervalHours: 25, meets: false });
    const tight = planDeployment(enterprise((d) => (d.priorities.workloads[0].rpoHours = 23))).rpo;
    expect(tight.find((r) => r.data === "RTC")).toMatchObject({ targetHours: 23, intervalHours: 24, meets: false });
  });

  it("meets a target the interval equals exactly: the Standard example's nightly backups against its 24 h targets", () => {
    const rpo = planDeployment(standard()).rpo;
    expect(rpo.find((r) => r.data === "RTC")).toMatchObject({ intervalHours: 24, targetHours: 24, meets: true });
    expect(rpo.find((r) => r.data === "meeting-metadata")).toMatchObject({ hours: 24, intervalHours: 24, targetHours: 24, meets: true });
    // One hour over the target misses it.
    const over = planDeployment(standard((d) => (d.backup.databaseFrequencyHours = 25))).rpo;
    expect(over.find((r) => r.data === "RTC")).toMatchObject({ intervalHours: 25, targetHours: 24, meets: false });
  });

  it("has no target for data whose workloads are not ranked", () => {
    expect(planDeployment(standard()).rpo.find((r) => r.data === "RTCCDR")).toMatchObject({ targetHours: null, meets: null });
  });

  it("follows the backup interval and the backup throughput", () => {
    expect(planDeployment(enterprise((d) => (d.backup.databaseFrequencyHours = 2))).rpo.find((r) => r.data === "LCSLog")).toMatchObject({
      hours: 3.2,
      meets: true,
    });
    const faster = planDeployment(
      enterprise((d) => (d.backup.databaseFrequencyHours = 2)),
      { assumptions: { sqlBackupGbPerHour: 240 } },
    );
    expect(faster.rpo.find((r) => r.data === "LCSLog")).toMatchObject({ hours: 2.5 });
  });
});

describe("RPO entries: workloads, rules and notes", () => {
  it("targets the strictest target of the data's workloads, wherever it is listed", () => {
    const plan = planDeployment(
      enterprise((d) => {
        const ws = d.priorities.workloads as { workload: string; rpoHours: number }[];
        ws.find((w) => w.workload === "im-presence")!.rpoHours = 48;
        ws.find((w) => w.workload === "enterprise-voice")!.rpoHours = 12;
      }),
    );
    expect(plan.rpo.find((r) => r.data === "RTC")).toMatchObject({ targetHours: 12, intervalHours: 24, meets: false });
  });

  it("names only the workloads the deployment serves: no remote access without an Edge server", () => {
    const noEdge = enterprise((d) => {
      d.servers = d.servers.filter((s: { fqdn: string }) => s.fqdn !== "edge1.litware.com");
      delete d.edge;
    });
    expect(planDeployment(noEdge).rpo.find((r) => r.data === "RTC")!.workloads).toEqual([
      "im-presence",
      "web-conferencing",
      "av-conferencing",
      "app-sharing",
      "enterprise-voice",
    ]);
    expect(planDeployment(enterprise()).rpo.find((r) => r.data === "meeting-content")!.workloads).toEqual(["web-conferencing"]);
    // The compliance log of a deployment without an Archiving Server serves no workload, so no target applies.
    const noArchiving = enterprise((d) => {
      d.servers = d.servers.filter((s: { fqdn: string }) => s.fqdn !== "arch1.litware.com");
      d.databases = d.databases.filter((x: { name: string }) => x.name !== "LCSLog");
    });
    expect(planDeployment(noArchiving).rpo.find((r) => r.data === "compliance-log")).toMatchObject({
      workloads: [],
      targetHours: null,
      meets: null,
    });
  });

  it("cites P2 with the rules of the data's backup decision", () => {
    const rpo = planDeployment(enterprise()).rpo;
    expect(rpo.map((r) => [r.data, r.rules])).toEqual([
      ["RTC", ["P2", "D1", "D5", "D10", "B10"]],
      ["LCSLog", ["P2", "D4", "D5", "D10", "B10"]],
      ["RTCCDR", ["P2", "D4", "D5", "D10", "B10"]],
      ["QoEMetrics", ["P2", "D4", "D5", "D10", "B10"]],
      ["meeting-content", ["P2", "D6"]],
      ["meeting-metadata", ["P2", "D6"]],
      ["compliance-log", ["P2", "D6"]],
      ["LCSCmd settings exports", ["P2", "S2", "S3"]],
    ]);
  });

  it("says when nothing is backed up or exported today, and otherwise only that exports age", () => {
    const today = planDeployment(enterprise()).rpo;
    expect(today.filter((r) => "note" in r).map((r) => [r.data, r.note])).toEqual([
      ["LCSCmd settings exports", "Changes made since the last export are lost on restore: export again after every configuration change."],
    ]);
    const none = planDeployment(
      enterprise((d) => {
        d.backup.databaseFrequencyHours = 0;
        d.backup.fileShareFrequencyHours = 0;
        d.backup.settingsFrequencyHours = 0;
      }),
    ).rpo;
    expect(none.find((r) => r.data === "RTC")!.note).toBe(
      "No database backups are taken today: schedule a full backup at least every 24 h (D5).",
    );
    expect(none.find((r) => r.data === "compliance-log")!.note).toBe(
      "No file share backups are taken today: back this share up at least every 24 h.",
    );
    expect(none.at(-1)).toMatchObject({
      data: "LCSCmd settings exports",
      hours: 24,
      note: "No settings exports are taken today; the plan exports every 24 h. Export again after every configuration change.",
    });
  });
});

describe("P3: a regulated organisation must keep archiving current", () => {
  it("makes an archiving backup interval over target a critical gap", () => {
    const gap = planDeployment(enterprise()).gaps.find((g) => g.id === "archiving-rpo-over-target:arch1.litware.com")!;
    expect(gap).toMatchObject({ severity: "critical", rules: ["P3", "P2", "D4"] });
  });

  it("makes a regulated deployment without an Archiving Server a critical gap", () => {
    const plan = planDeployment(
      enterprise((d) => {
        d.servers = d.servers.filter((s: { roles: string[] }) => !s.roles.includes("archiving"));
        d.databases = d.databases.filter((x: { name: string }) => x.name !== "LCSLog");
        d.priorities.workloads = d.priorities.workloads.filter((w: { workload: string }) => w.workload !== "archiving");
      }),
    );
    expect(plan.gaps.find((g) => g.id === "regulated-without-archiving")).toMatchObject({ severity: "critical", rules: ["P3"] });
  });

  it("does not ask an unregulated organisation for archiving", () => {
    expect(planDeployment(standard()).gaps.some((g) => g.rules.includes("P3"))).toBe(false);
  });
});
