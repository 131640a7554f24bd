"use client";
import { useActionState } from "react";
import { contactCatalystAction, type ContactFormState } from "./contact-actions";
import { CONTACT_MESSAGE_LENGTH } from "@/lib/catalysts/schemas";

export function ContactCatalystForm({ catalystSlug, labels }: { catalystSlug: string; labels: { message: string; hint: string; send: string; sent: string } }) {
  const [state, action, pending] = useActionState<ContactFormState, FormData>(contactCatalystAction, { message: "" });
  return (
    <form key={state.attempt ?? 0} action={action} className="stack-form">
      {state.sent ? (
        <p className="notice" role="status">
          {labels.sent}
        </p>
      ) : null}
      <input type="hidden" name="catalystSlug" value={catalystSlug} />
      <div className="field">
        <label htmlFor="contact-message">{labels.message}</label>
        <p id="contact-hint" className="field-hint">
          {labels.hint}
        </p>
        <textarea
          id="contact-message"
          name="message"
          rows={5}
          maxLength={CONTACT_MESSAGE_LENGTH.max}
          required
          defaultValue={state.message}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "contact-hint contact-error" : "contact-hint"}
        />
        {state.error ? (
          <p id="contact-error" className="field-error" role="alert">
            {state.error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.send}
      </button>
    </form>
  );
}
