"use client";
import { useId } from "react";
import { saveGeneralAction } from "@/lib/server-actions/model";
import { EDGE_TOPOLOGIES, EDGE_TOPOLOGY_LABELS } from "@/lib/formats/enums";
import type { DeploymentSettings } from "@/lib/db/model-queries";
import { DeploymentTarget, SelectField, TextField } from "./fields";
import { FormSummary } from "./form-summary";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

const EDGE_OPTIONS = [
  { value: "", label: "None: no Edge servers" },
  ...EDGE_TOPOLOGIES.map((t) => ({ value: t, label: EDGE_TOPOLOGY_LABELS[t] })),
];

export function GeneralForm({ deployment }: { deployment: Pick<DeploymentSettings, "id" | "version" | "name" | "forest" | "edge"> }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(saveGeneralAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deployment.id} version={deployment.version} />
      <FormSummary state={state} className="mb-4" />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={`${id}-name`}
          name="name"
          label="Deployment name"
          required
          defaultValue={deployment.name}
          errors={errorsOf(state, "name")}
          help="Shown in lists and on printed runbooks."
        />
        <TextField
          id={`${id}-forest`}
          name="forest"
          label="Active Directory forest"
          required
          mono
          defaultValue={deployment.forest}
          errors={errorsOf(state, "forest")}
          help="The forest's DNS name. Global settings live in Active Directory and are exported once per forest (S1, S2)."
        />
        <SelectField
          id={`${id}-edge`}
          name="edge"
          label="Edge topology"
          options={EDGE_OPTIONS}
          defaultValue={deployment.edge?.topology ?? ""}
          errors={errorsOf(state, "edge")}
          help="Edge roles exist only with an edge topology. A consolidated edge server carries all three edge roles; remote-site edge servers carry only Web Conferencing Edge and A/V Edge (S8)."
        />
      </div>
      <FormActions>
        <SubmitButton pending={pending}>Save general settings</SubmitButton>
      </FormActions>
    </form>
  );
}
