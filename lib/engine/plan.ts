// The planning engine's entry point: a parsed deployment in, a backup and restore plan out.
// Pure and deterministic: the same deployment and options always give the same plan, and every array
// has a documented order (see backup.ts, scenarios.ts, rpo.ts, gaps.ts, checklists.ts).
import type { Deployment } from "../formats/deployment";
import {
  PLAN_FORMAT,
  type BestPracticeCheck,
  type ChecklistItem,
  type EnvironmentBackup,
  type PermissionRequirement,
  type EvidenceSection,
  type PlanCore,
  type PlanWarning,
  type PostExportCheck,
} from "../formats/plan";
import type { Problem } from "../formats/problems";
import { resolveAssumptions, type Assumptions } from "./assumptions";
import {
  databaseBackupsFor,
  environmentBackupsFor,
  fileShareBackupsFor,
  permissionsFor,
  plannedSettingsFrequency,
  postExportChecksFor,
  scheduleBackupJobs,
  settingsExportsFor,
} from "./backup";
import { canonicalOrder } from "./canonical-order";
import { backupChecklistFor } from "./checklists";
import { durationsFor } from "./durations";
import { gapsFor } from "./gaps";
import type { Assessment, Scenario } from "../formats/plan";
import { rpoFor } from "./rpo";
import { bestPracticeChecksFor } from "./rules/best-practices";
import { restoreBriefing } from "./runbooks/backup-locations";
import { scenarioContext, scenariosFor } from "./scenarios";
import { indexDeployment } from "./topology";
import { backupWindowFor, storageFor, type BackupWindow, type StorageEstimate } from "./backup-window";
import { withBestFixes } from "./assessment/best-fix";
import { recommend } from "./assessment/recommend";
import { assess } from "./assessment/score";
import { biaFor, mtdBudgets, type BiaRow } from "./bia";
import { analyseEvidence, withEvidenceGaps, type EvidenceInput } from "./evidence";
import { prerequisitesForPlan } from "./register";
import { withExtraGaps } from "./register/merge-gaps";
import { withDnsRecordDetails } from "./runbooks/prerequisites";
import type { CertificateReading } from "../formats/evidence";

export interface Plan extends PlanCore {
  environmentBackups: EnvironmentBackup[];
  postExportChecks: PostExportCheck[];
  permissions: PermissionRequirement[];
  checklists: { backup: ChecklistItem[]; bestPractices: BestPracticeCheck[] };
  /** Caller-supplied deployment warnings first (in the order given), then the engine's notes. */
  warnings: PlanWarning[];
  assumptions: Assumptions;
  /** How long one backup cycle takes and whether it fits the low-usage hours (B2). */
  backupWindow: BackupWindow;
  /** Storage for the retained and off-site copies, and its monthly cost against the budget (P4). */
  storage: StorageEstimate;
  /** Verdict, score and (when asked for) recommendations; see lib/engine/assessment. */
  assessment: Assessment;
  restoreBriefing: string[];
  /** P8: recovery estimate plus work recovery time against the maximum tolerable downtime, per ranked workload. */
  bia: BiaRow[];
}

export interface PlanOptions {
  assumptions?: Partial<Assumptions>;
  /** Consistency warnings of the deployment (from validateDeployment), carried into the plan. */
  warnings?: readonly Problem[];
  /**
   * Try candidate changes and rank them (assessment.recommendations). Costs one re-plan per candidate,
   * so the plans the recommender makes for its candidates leave it off.
   */
  recommendations?: boolean;
  /**
   * Scenarios already planned for a deployment that differs from this one only in fields no runbook
   * reads (see RUNBOOK_INDEPENDENT_PATHS in assessment/recommend.ts); the recommender's shortcut.
   */
  reuseScenarios?: Scenario[];
  /** Gap ids a planner accepted: they leave the verdict and the score (the gap list keeps them). */
  acceptedGaps?: readonly string[];
  /** Site losses rebuild in place, moving no users to a surviving pool (the rebuild-in-place branch of a run). */
  noUserMoves?: boolean;
  /** What really ran (an evidence file's runs) and the moment to judge it at: adds `evidence` and its gaps. */
  evidence?: EvidenceInput;
  /** When certificate expiry and the years since support ended are judged (ms); default the evidence's as-of time, else not judged. */
  asOfMs?: number;
  /** Evidence certificate rows (rule S9): the register takes expiry dates from them. */
  certificateReadings?: readonly CertificateReading[];
}

