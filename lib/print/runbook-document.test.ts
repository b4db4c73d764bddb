// The printable runbook: number order with T+ start, duration and who; phase headings; one verify
// note per step naming its tool; workloads named once; a draft mark unless approved; the failback.
import { describe, expect, it } from "vitest";
import { planDeployment } from "../engine/plan";
import { enterpriseWithDublinPool } from "../engine/testing/fixtures";
import { buildRunbookDocument, commandTokens, draftLabel, stepsOf } from "./runbook-document";
import { runbookToMarkdown } from "./runbook-markdown";

const withStandby = enterpriseWithDublinPool;

function doc(id: string, approval?: { number: number; approvedBy: string }) {
  const plan = planDeployment(withStandby());
  const scenario = plan.scenarios.find((s) => s.id === id)!;
  const d = buildRunbookDocument(scenario, {
    deploymentName: "Litware",
    deploymentVersion: 3,
    producedOn: new Date("2026-11-29T10:00:00Z"),
    opening: plan.restoreBriefing,
  });
  return approval ? { ...d, approval } : d;
}

describe("runbook document", () => {
  it("keeps steps in number order, each with its T+ start, minutes and who", () => {
    const steps = stepsOf(doc("loss-of-pool:ocspool1").sections[0]);
    expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
    expect(steps[0]).toMatchObject({ order: 1, start: "T+0:00", minutes: 60, who: "admin 1" });
    for (const s of steps) {
      expect(s.start).toMatch(/^T\+\d+:\d\d$/);
      expect(s.who).toMatch(/^(admin \d|runs by itself)$/);
    }
    expect(steps.find((s) => s.title.startsWith("Get replacement hardware"))!.who).toBe("runs by itself");
  });

  it("heads each run of one phase with what the phase achieves, and names each workload once", () => {
    const blocks = doc("loss-of-pool:ocspool1").sections[0].blocks;
    expect(blocks[0]).toMatchObject({ phase: "Assess the loss", purpose: expect.stringMatching(/^Decide what was lost/) });
    const named = blocks.flatMap((b) => b.brings);
    expect(new Set(named).size).toBe(named.length);
    expect(blocks.some((b) => b.phase === "Confirm service" && b.purpose.startsWith("A user confirms"))).toBe(true);
  });

  it("gives one verify note per step, naming the tool's own help (DBImpExp is not LCSCmd)", () => {
    const steps = stepsOf(doc("loss-of-pool:ocspool1").sections[0]);
    expect(steps.find((s) => s.command?.startsWith("dbimpexp"))!.verifyNote).toBe(
      "Unverified syntax: check it with dbimpexp.exe /? on the server first.",
    );
    expect(steps.find((s) => s.command?.startsWith("lcscmd /config /action:import"))!.verifyNote).toBe(
      "Unverified syntax: check it with lcscmd /config /? on the server first.",
    );
    for (const s of steps) expect((s.detail ?? "").match(/lcscmd \/config \/\?/g)).toBeNull();
  });

  it("opens with where the backups are and whom to call, then the failback runbook after the main steps", () => {
    const d = doc("loss-of-pool:ocspool1");
    expect(d.opening[0]).toMatch(/^Backups and exports: the deployment does not name the backup destination/);
    expect(d.opening.at(-1)).toMatch(/replacement within 8 h \(B8\)/);
    expect(d.sections.map((s) => s.title)).toEqual([
      "Move the users to the standby pool drpool first, then rebuild in place",
      "Failback: bring the users home to ocspool1",
    ]);
  });

  it("marks a document that is not an approved version as a draft of its plan version", () => {
    expect(draftLabel(doc("loss-of-pool:ocspool1"))).toBe("DRAFT: deployment version 3, not approved");
    expect(draftLabel({ ...doc("loss-of-pool:ocspool1"), planVersion: { number: 4, assumptionsVersion: 2 } })).toBe(
      "DRAFT: plan version 4 (deployment version 3, assumptions version 2), not approved",
    );
    expect(draftLabel(doc("loss-of-pool:ocspool1", { number: 2, approvedBy: "ana" }))).toBeNull();
    const md = runbookToMarkdown(doc("loss-of-pool:ocspool1"));
    expect(md).toContain("**DRAFT: deployment version 3, not approved**");
    expect(md).toMatch(/\n1\. \[ \] \*\*Assess the loss of pool ocspool1\*\* · T\+0:00 · 60 min · admin 1 · rules P1, P5/);
    expect(runbookToMarkdown(doc("loss-of-pool:ocspool1", { number: 2, approvedBy: "ana" }))).not.toContain("DRAFT");
  });

  it("cuts commands into tokens at spaces only, so renderers never break inside one", () => {
    expect(commandTokens("sc \\\\a stop RTCSRV\nsc \\\\b stop RTCSRV")).toEqual([
      ["sc ", "\\\\a ", "stop ", "RTCSRV"],
      ["sc ", "\\\\b ", "stop ", "RTCSRV"],
    ]);
  });
});
