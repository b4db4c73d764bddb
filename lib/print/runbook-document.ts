// One printable runbook, independent of how it is rendered: the HTML print page, the PDF and the
// Markdown download all take this shape, so the three never disagree. Steps stay in number order
// (the order they start); consecutive steps of one phase form a block headed by what the phase
// achieves, and each workload is named once: in the runbook's table and where a block first serves it.
import type { RunbookStep, Scenario, ScenarioPath } from "../formats/plan";
import { WORKLOAD_LABELS, type Workload } from "../formats/enums";
import { phasePurpose } from "./phase-purpose";

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
  /** Where the backups and exports are and whom to call: what every runbook opens with. */
  opening: string[];
  notes: string[];
  sections: RunbookSection[];
  /** Set when the document's plan version (deployment version + assumptions version) is approved (lib/db/version-store.ts). */
  approval?: { number: number; approvedBy: string };
  /** The plan version it comes from: its number (the draft of the next one until approved) and its assumptions version. */
  planVersion?: { number: number; assumptionsVersion: number };
}

export interface RunbookSection {
  title: string;
  when?: string;
  rtoHours: number;
  blocks: RunbookBlock[];
}

export interface RunbookBlock {
  phase: string;
  /** What the phase achieves. */
  purpose: string;
  /** Workloads this block is the first in the section to work on (labels). */
  brings: string[];
  steps: DocumentStep[];
}

export interface DocumentStep {
  order: number;
  title: string;
  server?: string;
  /** "T+1:30": when the step starts, from the moment of loss (or of the failback decision). */
  start: string;
  minutes: number;
  /** "admin 2", or "runs by itself" for a step that only waits. */
  who: string;
  after: number[];
  detail?: string;
  command?: string;
  /** One note per step to check: the help of the command's own tool, or "inferred". */
  verifyNote?: string;
  rules: string[];
  critical: boolean;
}

export function scenarioTitle(s: Scenario): string {
  if (s.title) return s.title;
  const target = s.loss.target ? `: ${s.loss.target}` : "";
  return `Loss of ${s.loss.kind.replace(/-/g, " ")}${target}`;
}

/** Minutes from the loss as T+h:mm. */
export const clockLabel = (minute: number | undefined): string => {
  if (minute === undefined || !Number.isFinite(minute)) return "T+?";
  const m = Math.round(minute);
  return `T+${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
};

export const whoLabel = (s: Pick<RunbookStep, "waiting" | "assignee">): string =>
  s.waiting || !s.assignee ? "runs by itself" : `admin ${s.assignee}`;

export function verifyNoteOf(s: Pick<RunbookStep, "verify" | "verifyWith" | "command">): string | undefined {
  if (!s.verify) return undefined;
  if (s.verifyWith) return `Unverified syntax: check it with ${s.verifyWith} on the server first.`;
  return s.command ? "Unverified: check this command before relying on it." : "Inferred step: check it against your own procedures first.";
}

/** Steps in number order, cut into blocks where the phase changes. */
export function blocksOf(steps: readonly RunbookStep[]): RunbookBlock[] {
  const blocks: RunbookBlock[] = [];
  const named = new Set<Workload>();
  for (const s of steps) {
    const phase = s.phase ?? "Steps";
    let block = blocks.at(-1);
    if (!block || block.phase !== phase) {
      block = { phase, purpose: phasePurpose(phase), brings: [], steps: [] };
      blocks.push(block);
    }
    for (const w of s.workloads ?? [])
      if (!named.has(w)) {
        named.add(w);
        block.brings.push(WORKLOAD_LABELS[w]);
      }
    block.steps.push({
      order: s.order,
      title: s.title,
      server: s.server,
      start: clockLabel(s.startMinute),
      minutes: s.minutes,
      who: whoLabel(s),
      after: [...s.dependsOn],
      detail: s.detail,
      command: s.command,
      verifyNote: verifyNoteOf(s),
      rules: [...s.rules],
      critical: s.critical === true,
    });
  }
  return blocks;
}

export function buildRunbookDocument(
  scenario: Scenario & { path?: string; alternatives?: ScenarioPath[]; failback?: ScenarioPath },
  meta: { deploymentName: string; deploymentVersion: number; producedOn: Date; opening?: string[] },
): RunbookDocument {
  return {
    deploymentName: meta.deploymentName,
    deploymentVersion: meta.deploymentVersion,
    scenarioId: scenario.id,
    title: scenarioTitle(scenario),
    producedOn: meta.producedOn.toISOString().slice(0, 10),
    restoreLevels: scenario.restoreLevels,
    rtoHours: scenario.rtoHours,
    workloads: scenario.workloads.map((w) => ({
      label: WORKLOAD_LABELS[w.workload],
      rtoHours: w.rtoHours,
      targetHours: w.targetHours,
      meets: w.meets,
    })),
    opening: meta.opening ?? [],
    notes: scenario.notes ?? [],
    sections: [
      { title: scenario.path ?? "Restore steps", rtoHours: scenario.rtoHours, blocks: blocksOf(scenario.steps) },
      ...(scenario.failback
        ? [
            {
              title: scenario.failback.title,
              when: scenario.failback.when,
              rtoHours: scenario.failback.rtoHours,
              blocks: blocksOf(scenario.failback.steps),
            },
          ]
        : []),
      ...(scenario.alternatives ?? []).map((a) => ({
        title: `Alternative: ${a.title}`,
        when: a.when,
        rtoHours: a.rtoHours,
        blocks: blocksOf(a.steps),
      })),
    ],
  };
}

/** The document as the plan version it belongs to: approved when that exact combination was approved, else a draft of the next number. */
export function withPlanVersion(
  doc: RunbookDocument,
  status: { number: number; assumptionsVersion: number; approved: { approvedBy: string } | null },
): RunbookDocument {
  const rest: RunbookDocument = { ...doc };
  delete rest.approval; // only an approval of this exact plan version marks it approved
  return {
    ...rest,
    planVersion: { number: status.number, assumptionsVersion: status.assumptionsVersion },
    ...(status.approved ? { approval: { number: status.number, approvedBy: status.approved.approvedBy } } : {}),
  };
}

/** "plan version N (deployment version D, assumptions version A)": where every number of the document comes from. */
export function versionLine(doc: RunbookDocument): string {
  const number = doc.approval?.number ?? doc.planVersion?.number;
  if (number === undefined) return `deployment version ${doc.deploymentVersion}`;
  const assumptions = doc.planVersion ? `, assumptions version ${doc.planVersion.assumptionsVersion}` : "";
  return `plan version ${number} (deployment version ${doc.deploymentVersion}${assumptions})`;
}

/** The mark of a document that is not an approved version: it must never pass for one. */
export const draftLabel = (doc: RunbookDocument): string | null => (doc.approval ? null : `DRAFT: ${versionLine(doc)}, not approved`);

/** The version line as printed: approved or draft. */
export const printedVersion = (doc: RunbookDocument): string =>
  doc.approval ? `Approved ${versionLine(doc)}` : `${versionLine(doc).replace(/^./, (c) => c.toUpperCase())} (draft, not approved)`;

/** Every step of a section, in number order. */
export const stepsOf = (section: RunbookSection): DocumentStep[] => section.blocks.flatMap((b) => b.steps);

/** A command cut into its tokens (at spaces, kept): renderers keep each token on one line. */
export const commandTokens = (command: string): string[][] => command.split("\n").map((line) => line.split(/(?<= )/));
