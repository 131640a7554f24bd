"use client";
// One pair of probable duplicates: a click shows what merging the second into the first would move (or the other way
// round), then a confirmation merges. The organisations page's merge action does the work, checks and audit included.
import { useActionState } from "react";
import { mergeAction, type MergeFormState } from "../organisations/actions";
import { MergeConfirmForm } from "../organisations/merge-confirm-form";

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
      <p className="notice success" role="status">
        {state.done}
      </p>
    );
  }
  // One click shows what merging one into the other would move: the second into the first, or the other way round.
  const previewButton = (duplicate: Side, kept: Side, text: string, label: string) => (
    <form action={action} className="row-form">
      <input type="hidden" name="step" value="choose" />
      <input type="hidden" name="kept" value="" />
      <input type="hidden" name="duplicateId" value={duplicate.id} />
      <input type="hidden" name="keptId" value={kept.id} />
      <button type="submit" className="button button-small button-secondary" disabled={pending} aria-label={label}>
        {text}
      </button>
    </form>
  );
  return (
    <div className="row-actions">
      {previewButton(second, first, labels.preview, labels.previewLabel)}
      {previewButton(first, second, labels.previewSwapped, labels.previewSwappedLabel)}
      {state.error ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.preview ? (
        <MergeConfirmForm action={action} pending={pending} duplicateId={state.duplicateId} kept="" preview={state.preview} from="duplicates" labels={labels} />
      ) : null}
    </div>
  );
}
