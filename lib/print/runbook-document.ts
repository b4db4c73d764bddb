// One printable runbook, independent of how it is rendered: the HTML print page, the PDF and the
// Markdown download all take this shape, so the three never disagree.
import type { Scenario } from "../formats/plan";
import { WORKLOAD_LABELS } from "../formats/enums";

export interface RunbookDocument {
  deploymentName: string;
  deploymentVersion: number;
  scenarioId: string;
  title: string;
  /** ISO date (yyyy-mm-dd) the document was produced. */
  producedOn: string;
  restoreLevels: string[];
  rtoHours: number;
  workloads: { label: string; rtoHours: number; targetHours: number | null; meets: boolean | null }[];
  notes: string[];
  sections: RunbookSection[];
  /** Set when the document comes from an approved plan version (lib/db/version-store.ts). */
  approval?: { number: number; approvedBy: string };
}

export interface RunbookSection {
  title: string;
  when?: string;
  rtoHours: number;
  steps: Scenario["steps"];
}

export function scenarioTitle(s: Scenario): string {
  if (s.title) return s.title;
  const target = s.loss.target ? `: ${s.loss.target}` : "";
  return `Loss of ${s.loss.kind.replace(/-/g, " ")}${target}`;
}

export function buildRunbookDocument(
  scenario: Scenario & { path?: string; alternatives?: { title: string; when: string; steps: Scenario["steps"]; rtoHours: number }[] },
  meta: { deploymentName: string; deploymentVersion: number; producedOn: Date },
): RunbookDocument {
  return {
    deploymentName: meta.deploymentName,
    deploymentVersion: meta.deploymentVersion,
    scenarioId: scenario.id,
    title: scenarioTitle(scenario),
    producedOn: meta.producedOn.toISOString().slice(0, 10),
    restoreLevels: scenario.restoreLevels,
    rtoHours: scenario.rtoHours,
    workloads: scenario.workloads.map((w) => ({ label: WORKLOAD_LABELS[w.workload], rtoHours: w.rtoHours, targetHours: w.targetHours, meets: w.meets })),
    notes: scenario.notes ?? [],
    sections: [
      { title: scenario.path ?? "Restore steps", rtoHours: scenario.rtoHours, steps: scenario.steps },
      ...(scenario.alternatives ?? []).map((a) => ({ title: a.title, when: a.when, rtoHours: a.rtoHours, steps: a.steps })),
    ],
  };
}

