"use client";
import { useId } from "react";
import { changePasswordAction } from "@/lib/server-actions/account";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/model/fields";
import { FormActions, SubmitButton } from "@/components/model/section";
import { FormOutcome } from "./form-outcome";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(changePasswordAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <TextField
        id={`${id}-current`}
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={errorsOf(state, "currentPassword")}
      />
      <TextField
        id={`${id}-new`}
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        errors={errorsOf(state, "newPassword")}
        help={`At least ${minLength} characters.`}
      />
      <TextField
        id={`${id}-confirm`}
        name="confirm"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        errors={errorsOf(state, "confirm")}
      />
      <FormActions>
        <SubmitButton pending={pending}>Change password</SubmitButton>
        <FormOutcome state={state} />
      </FormActions>
    </form>
  );
}
