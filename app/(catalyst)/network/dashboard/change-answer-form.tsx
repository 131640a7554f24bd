"use client";
// Revert a recent change of a profile, or suspend the organisation with a reason (kept when the form comes back).
import { useActionState } from "react";
import { answerProfileChangeAction, type ChangeAnswerState } from "./actions";

interface Labels {
  revert: string;
  reason: string;
  suspend: string;
}

export function ChangeAnswerForm({ entryId, organisationId, canSuspend, labels }: { entryId: number; organisationId: string; canSuspend: boolean; labels: Labels }) {
  const [state, action, pending] = useActionState<ChangeAnswerState, FormData>(answerProfileChangeAction, { entryId: String(entryId), organisationId, reason: "" });
  if (state.done) {
    return (
      <p className="notice" role="status">
        {state.done}
      </p>
    );
  }
  const reasonId = `suspend-reason-${entryId}`;
  return (
    <form action={action} className="decision-form">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="organisationId" value={organisationId} />
      {state.error ? (
        <p className="field-error" role="alert" id={`${reasonId}-error`}>
          {state.error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" name="operation" value="revert" className="button button-secondary" disabled={pending}>
          {labels.revert}
        </button>
      </div>
      {canSuspend ? (
        <>
          <div className="field">
            <label htmlFor={reasonId}>{labels.reason}</label>
            <textarea id={reasonId} name="reason" rows={2} maxLength={1_000} defaultValue={state.reason} aria-describedby={state.error ? `${reasonId}-error` : undefined} />
          </div>
          <div className="form-actions">
            <button type="submit" name="operation" value="suspend" className="button button-danger" disabled={pending}>
              {labels.suspend}
            </button>
          </div>
        </>
      ) : null}
    </form>
  );
}
