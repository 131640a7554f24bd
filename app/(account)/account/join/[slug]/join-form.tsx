"use client";
import { useActionState } from "react";
import { requestToJoinAction, type JoinFormState } from "../actions";
import { JOIN_MESSAGE_MAX_LENGTH } from "@/lib/organisations/schemas";

export function JoinForm({ slug, labels }: { slug: string; labels: { message: string; hint: string; send: string } }) {
  const [state, action, pending] = useActionState<JoinFormState, FormData>(requestToJoinAction, { message: "" });
  return (
    <form key={state.attempt ?? 0} action={action} className="stack-form">
      <input type="hidden" name="slug" value={slug} />
      {state.error ? (
        <p className="error-summary" role="alert">
          {state.error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="join-message">{labels.message}</label>
        <p id="join-hint" className="field-hint">
          {labels.hint}
        </p>
        <textarea id="join-message" name="message" rows={4} maxLength={JOIN_MESSAGE_MAX_LENGTH} defaultValue={state.message} aria-describedby="join-hint" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.send}
      </button>
    </form>
  );
}
