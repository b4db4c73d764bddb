"use client";
import { useId } from "react";
import { setUpAction } from "@/lib/server-actions/setup";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/model/fields";
import { SubmitButton } from "@/components/model/section";
import { FormOutcome } from "./form-outcome";

export function SetUpForm({ minLength }: { minLength: number }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(setUpAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id={`${id}-name`}
        name="name"
        label="Your name"
        autoComplete="name"
        required
        errors={errorsOf(state, "name")}
        help="Shown in the audit log and on approvals."
      />
      <TextField
        id={`${id}-email`}
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        errors={errorsOf(state, "email")}
      />
      <TextField
        id={`${id}-password`}
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        errors={errorsOf(state, "password")}
        help={`At least ${minLength} characters. A passphrase of a few words is easiest.`}
      />
      <TextField
        id={`${id}-confirm`}
        name="confirm"
        type="password"
        label="Password again"
        autoComplete="new-password"
        required
        errors={errorsOf(state, "confirm")}
      />
      <FormOutcome state={state} boxed />
      <SubmitButton pending={pending} pendingLabel="Creating…">
        Create the admin account
      </SubmitButton>
    </form>
  );
}
