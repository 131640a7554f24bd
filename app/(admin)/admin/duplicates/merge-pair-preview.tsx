"use client";
// One pair of probable duplicates: a click shows what merging the second into the first would move (or the other way
// round), then a confirmation merges. The organisations page's merge action does the work, checks and audit included.
import { useActionState } from "react";
import { mergeAction, type MergeFormState } from "../organisations/actions";

export interface MergePairLabels {
  preview: string;
  previewSwapped: string;
  previewLabel: string;
  previewSwappedLabel: string;
  mergePreview: string;
  mergeConfirm: string;
}

type Side = { id: string; name: string };

export function MergePairPreview({ first, second, labels }: { first: Side; second: Side; labels: MergePairLabels }) {
  const [state, action, pending] = useActionState<MergeFormState, FormData>(mergeAction, { duplicateId: second.id, kept: "" });
  if (state.done) {
    return (
      <p className="notice" role="status">
        {state.done}
      </p>
    );
  }
  return (
    <div className="row-actions">
      <form action={action} className="row-form">
        <input type="hidden" name="step" value="choose" />
        <input type="hidden" name="kept" value="" />
        <input type="hidden" name="duplicateId" value={second.id} />
        <input type="hidden" name="keptId" value={first.id} />
        <button type="submit" className="button button-small button-secondary" disabled={pending} aria-label={labels.previewLabel}>
          {labels.preview}
        </button>
      </form>
      <form action={action} className="row-form">
        <input type="hidden" name="step" value="choose" />
        <input type="hidden" name="kept" value="" />
        <input type="hidden" name="duplicateId" value={first.id} />
        <input type="hidden" name="keptId" value={second.id} />
        <button type="submit" className="button button-small button-secondary" disabled={pending} aria-label={labels.previewSwappedLabel}>
          {labels.previewSwapped}
        </button>
      </form>
      {state.error ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.preview ? (
        <form action={action} className="row-form merge-preview" aria-live="polite">
          <input type="hidden" name="step" value="confirm" />
          <input type="hidden" name="from" value="duplicates" />
          <input type="hidden" name="kept" value="" />
          <input type="hidden" name="duplicateId" value={state.duplicateId} />
          <input type="hidden" name="keptId" value={state.preview.keptId} />
          <p>
            {labels.mergePreview} <strong>{state.preview.keptName}</strong>
          </p>
          <ul>
            {state.preview.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="submit" className="button button-small button-danger" disabled={pending}>
            {labels.mergeConfirm}
          </button>
        </form>
      ) : null}
    </div>
  );
}