export function planDeployment(file: Deployment, options: PlanOptions = {}): Plan {
  // Planned in canonical order: the plan never depends on the order the file lists things in.
  const d = canonicalOrder(file);
  const { assumptions, rejected } = resolveAssumptions(options.assumptions);
  const ix = indexDeployment(d);
  const dur = durationsFor(d, assumptions);

  const settingsExports = settingsExportsFor(ix);
  const databaseBackups = databaseBackupsFor(ix);
  const fileShareBackups = fileShareBackupsFor(ix);
  const environmentBackups = environmentBackupsFor(ix);
  const postExportChecks = postExportChecksFor(ix);
  let scenarios = options.reuseScenarios ?? scenariosFor(scenarioContext(ix, dur, options.noUserMoves));
  const rpo = rpoFor(ix, databaseBackups, fileShareBackups, assumptions);
  const bestPractices = bestPracticeChecksFor(d, assumptions);
  const backupWindow = backupWindowFor(d, assumptions, settingsExports.length);
  const storage = storageFor(d, assumptions, settingsExports.length);
  scheduleBackupJobs(backupWindow, settingsExports, databaseBackups, fileShareBackups);
  let gaps = gapsFor({
    d,
    ix,
    dur,
    settingsExports,
    databaseBackups,
    fileShareBackups,
    environment: environmentBackups,
    scenarios,
    rpo,
    bestPractices,
    backupWindow,
    storage,
  });
  // Evidence comes before the assessment: stale, failed and missing backups count in the verdict and score (B10).
  const evidence = options.evidence
    ? analyseEvidence(d, { rpo, settingsExports, databaseBackups, fileShareBackups }, options.evidence)
    : undefined;
  if (evidence) gaps = withEvidenceGaps(gaps, evidence);
  const asOfMs = options.asOfMs ?? options.evidence?.asOfMs ?? null;
  const prerequisites = prerequisitesForPlan(d, scenarios, {
    asOfMs,
    runs: options.evidence?.runs,
    certificates: options.certificateReadings,
  });
  if (prerequisites) gaps = withExtraGaps(gaps, prerequisites.gaps);
  // Reused scenarios come from a plan that named its DNS records already.
  if (prerequisites && !options.reuseScenarios) scenarios = withDnsRecordDetails(scenarios, prerequisites.register.dns, d);
  const recommendations = options.recommendations
    ? // Patches address the file as given (JSON paths with its list positions).
      recommend(file, { d, scenarios, rpo, gaps, storage }, (patched, reuse) => ({
        ...planDeployment(patched, {
          assumptions: options.assumptions,
          reuseScenarios: reuse,
          evidence: options.evidence,
          asOfMs: options.asOfMs,
          certificateReadings: options.certificateReadings,
        }),
        d: patched,
      }))
    : undefined;
  const bia = biaFor(d, scenarios);
  if (recommendations) gaps = withBestFixes(gaps, recommendations, mtdBudgets(bia));
  const assessment: Assessment = {
    ...assess({ d, scenarios, rpo, gaps }, new Set(options.acceptedGaps ?? [])),
    ...(recommendations ? { recommendations } : {}),
  };

  const warnings: PlanWarning[] = [
    ...(options.warnings ?? []).map((p): PlanWarning => ({
      source: "deployment",
      path: p.path,
      message: p.message,
      ...(p.rule ? { rule: p.rule } : {}),
    })),
    ...rejected.map((r): PlanWarning => ({ source: "engine", path: `assumptions.${r.key}`, message: r.message })),
    ...engineNotes(d),
  ];

  const plan: Plan = {
    format: PLAN_FORMAT,
    deployment: d.name,
    settingsExports,
    databaseBackups,
    fileShareBackups,
    scenarios,
    rpo,
    gaps,
    environmentBackups,
    postExportChecks,
    permissions: permissionsFor(),
    checklists: {
      backup: backupChecklistFor(
        settingsExports,
        databaseBackups,
        fileShareBackups,
        environmentBackups,
        postExportChecks,
        plannedSettingsFrequency(ix),
      ),
      bestPractices,
    },
    warnings,
    assumptions,
    backupWindow,
    storage,
    assessment,
    restoreBriefing: restoreBriefing(d),
    bia,
    ...(evidence ? { evidence } : {}),
    ...(prerequisites ? { register: prerequisites.register, lifecycle: prerequisites.lifecycle } : {}),
  };
  return plan;
}

function engineNotes(d: Deployment): PlanWarning[] {
  const notes: PlanWarning[] = [];
  const note = (message: string, rule?: string) => notes.push({ source: "engine", message, ...(rule ? { rule } : {}) });
  if (!d.dependencies.activeDirectory.backedUp)
    note("Active Directory is not backed up: the Active Directory runbook follows the rebuild path, which is much longer.", "S6");
  if (d.backup.databaseFrequencyHours === 0)
    note("No database backups are taken today: the plan schedules nightly full backups and the runbooks assume them.", "D5");
  if (d.backup.settingsFrequencyHours === 0)
    note("No settings exports are taken today: the plan schedules them and the runbooks assume them.", "S3");
  note(
    "Recovery times are estimates from planning assumptions (no Microsoft throughput figures exist for OCS 2007 R2); time a test restore and adjust them.",
    "B6",
  );
  return notes;
}

/**
 * The same plan with gaps a planner accepted left out of its verdict and score (the recommendations,
 * ranked against the plan as computed, stay as they are). Cheap: no re-planning.
 */
export function withAcceptedGaps(plan: Plan, d: Deployment, acceptedGaps: readonly string[]): Plan {
  if (acceptedGaps.length === 0 && !plan.assessment.accepted) return plan;
  return reassessed(plan, d, acceptedGaps);
}

/** The verdict and score with the gaps an evidence section shows (stale, failed, missing backups: B10) counted. */
export function assessedWithEvidence(
  plan: Pick<PlanCore, "scenarios" | "rpo" | "gaps">,
  d: Deployment,
  evidence: EvidenceSection,
  acceptedGaps: readonly string[],
) {
  return assess({ d, scenarios: plan.scenarios, rpo: plan.rpo, gaps: withEvidenceGaps(plan.gaps, evidence) }, new Set(acceptedGaps));
}

/** The verdict and score again, for a plan whose gaps changed after planning (evidence, accepted gaps); recommendations stay. */
export function reassessed(plan: Plan, d: Deployment, acceptedGaps: readonly string[]): Plan {
  const { recommendations } = plan.assessment;
  const assessment: Assessment = {
    ...assess({ d, scenarios: plan.scenarios, rpo: plan.rpo, gaps: plan.gaps }, new Set(acceptedGaps)),
    ...(recommendations ? { recommendations } : {}),
  };
  return { ...plan, assessment };
}
