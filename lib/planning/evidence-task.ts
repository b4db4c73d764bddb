// The CPU work of an evidence preview or upload, from the file's text to what is stored: parse the CSV,
// plan the stored deployment with its assumptions, judge the evidence against the plan, and for an
// upload also compress the file and digest its runs. Structured-cloneable in and out, so a worker
// thread runs it (plan-pool.ts; lib/commands/evidence.ts takes the runner); the database work stays
// with the command.
import { gzipSync } from "fflate";
import type { Assumptions } from "../engine/assumptions";
import { analyseEvidence } from "../engine/evidence";
import { digestEvidence } from "../engine/evidence-digest";
import { planDeployment } from "../engine/plan";
import { unlistedCertificateWarnings } from "../engine/register/observations";
import { parseEvidenceCsv, type EvidenceProblem } from "../formats/evidence";
import type { Deployment } from "../formats/deployment";
import type { EvidenceSection } from "../formats/plan";

export interface EvidenceTask {
  kind: "evidence";
  text: string;
  deployment: Deployment;
  assumptions: Partial<Assumptions>;
  asOfMs: number;
  /** Also compress the file and digest its runs (an upload; a preview stores nothing). */
  forStorage: boolean;
}

export interface EvidenceStorage {
  csvGz: Uint8Array<ArrayBuffer>;
  /** JSON of digestEvidence(runs, asOfMs). */
  digest: string;
  firstRunAt: number | null;
  lastRunAt: number | null;
}

export type EvidenceTaskResult =
  | { ok: true; rows: number; section: EvidenceSection; storage: EvidenceStorage | null }
  | { ok: false; errors: EvidenceProblem[]; errorCount: number };

export function runEvidenceTask(task: EvidenceTask): EvidenceTaskResult {
  const parsed = parseEvidenceCsv(task.text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, errorCount: parsed.errorCount };
  const plan = planDeployment(task.deployment, { assumptions: task.assumptions });
  const section = analyseEvidence(task.deployment, plan, { runs: parsed.runs, asOfMs: task.asOfMs });
  section.warnings.push(...unlistedCertificateWarnings(task.deployment, parsed.certificates));
  if (!task.forStorage) return { ok: true, rows: parsed.runs.length, section, storage: null };
  let first: number | null = null;
  let last: number | null = null;
  for (const r of parsed.runs) {
    if (first === null || r.finishedAtMs < first) first = r.finishedAtMs;
    if (last === null || r.finishedAtMs > last) last = r.finishedAtMs;
  }
  return {
    ok: true,
    rows: parsed.runs.length,
    section,
    storage: {
      csvGz: gzipSync(new TextEncoder().encode(task.text), { level: 1 }),
      digest: JSON.stringify(digestEvidence(parsed.runs, task.asOfMs)),
      firstRunAt: first,
      lastRunAt: last,
    },
  };
}
