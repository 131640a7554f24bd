"use client";
import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "./actions";

interface Labels {
  email: string;
  submit: string;
}

export function SignInForm({ labels, callbackUrl }: { labels: Labels; callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLink, { email: "" });
  return (
    <form action={action} className="stack-form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={state.email}
          key={state.email}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "email-error" : undefined}
        />
        {state.error ? (
          <p id="email-error" className="field-error" role="alert">
            {state.error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
