// The backup job pack (../shared/spec/job-pack.md): the scripts an administrator copies to the
// servers to run the plan tonight, as a list of files. Pure: a deployment and its plan in, text out.
import type { Deployment } from "../formats/deployment";
import type { Problem } from "../formats/problems";
import type { Plan } from "../engine/plan";
import { agentJobFile, agentJobFileName, backupSqlFile, backupSqlFileName, expressCmdFile, expressCmdFileName } from "./database-files";
import { EVIDENCE_FILE, evidenceFile } from "./housekeeping-files";
import { RETENTION_FILE, retentionFile } from "./retention-file";
import { jobPackModel } from "./jobs";
import { readmeFile } from "./readme-file";
import { SCHEDULE_FILE, scheduleFile } from "./schedule-file";
import { iisFile, iisFileName } from "./iis-files";
import { edgeInstallFile, edgeInstallFileName, settingsFile, settingsFileName } from "./settings-files";
import { sharesFile, sharesFileName } from "./share-files";

export interface JobFile {
  path: string;
  text: string;
}

export type JobPackResult = { ok: true; files: JobFile[] } | { ok: false; errors: Problem[] };

/** Every file of the pack, in a fixed order: README, the schedule, databases, shares, settings, IIS configuration, retention, evidence. */
export function buildJobPack(d: Deployment, plan: Plan): JobPackResult {
  const built = jobPackModel(d, plan);
  if (!built.ok) return built;
  const m = built.model;
  const files: JobFile[] = [
    { path: "README.txt", text: readmeFile(m) },
    { path: SCHEDULE_FILE, text: scheduleFile(m) },
  ];
  for (const j of m.databases) {
    if (j.backUp.length === 0) continue;
    files.push({ path: backupSqlFileName(j.server), text: backupSqlFile(m, j) });
    if (j.scheduler === "sql-agent") files.push({ path: agentJobFileName(j.server), text: agentJobFile(m, j) });
    else files.push({ path: expressCmdFileName(j.server), text: expressCmdFile(m, j) });
  }
  for (const j of m.shares) files.push({ path: sharesFileName(j.host), text: sharesFile(m, j) });
  for (const j of m.settings) {
    files.push({ path: settingsFileName(j.server), text: settingsFile(m, j) });
    if (j.perimeter) files.push({ path: edgeInstallFileName(j.server), text: edgeInstallFile(m, j) });
  }
  for (const j of m.iis) files.push({ path: iisFileName(j.server), text: iisFile(m, j) });
  files.push({ path: RETENTION_FILE, text: retentionFile(m) }, { path: EVIDENCE_FILE, text: evidenceFile(m) });
  return { ok: true, files };
}
