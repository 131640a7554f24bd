"use client";
import Link from "next/link";
import { useActionState, useEffect } from "react";
import { markIntroductionReadAction, transitionAction, type TransitionFormState } from "../actions";
import { NOTE_MAX_LENGTH } from "@/lib/introductions/schemas";

interface Option {
  value: string;
  label: string;
}

/**
 * One form for a group of related actions (forward/reject, accept/decline, outcomes, withdraw). A step that cannot
 * be undone is drawn in outline, so it never reads as the page's main button; its confirmation step sends confirm=1.
 */
export function ActionForm(props: {
  introductionId: string;
  actions: { value: string; label: string; variant?: "danger" | "danger-outline" }[];
  note?: { label: string; required?: boolean };
  partnership?: { label: string; none: string; options: Option[] };
  /** The confirmation step: the person saw what the step does and confirms it; the link goes back without acting. */
  confirmation?: { cancelHref: string; cancelLabel: string };
}) {
  const [state, action, pending] = useActionState<TransitionFormState, FormData>(transitionAction, {});
  const base = `${props.introductionId}-${props.actions.map((item) => item.value).join("-")}`;
  const errorId = `${base}-error`;
  return (
    <form action={action} className="stack-form">
      <input type="hidden" name="introductionId" value={props.introductionId} />
      {props.confirmation ? <input type="hidden" name="confirm" value="1" /> : null}
      {props.note ? (
        <div className="field">
          <label htmlFor={`${base}-note`}>{props.note.label}</label>
          <textarea
            id={`${base}-note`}
            name="note"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            required={props.note.required}
            defaultValue={state.note}
            aria-invalid={state.field === "note" ? true : undefined}
            aria-describedby={state.error ? errorId : undefined}
          />
        </div>
      ) : null}
      {props.partnership ? (
        <div className="field">
          <label htmlFor={`${base}-partnership`}>{props.partnership.label}</label>
          <select
            id={`${base}-partnership`}
            name="partnershipType"
            defaultValue=""
            aria-invalid={state.field === "partnershipType" ? true : undefined}
            aria-describedby={state.error ? errorId : undefined}
          >
            <option value="">{props.partnership.none}</option>
            {props.partnership.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {state.error ? (
        <p id={errorId} className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <div className="form-actions">
        {props.actions.map((item, index) => (
          <button
            key={item.value}
            type="submit"
            name="action"
            value={item.value}
            className={item.variant ? `button button-${item.variant}` : index === 0 ? "button" : "button button-secondary"}
            disabled={pending}
          >
            {item.label}
          </button>
        ))}
        {props.confirmation ? (
          <Link href={props.confirmation.cancelHref} className="button button-secondary">
            {props.confirmation.cancelLabel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** Opening an introduction reads its notifications (a POST from the browser: GET requests change nothing). */
export function MarkRead({ introductionId }: { introductionId: string }) {
  useEffect(() => {
    void markIntroductionReadAction(introductionId);
  }, [introductionId]);
  return null;
}
