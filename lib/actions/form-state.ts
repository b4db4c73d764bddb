// The shape every form's server action returns (after the Next.js "Learn" dashboard): field errors to
// show beside each field, a message for the form, and the deployment version the form is based on.

export interface FormState {
  ok: boolean;
  message?: string;
  /** Errors by field name inside the form (e.g. "fqdn", "roles"). */
  fieldErrors?: Record<string, string[]>;
  /** Problems that belong to no field of this form (other parts of the deployment). */
  otherErrors?: string[];
  warnings?: string[];
  /** Version of the deployment after a successful save (forms send it back as expectedVersion). */
  version?: number;
  /** True when the save was refused because someone else changed the deployment first. */
  stale?: boolean;
}

export const initialFormState: FormState = { ok: false };

/**
 * Whether a server action got a form. A request crafted by hand (not from the app's forms) can call
 * an action with no arguments: the action answers NO_FORM instead of failing on a missing field.
 */
export const isForm = (x: unknown): x is FormData => x instanceof FormData;
export const NO_FORM = "The request carried no form: send it from the app's page.";
