"use client";
import { useActionState } from "react";
import { moderateAction, type ModerationState } from "./actions";
import { MODERATION_MESSAGE_LENGTH } from "@/lib/organisations/schemas";

interface Labels {
  message: string;
  approve: string;
  requestChanges: string;
  reject: string;
  done: string;
}

export function DecisionForm({ organisationId, labels }: { organisationId: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ModerationState, FormData>(moderateAction, { organisationId, message: "" });
  if (state.done) {
    return (
      <p className="notice" role="status">
        {labels.done}
      </p>
    );
  }
  const messageId = `message-${organisationId}`;
  return (
    <form action={action} className="decision-form">
      <input type="hidden" name="organisationId" value={organisationId} />
      <div className="field">
        <label htmlFor={messageId}>{labels.message}</label>
        <textarea
          id={messageId}
          name="message"
          rows={3}
          maxLength={MODERATION_MESSAGE_LENGTH.max}
          defaultValue={state.message}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? `${messageId}-error` : undefined}
        />
        {state.error ? (
          <p id={`${messageId}-error`} className="field-error" role="alert">
            {state.error}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" name="decision" value="approve" className="button" disabled={pending}>
          {labels.approve}
        </button>
        <button type="submit" name="decision" value="request_changes" className="button button-secondary" disabled={pending}>
          {labels.requestChanges}
        </button>
        <button type="submit" name="decision" value="reject" className="button button-danger" disabled={pending}>
          {labels.reject}
        </button>
      </div>
    </form>
  );
}
