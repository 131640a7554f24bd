"use client";
import Link from "next/link";
import { useActionState } from "react";
import { submitRegistrationAction, type SubmitState } from "./actions";

export function SubmitForm({ labels }: { labels: { submit: string; duplicatesTitle: string; duplicatesText: string; join: string } }) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitRegistrationAction, {});
  return (
    <form action={action} className="step-form">
      {state.duplicates?.length ? (
        <div className="error-summary" role="alert">
          <p>
            <strong>{labels.duplicatesTitle}</strong>
          </p>
          <p>{state.message ?? labels.duplicatesText}</p>
          <ul>
            {state.duplicates.map((item) => (
              <li key={item.id}>
                {item.status === "published" ? <Link href={`/organisations/${item.slug}`}>{item.name}</Link> : item.name} — {item.communeName}
                {item.status === "published" ? (
                  <>
                    {" "}
                    · <Link href={`/account/join/${item.slug}`}>{labels.join}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : state.message ? (
        // Without a list: an identifier taken by an unpublished organisation (told without its data), or the limit.
        <div className="error-summary" role="alert">
          <p>{state.message}</p>
        </div>
      ) : null}
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
