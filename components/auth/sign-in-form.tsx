"use client";
import { useId } from "react";
import { signInAction } from "@/lib/server-actions/sign-in";
import { errorsOf, useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/model/fields";
import { SubmitButton } from "@/components/model/section";
import { FormOutcome } from "./form-outcome";

export function SignInForm({ next }: { next: string }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(signInAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="next" value={next} />
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
        autoComplete="current-password"
        required
        errors={errorsOf(state, "password")}
      />
      <FormOutcome state={state} boxed />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
