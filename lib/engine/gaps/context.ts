// What every gap detector reads: the deployment's current practice and the computed plan.
import type { Deployment } from "../../formats/deployment";
import type {
  BestPracticeCheck,
  DatabaseBackup,
  EnvironmentBackup,
  FileShareBackup,
  GapSeverity,
  RpoEntry,
  Scenario,
  SettingsExport,
} from "../../formats/plan";
import type { BackupWindow, StorageEstimate } from "../backup-window";
import type { Durations } from "../durations";
import type { DeploymentIndex } from "../topology";

export interface GapContext {
  d: Deployment;
  ix: DeploymentIndex;
  dur: Durations;
  settingsExports: SettingsExport[];
  databaseBackups: DatabaseBackup[];
  fileShareBackups: FileShareBackup[];
  environment: EnvironmentBackup[];
  scenarios: Scenario[];
  rpo: RpoEntry[];
  bestPractices: BestPracticeCheck[];
  backupWindow: BackupWindow;
  storage: StorageEstimate;
}

export interface GapDraft {
  id: string;
  subject: string;
  message: string;
  fix: string;
  /** Overrides the row's severity for this instance. */
  severity?: GapSeverity;
}

export interface GapRule {
  kind: string;
  severity: GapSeverity;
  rules: readonly string[];
  detect(ctx: GapContext): GapDraft[];
}
