// Issue 25, "checks after their data": a user check runs after the steps that bring back what it
// looks at (USER_CHECK_RULES), is worded to need none of it when the runbook brings it back nowhere,
// and waits for nothing else.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Deployment } from "../../formats/deployment";
import { WORKLOAD_LABELS, type Workload } from "../../formats/enums";
import type { RunbookStep } from "../../formats/plan";
import { parseDeploymentText } from "../../formats/parse-deployment";
import { planDeployment } from "../plan";
import { USER_CHECK_RULES } from "../rules/user-checks";
import { deploymentArbitrary } from "../testing/arbitrary";
import { enterprise } from "../testing/fixtures";
import { runs } from "../testing/runs";
import { ancestors, scenario, step } from "../testing/step-graph";

function demo(): Deployment {
  const parsed = parseDeploymentText(readFileSync(path.resolve(__dirname, "../../demo/fabrikam-demo.json"), "utf8"), "fabrikam-demo.json");
  if (!parsed.ok) throw new Error("the demo deployment does not parse");
  return parsed.deployment;
}

const span = (x: RunbookStep) => [x.order, x.startMinute, x.finishMinute];

describe("checks after their data: literal", () => {
  it("demo, loss of site Redmond: the IM check starts when the contact-list import ends (T+10:18), not at T+5:00 before it", () => {
    const s = scenario(planDeployment(demo()), "loss-of-site:Redmond");
    const imported = step(s, "Import the contact lists of fabpool01's users into fabpooldr");
    const im = step(s, "Confirm IM and presence as a user");
    // [order, start, finish] in minutes: the import runs T+6:18-T+10:18, the check T+10:18-T+10:48.
    expect(span(imported)).toEqual([23, 378, 618]);
    expect(span(im)).toEqual([25, 618, 648]);
    expect(im.dependsOn).toEqual([19, 23]);
    expect(im.detail).toBe(USER_CHECK_RULES["im-presence"].check);
    expect(s.workloads.find((w) => w.workload === "im-presence")!.rtoHours).toBe(10.8);
    // The switch-over restores no meeting content: the web conferencing check uses a new meeting and
    // waits only for the internal DNS records pointing at Dublin.
    const web = step(s, "Confirm Web conferencing as a user");
    expect(web.detail).toBe(
      "Schedule a new meeting, upload a slide deck to it, join it and open the deck (this runbook brings back no meeting content from before the loss).",
    );
    expect([...span(web), web.dependsOn]).toEqual([20, 270, 300, [19]]);
    expect(s.steps[18].title).toBe("Point the internal DNS records at Dublin");
  });

  it("Enterprise example, loss of site Redmond: the old-meeting check after the meeting content and metadata restores, the IM check after RTC", () => {
    const s = scenario(planDeployment(enterprise()), "loss-of-site:Redmond");
    const content = step(s, "Restore the meeting-content share to \\\\fs01\\ocs\\meetings");
    const metadata = step(s, "Restore the meeting-metadata share to \\\\fs01\\ocs\\metadata");
    const web = step(s, "Confirm Web conferencing as a user");
    expect(span(content)).toEqual([25, 315, 351]);
    expect(span(metadata)).toEqual([26, 330, 332]);
    expect([...span(web), web.dependsOn]).toEqual([57, 1265, 1295, [25, 26, 42]]);
    expect(web.detail).toBe("Join a meeting scheduled before the loss and open the content uploaded to it.");
    const rtc = step(s, "Restore RTC on sql01.litware.com");
    const im = step(s, "Confirm IM and presence as a user");
    expect(span(rtc)).toEqual([21, 255, 285]);
    expect([...span(im), im.dependsOn]).toEqual([49, 1110, 1140, [42, 48]]);
    expect(ancestors(s.steps, im.order).has(rtc.order)).toBe(true);
    expect(im.detail).toBe(USER_CHECK_RULES["im-presence"].check);
  });
});

const CHECK = /^Confirm (.+) as a user$/;
const WORKLOAD_OF_LABEL = new Map(Object.entries(WORKLOAD_LABELS).map(([w, label]) => [label, w as Workload]));
const IMPORTS = /^Import the (contact lists of .+'s users into|user data of .+ with DBImpExp)/;
const RTC_RESTORE = /^Restore RTC on /;
const MEETING_SHARE = /^Restore the meeting-(content|metadata) share to /;

/** The steps bringing back what a check looks at, by the rule table, read from the runbook's titles. */
function producers(steps: readonly RunbookStep[], w: Workload): RunbookStep[] {
  const needs = USER_CHECK_RULES[w].needs;
  const out: RunbookStep[] = [];
  if (needs.includes("contact-lists")) {
    // After a move to a standby pool the users' lists come from the import; RTC restored in place
    // afterwards serves the failback.
    const imports = steps.filter((x) => IMPORTS.test(x.title));
    out.push(...(imports.length > 0 ? imports : steps.filter((x) => RTC_RESTORE.test(x.title))));
  }
  if (needs.includes("meeting-content")) out.push(...steps.filter((x) => MEETING_SHARE.test(x.title)));
  return out;
}

function violations(steps: readonly RunbookStep[]): string[] {
  const out: string[] = [];
  for (const check of steps) {
    const label = CHECK.exec(check.title)?.[1];
    const w = label === undefined ? undefined : WORKLOAD_OF_LABEL.get(label);
    if (!w) continue;
    const rule = USER_CHECK_RULES[w];
    const data = producers(steps, w);
    const before = ancestors(steps, check.order);
    if (rule.needs.length > 0 && check.detail === rule.check) {
      if (data.length === 0) out.push(`${check.title}: looks at data no step brings back`);
      for (const p of data)
        if (!before.has(p.order) || p.finishMinute! > check.startMinute!)
          out.push(`${check.title} (starts at ${check.startMinute}) does not wait for "${p.title}" (ends at ${p.finishMinute})`);
    } else if (rule.needs.length > 0 && check.detail !== rule.withoutData) out.push(`${check.title}: unexpected wording`);
    if (w === "im-presence" && check.detail === rule.withoutData && steps.some((x) => IMPORTS.test(x.title)))
      out.push(`${check.title}: worded without contact lists although they are imported`);
    // A check waits for nothing else: each direct dependency serves its workload or brings back its data,
    // or is the assessment step a check falls back on when nothing else serves the workload.
    for (const d of check.dependsOn) {
      const dep = steps[d - 1];
      const serves = dep.workloads?.includes(w) ?? false;
      if (!serves && !data.includes(dep) && dep.dependsOn.length > 0) out.push(`${check.title} waits for unrelated "${dep.title}"`);
    }
  }
  return out;
}

describe("checks after their data: on generated deployments", () => {
  it("no user check starts before a step bringing back its data, and none waits for an unrelated step", () => {
    fc.assert(
      fc.property(deploymentArbitrary, (d) => {
        for (const s of planDeployment(d).scenarios) {
          expect({ id: s.id, problems: violations(s.steps) }).toEqual({ id: s.id, problems: [] });
          if (s.failback)
            expect({ id: `failback:${s.id}`, problems: violations(s.failback.steps) }).toEqual({ id: `failback:${s.id}`, problems: [] });
        }
      }),
      runs(150),
    );
  });
});
