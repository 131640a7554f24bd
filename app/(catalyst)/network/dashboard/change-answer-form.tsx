"use client";
// Revert a recent change of a profile, or suspend the organisation with a reason (kept when the form comes back).
import { useActionState } from "react";
import { answerProfileChangeAction, type ChangeAnswerState } from "./actions";
import { SUSPENSION_REASON_LENGTH } from "@/lib/organisations/schemas";

interface Labels {
  revert: string;
  reason: string;
  suspend: string;
}

/**
 * `settled`: already reverted, or the organisation is no longer published or pending: nothing to answer. The form
 * stays mounted once it answered, so that its confirmation survives the page's refresh.
 */
export function ChangeAnswerForm({
  entryId,
  organisationId,
  canSuspend,
  settled,
  labels,
}: {
  entryId: number;
  organisationId: string;
  canSuspend: boolean;
  settled: boolean;
  labels: Labels;
}) {
  const [state, action, pending] = useActionState<ChangeAnswerState, FormData>(answerProfileChangeAction, {
    entryId: String(entryId),
    organisationId,
    reason: "",
  });
  if (state.done) {
    return (
      <p className="notice success" role="status">
        {state.done}
      </p>
    );
  }
  if (settled) return null;
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
            <textarea
              id={reasonId}
              name="reason"
              rows={2}
              maxLength={SUSPENSION_REASON_LENGTH.max}
              defaultValue={state.reason}
              aria-describedby={state.error ? `${reasonId}-error` : undefined}
            />
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
