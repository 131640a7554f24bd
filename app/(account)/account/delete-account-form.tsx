"use client";
import { useActionState } from "react";
import { deleteAccountAction, type DeleteAccountState } from "./actions";

export function DeleteAccountForm({ labels }: { labels: { deleteConfirm: string; deleteButton: string } }) {
  const [state, action, pending] = useActionState<DeleteAccountState, FormData>(deleteAccountAction, { confirmation: "" });
  return (
    <form action={action} className="stack-form" noValidate>
      <div className="field">
        <label htmlFor="confirmation">{labels.deleteConfirm}</label>
        <input
          id="confirmation"
          name="confirmation"
          type="email"
          autoComplete="off"
          defaultValue={state.confirmation}
          key={state.confirmation}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "confirmation-error" : undefined}
        />
        {state.error ? (
          <p id="confirmation-error" className="field-error" role="alert">
            {state.error}
          </p>
        ) : null}
      </div>
      {/* In outline: the typed address is the confirmation, and the button never reads as the page's main action. */}
      <button type="submit" className="button button-danger-outline" disabled={pending}>
        {labels.deleteButton}
      </button>
    </form>
  );
}
