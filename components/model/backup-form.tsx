"use client";
import { useId } from "react";
import { saveBackupAction } from "@/lib/server-actions/model";
import type { BackupPractice } from "@/lib/formats/deployment";
import { BACKUP_LOCATIONS } from "@/lib/formats/enums";
import { CheckboxField, DeploymentTarget, NumberField, SelectField, TextField, options } from "./fields";
import { FormSummary } from "./form-summary";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

const LOCATION_OPTIONS = options(BACKUP_LOCATIONS, { local: "Local (same site)", remote: "Remote (another location)" });

export function BackupForm({ deploymentId, version, backup }: { deploymentId: string; version: number; backup: BackupPractice }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveBackupAction);
  const f = (name: keyof BackupPractice) => ({ id: `${id}-${name}`, name, errors: errorsOf(state, name) });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <FormSummary state={state} className="mb-4" />
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Schedule</legend>
        <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <NumberField
            {...f("databaseFrequencyHours")}
            label="Database backup interval"
            unit="hours"
            min={0}
            required
            defaultValue={backup.databaseFrequencyHours}
            help="Full backups only: the chapter supports no other kind (D5). The interval bounds data loss, so it is the RPO the plan checks against (P2). Nightly is 24."
          />
          <NumberField
            {...f("settingsFrequencyHours")}
            label="Settings export interval"
            unit="hours"
            min={0}
            required
            defaultValue={backup.settingsFrequencyHours}
            help="How often LCSCmd exports global, pool and machine settings (S2, S3). Export again after every configuration change."
          />
          <NumberField
            {...f("fileShareFrequencyHours")}
            label="File share backup interval"
            unit="hours"
            min={0}
            required
            defaultValue={backup.fileShareFrequencyHours}
            help="Meeting content, metadata and compliance log, copied with file tools (D6)."
          />
          <NumberField
            {...f("windowStartHour")}
            label="Backup window starts at"
            unit="hour, 0–23"
            step="1"
            min={0}
            max={23}
            required
            defaultValue={backup.windowStartHour}
            help="Local hour when backups start. Schedule them when usage is low (B2)."
          />
          <NumberField
            {...f("retentionCopies")}
            label="Full copies kept"
            unit="copies"
            step="1"
            min={0}
            required
            defaultValue={backup.retentionCopies}
            help="Drives the storage estimate: every kept copy holds all databases and shares."
          />
        </div>
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-sm font-semibold text-slate-800">Where backups go</legend>
        <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <SelectField
            {...f("location")}
            label="Backup location"
            options={LOCATION_OPTIONS}
            defaultValue={backup.location}
            help="A remote location survives the loss of the site (P5)."
          />
          <NumberField
            {...f("bandwidthMbps")}
            label="Bandwidth to the backup location"
            unit="Mbit/s"
            min={0}
            required
            defaultValue={backup.bandwidthMbps}
            help="Used for the time to copy backups back during a restore (P5)."
          />
        </div>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <TextField
            {...f("destination")}
            label="Backup destination"
            mono
            defaultValue={backup.destination ?? ""}
            placeholder={"\\\\backup01\\ocs or E:\\ocs-backup"}
            help={
              'The folder the backup jobs write to: a UNC path (\\\\server\\share) or a drive path, at most 200 characters, without & | < > ^ % ! " * ?. Without it every command keeps a <dir> placeholder and the job pack does nothing (P5).'
            }
          />
          <TextField
            {...f("offsiteDestination")}
            label="Off-site destination"
            mono
            defaultValue={backup.offsiteDestination ?? ""}
            placeholder={"\\\\drfs01\\ocs"}
            help="Where the job pack copies every backup after the window, at another site. Leave empty for no off-site copy job (P5, S5)."
          />
        </div>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <CheckboxField
            {...f("offsiteCopy")}
            label="A copy is kept off site"
            defaultChecked={backup.offsiteCopy}
            help="Protects against losing the site together with its backups (P5)."
          />
          <CheckboxField
            {...f("encrypted")}
            label="Backups are encrypted"
            defaultChecked={backup.encrypted}
            help="Backups hold user data and certificates' secrets: keep them secure (P5, S5)."
          />
        </div>
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-sm font-semibold text-slate-800">Practice</legend>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <CheckboxField
            {...f("restoreTested")}
            label="An end-to-end test restore has been done"
            defaultChecked={backup.restoreTested}
            help="Backups that were never restored are a gap (B6)."
          />
          <CheckboxField
            {...f("logsSeparateFromData")}
            label="Transaction logs and data files on separate volumes"
            defaultChecked={backup.logsSeparateFromData}
            help=".ldf and .mdf files on different volumes, so one failed disk does not take both (B9)."
          />
        </div>
      </fieldset>
      <FormActions>
        <SubmitButton pending={pending}>Save backup practice</SubmitButton>
      </FormActions>
    </form>
  );
}
