"use client";
// The last step of a merge, shared by the organisations page and the list of duplicates: what the merge would move,
// and the button that confirms it (mergeAction's "confirm" step).
import type { MergeFormState } from "./actions";

export function MergeConfirmForm({
  action,
  pending,
  duplicateId,
  kept,
  preview,
  from,
  labels,
}: {
  action: (formData: FormData) => void;
  pending: boolean;
  duplicateId: string;
  kept: string;
  preview: NonNullable<MergeFormState["preview"]>;
  /** Sent as `from`: the list of duplicates keeps its page as it is after the merge. */
  from?: "duplicates";
  labels: { mergePreview: string; mergeConfirm: string };
}) {
  return (
    <form action={action} className="row-form merge-preview" aria-live={from ? "polite" : undefined}>
      <input type="hidden" name="duplicateId" value={duplicateId} />
      <input type="hidden" name="step" value="confirm" />
      {from ? <input type="hidden" name="from" value={from} /> : null}
      <input type="hidden" name="kept" value={kept} />
      <input type="hidden" name="keptId" value={preview.keptId} />
      <p>
        {labels.mergePreview} <strong>{preview.keptName}</strong>
      </p>
      <ul>
        {preview.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="submit" className="button button-small button-danger" disabled={pending}>
        {labels.mergeConfirm}
      </button>
    </form>
  );
}
