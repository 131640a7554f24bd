"use client";
// The buttons acting on one user, each a POST to manageUserAction, with its outcome announced.
import { useActionState } from "react";
import { manageUserAction, type ManageUserState } from "./actions";

interface Labels {
  grantAdmin: string;
  revokeAdmin: string;
  disable: string;
  enable: string;
  deleteTitle: string;
  deleteHelp: string;
  deleteConfirm: string;
  deleteButton: string;
}

export function UserActions({
  userId,
  isAdmin,
  disabled,
  self,
  labels,
}: {
  userId: string;
  isAdmin: boolean;
  disabled: boolean;
  self: boolean;
  labels: Labels;
}) {
  const [state, action, pending] = useActionState<ManageUserState, FormData>(manageUserAction, { userId });
  return (
    <div>
      {state.done ? (
        <p className="notice success" role="status">
          {state.done}
        </p>
      ) : null}
      {state.error ? (
        <p className="field-error" role="alert" id="user-action-error">
          {state.error}
        </p>
      ) : null}
      {self ? null : (
        <form action={action} className="form-actions">
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" name="operation" value={isAdmin ? "revoke_admin" : "grant_admin"} className="button button-secondary" disabled={pending}>
            {isAdmin ? labels.revokeAdmin : labels.grantAdmin}
          </button>
          <button
            type="submit"
            name="operation"
            value={disabled ? "enable" : "disable"}
            className={disabled ? "button" : "button button-danger"}
            disabled={pending}
          >
            {disabled ? labels.enable : labels.disable}
          </button>
        </form>
      )}
      {self ? null : (
        <>
          <h2>{labels.deleteTitle}</h2>
          <p>{labels.deleteHelp}</p>
          <form action={action} className="stack-form" noValidate>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="operation" value="delete" />
            <div className="field">
              <label htmlFor="confirmation">{labels.deleteConfirm}</label>
              <input id="confirmation" name="confirmation" type="email" autoComplete="off" aria-describedby={state.error ? "user-action-error" : undefined} />
            </div>
            <button type="submit" className="button button-danger" disabled={pending}>
              {labels.deleteButton}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
