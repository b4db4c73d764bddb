"use client";
// useActionState for the model editor's forms. React resets a form after its action runs, which
// would wipe what the user typed whenever a save is refused; submitting from onSubmit inside a
// transition keeps the inputs (React then skips its own submit handling, see its form-action
// plugin). The `action` prop stays on the form so a submit before hydration still works.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export function useFormAction(action: FormAction, { resetOnSuccess = false }: { resetOnSuccess?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState(action, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  }

  // An "add" form is emptied once its entry is saved, ready for the next one.
  useEffect(() => {
    if (resetOnSuccess && state.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  return { state, pending, formRef, onSubmit, action: dispatch };
}

/** The errors of one field in a form state. */
export const errorsOf = (state: FormState, field: string): string[] | undefined => state.fieldErrors?.[field];
