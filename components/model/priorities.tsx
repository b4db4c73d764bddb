"use client";
import { startTransition, useId, useState } from "react";
import { addWorkloadAction, savePrioritiesAction } from "@/lib/server-actions/model";
import type { Deployment } from "@/lib/formats/deployment";
import { WORKLOADS, WORKLOAD_LABELS, type Workload } from "@/lib/formats/enums";
import { AVAILABILITY_IMPACTS } from "@/lib/formats/extension-2-people";
import { CheckboxField, DeploymentTarget, NumberField, SelectField } from "./fields";
import { FormSummary } from "./form-summary";
import { FormActions, SubmitButton } from "./section";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";

type Priorities = Deployment["priorities"];

interface Target {
  deploymentId: string;
  version: number;
}

/** The ranked workloads, their targets, and the organisation's constraints, saved as one form. */
export function PrioritiesForm({ priorities, deploymentId, version }: Target & { priorities: Priorities }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(savePrioritiesAction);
  const [confirming, setConfirming] = useState<string | null>(null);
  const workloads = priorities.workloads;

  // Move and remove buttons save the form with an intent; Enter in a field still means "Save".
  function submitIntent(intent: string) {
    const form = formRef.current;
    if (!form) return;
    const fd = new FormData(form);
    fd.set("intent", intent);
    setConfirming(null);
    startTransition(() => action(fd));
  }

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <FormSummary state={state} className="mb-4" />
      {workloads.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">
          No workload is ranked yet. Add the workloads the business depends on below, most critical first.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table [&_td]:align-middle">
            <caption className="sr-only">Ranked workloads, most critical first</caption>
            <thead>
              <tr>
                <th scope="col" className="w-16">
                  Rank
                </th>
                <th scope="col">Workload</th>
                <th scope="col" className="w-40">
                  Recovery time target
                </th>
                <th scope="col" className="w-40">
                  Data loss target
                </th>
                <th scope="col" className="w-36">
                  <abbr title="Maximum tolerable downtime">MTD</abbr>
                </th>
                <th scope="col" className="w-36">
                  <abbr title="Work recovery time">WRT</abbr>
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workloads.map((w, i) => {
                const label = WORKLOAD_LABELS[w.workload];
                return (
                  <tr key={w.workload}>
                    <td className="font-semibold tabular-nums">{i + 1}</td>
                    <td>
                      <input type="hidden" name="workload" value={w.workload} />
                      <span className="font-medium text-slate-900">{label}</span>
                      {errorsOf(state, `workload:${w.workload}`)?.map((e) => (
                        <p key={e} className="field-error">
                          {e}
                        </p>
                      ))}
                    </td>
                    <td>
                      <NumberField
                        id={`${id}-rto-${w.workload}`}
                        name={`rtoHours:${w.workload}`}
                        label={`Recovery time target for ${label}`}
                        hideLabel
                        unit="hours"
                        min={0}
                        defaultValue={w.rtoHours}
                        errors={errorsOf(state, `rtoHours:${w.workload}`)}
                      />
                    </td>
                    <td>
                      <NumberField
                        id={`${id}-rpo-${w.workload}`}
                        name={`rpoHours:${w.workload}`}
                        label={`Data loss target for ${label}`}
                        hideLabel
                        unit="hours"
                        min={0}
                        defaultValue={w.rpoHours}
                        errors={errorsOf(state, `rpoHours:${w.workload}`)}
                      />
                    </td>
                    <td>
                      <NumberField
                        id={`${id}-mtd-${w.workload}`}
                        name={`mtdHours:${w.workload}`}
                        label={`Maximum tolerable downtime for ${label}`}
                        hideLabel
                        unit="hours"
                        min={0}
                        defaultValue={w.mtdHours}
                        placeholder="Not stated"
                        errors={errorsOf(state, `mtdHours:${w.workload}`)}
                      />
                    </td>
                    <td>
                      <NumberField
                        id={`${id}-wrt-${w.workload}`}
                        name={`wrtHours:${w.workload}`}
                        label={`Work recovery time for ${label}`}
                        hideLabel
                        unit="hours"
                        min={0}
                        defaultValue={w.wrtHours}
                        placeholder="Not stated"
                        errors={errorsOf(state, `wrtHours:${w.workload}`)}
                      />
                    </td>
                    <td>
                      <div className="flex justify-end gap-1.5 whitespace-nowrap">
                        <button
                          type="button"
                          className="btn"
                          disabled={pending || i === 0}
                          onClick={() => submitIntent(`up:${w.workload}`)}
                        >
                          Move up<span className="sr-only"> {label}</span>
                        </button>
                        <button
                          type="button"
                          className="btn"
                          disabled={pending || i === workloads.length - 1}
                          onClick={() => submitIntent(`down:${w.workload}`)}
                        >
                          Move down<span className="sr-only"> {label}</span>
                        </button>
                        {confirming === w.workload ? (
                          <>
                            <button
                              type="button"
                              className="btn btn-danger"
                              autoFocus
                              disabled={pending}
                              onClick={() => submitIntent(`remove:${w.workload}`)}
                            >
                              Confirm remove<span className="sr-only"> {label}</span>
                            </button>
                            <button type="button" className="btn" onClick={() => setConfirming(null)}>
                              Cancel
                            </button>
                          </>
                        ) : (
                          <button type="button" className="btn text-red-700 hover:bg-red-50" onClick={() => setConfirming(w.workload)}>
                            Remove<span className="sr-only"> {label}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-2 text-[0.8125rem] text-slate-600">
        The order is the restore priority: the components of the most critical workloads are restored first (P1). The data loss target is
        checked against the backup interval (P2). The maximum tolerable downtime (MTD; ISO 22301: MTPD) and the work recovery time (WRT) are
        optional: the plan checks that the estimated recovery plus the WRT stays within the MTD (P8; MTD at least the recovery time target).
        Moving or removing a workload also saves the targets typed above.
      </p>
      <fieldset className="mt-6">
        <legend className="text-sm font-semibold text-slate-800">Data criticality and cost</legend>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <CheckboxField
            id={`${id}-regulated`}
            name="regulated"
            label="The organisation is regulated"
            defaultChecked={priorities.regulated}
            errors={errorsOf(state, "regulated")}
            help="Compliance data (archiving) must then be kept current (P3)."
          />
          <NumberField
            id={`${id}-budget`}
            name="monthlyBudgetUsd"
            label="Monthly backup budget"
            unit="USD"
            min={0}
            defaultValue={priorities.monthlyBudgetUsd}
            placeholder="No limit stated"
            errors={errorsOf(state, "monthlyBudgetUsd")}
            help="Optional. Weighed against the cost of storage and off-site copies (P4)."
          />
          <SelectField
            id={`${id}-impact`}
            name="availabilityImpact"
            label="Availability impact (FIPS 199)"
            defaultValue={priorities.availabilityImpact ?? ""}
            options={[
              { value: "", label: "Not stated (the contingency plan uses moderate)" },
              ...AVAILABILITY_IMPACTS.map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) })),
            ]}
            errors={errorsOf(state, "availabilityImpact")}
            help="Picks the NIST SP 800-34 template of the contingency plan (low, moderate or high impact; P9)."
          />
        </div>
      </fieldset>
      <FormActions>
        <SubmitButton pending={pending}>Save priorities</SubmitButton>
      </FormActions>
    </form>
  );
}

export function AddWorkloadForm({ ranked, deploymentId, version }: Target & { ranked: readonly Workload[] }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(addWorkloadAction, { resetOnSuccess: true });
  const available = WORKLOADS.filter((w) => !ranked.includes(w));
  if (available.length === 0) return <p className="text-sm text-slate-600">Every workload is ranked.</p>;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <DeploymentTarget deploymentId={deploymentId} version={version} />
      <div className="flex flex-wrap items-start gap-3">
        <SelectField
          id={`${id}-workload`}
          name="workload"
          label="Workload"
          className="w-full md:w-72"
          options={available.map((w) => ({ value: w, label: WORKLOAD_LABELS[w] }))}
          errors={errorsOf(state, "workload")}
          help="Added after the ranked ones; move it up afterwards."
        />
        <NumberField
          id={`${id}-rto`}
          name="rtoHours"
          label="Recovery time target"
          unit="hours"
          min={0}
          className="w-full md:w-44"
          errors={errorsOf(state, "rtoHours")}
        />
        <NumberField
          id={`${id}-rpo`}
          name="rpoHours"
          label="Data loss target"
          unit="hours"
          min={0}
          className="w-full md:w-44"
          errors={errorsOf(state, "rpoHours")}
        />
        <div className="pt-6">
          <SubmitButton pending={pending}>Add workload</SubmitButton>
        </div>
      </div>
      <FormSummary state={state} className="mt-3" />
    </form>
  );
}
