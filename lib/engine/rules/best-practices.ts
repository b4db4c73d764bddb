// The chapter's best practices B1-B9, each with a judge reading the deployment's current practice.
// "unknown" means the deployment file does not record what the practice needs.
import type { Deployment } from "../../formats/deployment";
import type { BestPracticeCheck } from "../../formats/plan";
import type { Assumptions } from "../assumptions";

export interface Verdict {
  status: BestPracticeCheck["status"];
  why: string;
}

export interface BestPracticeRule {
  id: BestPracticeCheck["id"];
  title: string;
  judge(d: Deployment, a: Assumptions): Verdict;
  rules: readonly string[];
}

const pass = (why: string): Verdict => ({ status: "pass", why });
const fail = (why: string): Verdict => ({ status: "fail", why });
const unknown = (why: string): Verdict => ({ status: "unknown", why });

/** Whether an hour of day falls in the low-usage window [start, end), which may wrap past midnight. */
export function inLowUsageWindow(hour: number, a: Pick<Assumptions, "lowUsageStartHour" | "lowUsageEndHour">): boolean {
  const { lowUsageStartHour: start, lowUsageEndHour: end } = a;
  return start <= end ? hour >= start && hour < end : hour >= start || hour < end;
}

const pad = (h: number) => `${String(h).padStart(2, "0")}:00`;

/** The strictest recovery time target of the ranked workloads, if any. */
export const minTargetRtoHours = (d: Deployment): number | null =>
  d.priorities.workloads.length === 0 ? null : Math.min(...d.priorities.workloads.map((w) => w.rtoHours));

export const BEST_PRACTICES: readonly BestPracticeRule[] = [
  {
    id: "B1",
    title: "Regular full backups at a fitting interval",
    rules: ["B1", "D5", "P2"],
    judge: (d) => {
      const h = d.backup.databaseFrequencyHours;
      if (h === 0) return fail("No database backups are taken.");
      return h <= 24
        ? pass(`Full database backups every ${h} h (nightly or better).`)
        : fail(`Full database backups only every ${h} h: up to ${h} h of user data can be lost.`);
    },
  },
  {
    id: "B2",
    title: "Back up when usage is low",
    rules: ["B2"],
    judge: (d, a) => {
      const h = d.backup.windowStartHour;
      const window = `${pad(a.lowUsageStartHour)}-${pad(a.lowUsageEndHour)} (assumed low-usage hours)`;
      return inLowUsageWindow(h, a)
        ? pass(`Backups start at ${pad(h)}, inside ${window}.`)
        : fail(`Backups start at ${pad(h)}, outside ${window}.`);
    },
  },
  {
    id: "B3",
    title: "Software media and updates at hand",
    rules: ["B3"],
    judge: (d) =>
      d.recovery.mediaAvailable
        ? pass("Media and updates are at hand.")
        : fail("Media and updates are not at hand: every rebuild waits for them."),
  },
  {
    id: "B4",
    title: "Hardware and software records kept",
    rules: ["B4"],
    judge: () => unknown("The deployment file does not record whether hardware and software records are kept."),
  },
  {
    id: "B5",
    title: "Servers monitored proactively",
    rules: ["B5"],
    judge: () =>
      unknown("The deployment file does not record server monitoring (the Monitoring Server role collects call data, not server health)."),
  },
  {
    id: "B6",
    title: "Restores tested end to end",
    rules: ["B6"],
    judge: (d) =>
      d.backup.restoreTested
        ? pass("An end-to-end test restore has been done.")
        : fail("No end-to-end test restore has been done: the backups are unproven."),
  },
  {
    id: "B7",
    title: "Staff trained, procedures documented, drills run",
    rules: ["B7"],
    judge: (d) =>
      d.recovery.staffTrained
        ? pass("Staff are trained and this plan documents the procedures; whether drills are run is not recorded.")
        : fail("Staff are not trained in disaster recovery: the estimates allow for slower work."),
  },
  {
    id: "B8",
    title: "Spare hardware, a short vendor SLA, or a standby site",
    rules: ["B8", "P5"],
    judge: (d) => {
      const target = minTargetRtoHours(d);
      const sla = d.recovery.vendorHardwareSlaHours;
      const spares = d.servers.filter((s) => s.spareHardware).length;
      const standby = d.sites.some((s) => s.kind === "standby" && d.servers.some((x) => x.site === s.name));
      const reasons: string[] = [];
      if (spares > 0) reasons.push(`spare hardware for ${spares} of ${d.servers.length} servers`);
      if (target !== null && sla <= target) reasons.push(`a ${sla} h vendor SLA within the ${target} h strictest target`);
      if (standby) reasons.push("a standby site with servers");
      if (reasons.length > 0) return pass(`Covered by ${reasons.join(", ")}.`);
      if (target === null) return unknown(`No spares or standby site, and no recovery targets to judge the ${sla} h vendor SLA against.`);
      return fail(`No spare hardware or standby site, and the ${sla} h vendor SLA exceeds the strictest ${target} h recovery target.`);
    },
  },
  {
    id: "B9",
    title: "Transaction logs and database files on separate volumes",
    rules: ["B9"],
    judge: (d) =>
      d.backup.logsSeparateFromData
        ? pass(".ldf and .mdf files are on separate volumes.")
        : fail(".ldf and .mdf files share a volume: one disk failure takes both."),
  },
];

export function bestPracticeChecksFor(d: Deployment, a: Assumptions): BestPracticeCheck[] {
  return BEST_PRACTICES.map((b) => ({ id: b.id, title: b.title, ...b.judge(d, a), rules: [...b.rules] }));
}
