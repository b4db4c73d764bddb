// Labelled form fields with their help text and errors wired up for assistive technology
// (aria-invalid, aria-describedby). Errors are shown beside the field; only the form's summary box
// is a live alert.
import type { ChangeEventHandler, ReactNode } from "react";

export interface FieldProps {
  /** Unique in the page (prefix it with the form's useId()). */
  id: string;
  name: string;
  label: ReactNode;
  help?: ReactNode;
  errors?: string[];
  /** Visually hidden label (rows of a list, where column headings show the meaning). */
  hideLabel?: boolean;
  className?: string;
  required?: boolean;
  disabled?: boolean;
}

export function describedBy(id: string, help?: ReactNode, errors?: string[]): string | undefined {
  const ids = [help ? `${id}-help` : "", errors?.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldHelp({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-help`} className="mt-1 text-[0.8125rem] leading-snug text-slate-600">
      {children}
    </p>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={`${id}-error`} className="field-error">
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <ul className="list-disc space-y-0.5 pl-4">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Label({ id, label, hideLabel, required }: Pick<FieldProps, "id" | "label" | "hideLabel" | "required">) {
  if (hideLabel) {
    return (
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
    );
  }
  // The asterisk stays outside the label so that the field's name is just its label.
  return (
    <div className="mb-1 flex items-baseline gap-0.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {required ? (
        <span aria-hidden className="text-sm text-red-700">
          *
        </span>
      ) : null}
    </div>
  );
}

const invalidClass = (errors?: string[]) => (errors?.length ? " border-red-500 bg-red-50/40" : "");

export function TextField({
  id,
  name,
  label,
  help,
  errors,
  hideLabel,
  className,
  required,
  disabled,
  defaultValue,
  placeholder,
  list,
  mono,
  autoComplete = "off",
  spellCheck = false,
  type = "text",
}: FieldProps & {
  defaultValue?: string;
  placeholder?: string;
  list?: string;
  mono?: boolean;
  autoComplete?: string;
  spellCheck?: boolean;
  type?: "text" | "email" | "password";
}) {
  return (
    <div className={className}>
      <Label id={id} label={label} hideLabel={hideLabel} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        className={`input${mono ? " font-mono" : ""}${invalidClass(errors)}`}
        defaultValue={defaultValue}
        placeholder={placeholder}
        list={list}
        required={required}
        disabled={disabled}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, help, errors)}
      />
      <FieldHelp id={id}>{help}</FieldHelp>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function NumberField({
  id,
  name,
  label,
  help,
  errors,
  hideLabel,
  className,
  required,
  disabled,
  defaultValue,
  unit,
  step = "any",
  min,
  max,
  placeholder,
}: FieldProps & { defaultValue?: number; unit?: string; step?: string; min?: number; max?: number; placeholder?: string }) {
  return (
    <div className={className}>
      <Label
        id={id}
        label={
          <>
            {label}
            {unit ? <span className="sr-only"> ({unit})</span> : null}
          </>
        }
        hideLabel={hideLabel}
        required={required}
      />
      <div className="flex items-stretch">
        <input
          id={id}
          name={name}
          type="number"
          inputMode="decimal"
          className={`input tabular-nums${unit ? " rounded-r-none" : ""}${invalidClass(errors)}`}
          defaultValue={defaultValue}
          step={step}
          min={min}
          max={max}
          placeholder={placeholder}
          required={required}
          disabled={disabled}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, help, errors)}
        />
        {unit ? (
          <span
            aria-hidden
            className="inline-flex items-center rounded-r-md border border-l-0 border-slate-300 bg-slate-50 px-2 text-xs whitespace-nowrap text-slate-600"
          >
            {unit}
          </span>
        ) : null}
      </div>
      <FieldHelp id={id}>{help}</FieldHelp>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  id,
  name,
  label,
  help,
  errors,
  hideLabel,
  className,
  required,
  disabled,
  defaultValue,
  value,
  onChange,
  options,
  mono,
}: FieldProps & {
  defaultValue?: string;
  value?: string;
  onChange?: ChangeEventHandler<HTMLSelectElement>;
  options: readonly Option[];
  mono?: boolean;
}) {
  return (
    <div className={className}>
      <Label id={id} label={label} hideLabel={hideLabel} required={required} />
      <select
        id={id}
        name={name}
        className={`input${mono ? " font-mono" : ""}${invalidClass(errors)}`}
        defaultValue={value === undefined ? defaultValue : undefined}
        value={value}
        onChange={onChange}
        required={required}
        disabled={disabled}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, help, errors)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldHelp id={id}>{help}</FieldHelp>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function CheckboxField({
  id,
  name,
  label,
  help,
  errors,
  className,
  disabled,
  defaultChecked,
}: Omit<FieldProps, "hideLabel" | "required"> & { defaultChecked?: boolean }) {
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 accent-brand-600"
          defaultChecked={defaultChecked}
          disabled={disabled}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, help, errors)}
        />
        <div>
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {label}
          </label>
          <FieldHelp id={id}>{help}</FieldHelp>
        </div>
      </div>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** Hidden inputs that tie a form to the deployment and the version it was rendered from. */
export function DeploymentTarget({ deploymentId, version }: { deploymentId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="deploymentId" value={deploymentId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}

export const options = <T extends string>(values: readonly T[], labels?: Partial<Record<T, string>>): Option[] =>
  values.map((v) => ({ value: v, label: labels?.[v] ?? v }));
