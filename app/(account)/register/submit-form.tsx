"use client";
// The review step's submission, and the one place where probable duplicates are shown: a published organisation
// with the same identifier blocks it (join instead), a published look-alike waits for "it is not the same one".
import Link from "next/link";
import { useActionState, useState } from "react";
import { useEnhanced } from "@/app/components/use-enhanced";
import type { DuplicateCandidate } from "@/lib/organisations/registration/registration";
import { submitRegistrationAction, type SubmitState } from "./actions";

interface Labels {
  submit: string;
  duplicatesTitle: string;
  duplicatesText: string;
  sameIdentifierTitle: string;
  sameIdentifierText: string;
  notSame: string;
  notSameHint: string;
  join: string;
}

export function SubmitForm({
  labels,
  sameIdentifier,
  lookAlikes,
}: {
  labels: Labels;
  /** Published organisations with the draft's identifier, as the review page found them. */
  sameIdentifier: DuplicateCandidate[];
  /** Published organisations with a very similar name in the same commune. */
  lookAlikes: DuplicateCandidate[];
}) {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitRegistrationAction, {});
  // Which list was ticked: a newer list (the submission's answer) must be ticked again.
  const [notSameFor, setNotSameFor] = useState<string | null>(null);
  const enhanced = useEnhanced();
  // The submission's answer replaces what the page found (it was checked again, and may be newer).
  const answered = state.duplicates !== undefined;
  const blocking = answered ? (state.confirmDistinct ? [] : (state.duplicates ?? [])) : sameIdentifier;
  const similar = answered ? (state.confirmDistinct ? (state.duplicates ?? []) : []) : lookAlikes;
  const confirmable = !blocking.length && similar.length > 0;
  const similarIds = similar.map((item) => item.id).join(",");
  const notSame = notSameFor === similarIds;
  return (
    <form action={action} className="step-form">
      {blocking.length ? (
        <div className="error-summary" role={answered ? "alert" : undefined} aria-labelledby="register-duplicates">
          <p id="register-duplicates">
            <strong>{labels.sameIdentifierTitle}</strong>
          </p>
          <p>{state.message ?? labels.sameIdentifierText}</p>
          <DuplicateList items={blocking} join={labels.join} />
        </div>
      ) : confirmable ? (
        <div className="notice" role={answered ? "alert" : undefined} aria-labelledby="register-duplicates">
          <p id="register-duplicates">
            <strong>{labels.duplicatesTitle}</strong>
          </p>
          <p>{answered && state.message ? state.message : labels.duplicatesText}</p>
          <DuplicateList items={similar} join={labels.join} />
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                name="distinctFrom"
                value={similarIds}
                checked={notSame}
                onChange={(event) => setNotSameFor(event.target.checked ? similarIds : null)}
                aria-describedby="register-not-same-hint"
              />
              {labels.notSame}
            </label>
            <p id="register-not-same-hint" className="field-hint">
              {labels.notSameHint}
            </p>
          </div>
        </div>
      ) : state.message ? (
        // Without a list: an identifier taken by an unpublished organisation (told without its data), or the limit.
        <div className="error-summary" role="alert">
          <p>{state.message}</p>
        </div>
      ) : null}
      {/* Without JavaScript the button stays enabled: the server refuses a submission the box does not confirm. */}
      <button type="submit" className="button" disabled={pending || blocking.length > 0 || (enhanced && confirmable && !notSame)} aria-busy={pending}>
        {labels.submit}
      </button>
    </form>
  );
}

function DuplicateList({ items, join }: { items: DuplicateCandidate[]; join: string }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/organisations/${item.slug}`}>{item.name}</Link> — {item.communeName} · <Link href={`/account/join/${item.slug}`}>{join}</Link>
        </li>
      ))}
    </ul>
  );
}
