"use client";
// The admin's user list: one row per account with its role, status and the actions on it, and the
// form that adds an account. Each action reports in the row it came from.
import { useId } from "react";
import { addUserAction, removeUserAction, resetPasswordAction, setDisabledAction, setRoleAction } from "@/lib/server-actions/users";
import { errorsOf, useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { SelectField, TextField } from "@/components/model/fields";
import { FormActions, SubmitButton } from "@/components/model/section";
import type { FormState } from "@/lib/actions/form-state";
import { FormOutcome } from "./form-outcome";

const ROLE_OPTIONS = [
  { value: "viewer", label: "Viewer: reads and prints" },
  { value: "planner", label: "Planner: edits deployments" },
  { value: "admin", label: "Admin: manages users" },
] as const;

export interface UserRowData {
  id: string;
  name: string;
  email: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  activeSessions: number;
}

function RowForm({
  action,
  userId,
  children,
  label,
}: {
  action: FormAction;
  userId: string;
  children: (state: FormState, pending: boolean) => React.ReactNode;
  label: string;
}) {
  const { state, pending, formRef, onSubmit, action: dispatch } = useFormAction(action);
  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} noValidate aria-label={label} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      {children(state, pending)}
      <FormOutcome state={state} />
    </form>
  );
}

function UserRow({ user, isSelf }: { user: UserRowData; isSelf: boolean }) {
  const id = useId();
  return (
    <tr>
      <td>
        <div className="font-medium text-slate-900">
          {user.name}
          {isSelf ? <span className="ml-1 text-xs font-normal text-slate-500">(you)</span> : null}
        </div>
        <div className="text-slate-600">{user.email}</div>
        <div className="text-xs text-slate-500">
          {user.disabled ? (
            <strong className="text-red-700">Disabled</strong>
          ) : (
            `${user.activeSessions} active session${user.activeSessions === 1 ? "" : "s"}`
          )}{" "}
          · added {user.createdAt}
        </div>
      </td>
      <td>
        <RowForm action={setRoleAction} userId={user.id} label={`Change the role of ${user.email}`}>
          {(state, pending) => (
            <>
              <SelectField
                id={`${id}-role`}
                name="role"
                label={`Role of ${user.email}`}
                hideLabel
                defaultValue={user.role}
                options={ROLE_OPTIONS}
                errors={errorsOf(state, "role")}
              />
              <SubmitButton pending={pending}>Save role</SubmitButton>
            </>
          )}
        </RowForm>
      </td>
      <td className="space-y-3">
        <RowForm action={setDisabledAction} userId={user.id} label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}>
          {(_state, pending) => (
            <>
              <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
              <button type="submit" className="btn" disabled={pending || isSelf}>
                {user.disabled ? "Enable" : "Disable"}
              </button>
            </>
          )}
        </RowForm>
        <details>
          <summary className="cursor-pointer text-sm text-brand-700">Reset password</summary>
          <div className="mt-2">
            <RowForm action={resetPasswordAction} userId={user.id} label={`Reset the password of ${user.email}`}>
              {(state, pending) => (
                <>
                  <TextField
                    id={`${id}-pw`}
                    name="password"
                    type="password"
                    label={`New password for ${user.email}`}
                    autoComplete="new-password"
                    errors={errorsOf(state, "password")}
                  />
                  <SubmitButton pending={pending}>Set password</SubmitButton>
                </>
              )}
            </RowForm>
          </div>
        </details>
        {isSelf ? null : (
          <details>
            <summary className="cursor-pointer text-sm text-red-700">Remove account</summary>
            <div className="mt-2">
              <RowForm action={removeUserAction} userId={user.id} label={`Remove ${user.email}`}>
                {(_state, pending) => (
                  <button type="submit" className="btn btn-danger" disabled={pending}>
                    Confirm remove {user.email}
                  </button>
                )}
              </RowForm>
            </div>
          </details>
        )}
      </td>
    </tr>
  );
}

export function UserTable({ users, selfId }: { users: UserRowData[]; selfId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Role</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} isSelf={u.id === selfId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AddUserForm({ minLength }: { minLength: number }) {
  const id = useId();
  const { state, pending, formRef, onSubmit, action } = useFormAction(addUserAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${id}-name`} name="name" label="Name" autoComplete="off" required errors={errorsOf(state, "name")} />
        <TextField
          id={`${id}-email`}
          name="email"
          type="email"
          label="Email"
          autoComplete="off"
          required
          errors={errorsOf(state, "email")}
        />
        <TextField
          id={`${id}-password`}
          name="password"
          type="password"
          label="Initial password"
          autoComplete="new-password"
          required
          errors={errorsOf(state, "password")}
          help={`At least ${minLength} characters.`}
        />
        <SelectField
          id={`${id}-role`}
          name="role"
          label="Role"
          defaultValue="viewer"
          options={ROLE_OPTIONS}
          errors={errorsOf(state, "role")}
        />
      </div>
      <FormActions>
        <SubmitButton pending={pending}>Add account</SubmitButton>
        <FormOutcome state={state} />
      </FormActions>
    </form>
  );
}
