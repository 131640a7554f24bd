"use client";
// The catalyst's contact form. Signed in, only the message (the account's address goes with it); as a visitor, also
// an address to be answered at, a hidden trap field for robots, and the form-time token asked for once the form shows.
import { useActionState, useEffect, useState } from "react";
import { contactCatalystAction, contactFormTokenAction, type ContactFormState } from "./contact-actions";
import { CONTACT_MESSAGE_LENGTH } from "@/lib/catalysts/schemas";

export interface ContactFormLabels {
  message: string;
  hint: string;
  send: string;
  sent: string;
  name: string;
  email: string;
  emailHint: string;
  visitorHint: string;
  trap: string;
}

export function ContactCatalystForm({ catalystSlug, signedIn, labels }: { catalystSlug: string; signedIn: boolean; labels: ContactFormLabels }) {
  const [state, action, pending] = useActionState<ContactFormState, FormData>(contactCatalystAction, { message: "" });
  const [fetchedToken, setFetchedToken] = useState("");
  useEffect(() => {
    if (signedIn) return;
    let live = true;
    contactFormTokenAction()
      .then((token) => live && setFetchedToken(token))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [signedIn]);
  const messageError = state.error && state.errorField !== "email" ? state.error : undefined;
  const emailError = state.error && state.errorField === "email" ? state.error : undefined;
  return (
    <form key={state.attempt ?? 0} action={action} className="stack-form">
      {state.sent ? (
        <p className="notice success" role="status">
          {labels.sent}
        </p>
      ) : null}
      <input type="hidden" name="catalystSlug" value={catalystSlug} />
      {signedIn ? null : (
        <>
          <input type="hidden" name="formToken" value={state.formToken ?? fetchedToken} />
          <p className="field-hint">{labels.visitorHint}</p>
          <div className="field">
            <label htmlFor="contact-name">{labels.name}</label>
            <input id="contact-name" name="name" type="text" autoComplete="name" maxLength={120} defaultValue={state.name} />
          </div>
          <div className="field">
            <label htmlFor="contact-email">{labels.email}</label>
            <p id="contact-email-hint" className="field-hint">
              {labels.emailHint}
            </p>
            <input
              id="contact-email"
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              defaultValue={state.email}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? "contact-email-hint contact-email-error" : "contact-email-hint"}
            />
            {emailError ? (
              <p id="contact-email-error" className="field-error" role="alert">
                {emailError}
              </p>
            ) : null}
          </div>
          {/* People never see this field; robots that fill every field are recognised by it. */}
          <div className="trap-field" aria-hidden="true">
            <label htmlFor="contact-website">{labels.trap}</label>
            <input id="contact-website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
        </>
      )}
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
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageError ? "contact-hint contact-error" : "contact-hint"}
        />
        {messageError ? (
          <p id="contact-error" className="field-error" role="alert">
            {messageError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.send}
      </button>
    </form>
  );
}
