"use client";
import { useId } from "react";
import { saveRecoveryAction } from "@/lib/server-actions/model";
import type { RecoveryResources } from "@/lib/formats/deployment";
import { CheckboxField, DeploymentTarget, NumberField } from "./fields";
import { FormSummary } from "./form-summary";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

export function RecoveryForm({ deploymentId, version, recovery }: { deploymentId: string; version: number; recovery: RecoveryResources }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveRecoveryAction);
  const f = (name: keyof RecoveryResources) => ({ id: `${id}-${name}`, name, errors: errorsOf(state, name) });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <FormSummary state={state} className="mb-4" />
      <div className="grid gap-4 md:grid-cols-2">
        <NumberField
          {...f("vendorHardwareSlaHours")}
          label="Vendor hardware SLA"
          unit="hours"
          min={0}
          required
          defaultValue={recovery.vendorHardwareSlaHours}
          help="Time to get a replacement when no spare is on hand; added to the recovery time of every server without spare hardware (B8)."
        />
        <NumberField
          {...f("adminsAvailable")}
          label="Administrators available"
          unit="people"
          step="1"
          min={1}
          required
          defaultValue={recovery.adminsAvailable}
          help="People who can rebuild servers in parallel: the restore time estimate divides the work among them (P5)."
        />
      </div>
      <div className="mt-5 grid gap-4 md:grid-cols-2">
        <CheckboxField
          {...f("staffTrained")}
          label="Staff trained, procedures documented, drills run"
          defaultChecked={recovery.staffTrained}
          help="Untrained staff is a gap in the plan (B7)."
        />
        <CheckboxField
          {...f("mediaAvailable")}
          label="Software media and updates at hand"
          defaultChecked={recovery.mediaAvailable}
          help="Needed to reinstall servers before restoring their settings (B3)."
        />
      </div>
      <FormActions>
        <SubmitButton pending={pending}>Save recovery resources</SubmitButton>
      </FormActions>
    </form>
  );
}
