"use client";
// What an admin can do to one organisation of the table: suspend it (with a reason) or restore it, and merge it
// into the organisation that stays. Each form is a POST to a server action; outcomes are announced in the row.
import { useActionState } from "react";
import { mergeAction, setStatusAction, type MergeFormState, type StatusFormState } from "./actions";
import { MergeConfirmForm } from "./merge-confirm-form";
import { SUSPENSION_REASON_LENGTH } from "@/lib/organisations/schemas";

export interface OrganisationActionLabels {
  suspend: string;
  suspendReason: string;
  suspendConfirm: string;
  restore: string;
  merge: string;
  mergeKept: string;
  mergeFind: string;
  mergeCandidates: string;
  mergeChoose: string;
  mergePreview: string;
  mergeConfirm: string;
}

export function OrganisationActions({
  organisation,
  labels,
}: {
  organisation: { id: string; name: string; status: string };
  labels: OrganisationActionLabels;
}) {
  const [status, statusAction, statusPending] = useActionState<StatusFormState, FormData>(setStatusAction, { organisationId: organisation.id, reason: "" });
  const [merge, mergeFormAction, mergePending] = useActionState<MergeFormState, FormData>(mergeAction, { duplicateId: organisation.id, kept: "" });
  const reasonId = `reason-${organisation.id}`;
  const keptId = `kept-${organisation.id}`;
  const statusErrorId = `status-error-${organisation.id}`;
  const mergeErrorId = `merge-error-${organisation.id}`;
  const suspendable = ["published", "pending", "draft"].includes(organisation.status);
  return (
    <div className="row-actions">
      {status.done ? (
        <p className="notice success" role="status">
          {status.done}
        </p>
      ) : null}
      {merge.done ? (
        <p className="notice success" role="status">
          {merge.done}
        </p>
      ) : null}
      {organisation.status === "suspended" ? (
        <form action={statusAction}>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <button type="submit" name="operation" value="restore" className="button button-small" disabled={statusPending}>
            {labels.restore}
          </button>
          {status.error ? (
            <p className="field-error" role="alert">
              {status.error}
            </p>
          ) : null}
        </form>
      ) : null}
      {suspendable ? (
        <details open={Boolean(status.error)}>
          <summary>{labels.suspend}</summary>
          <form action={statusAction} className="row-form" noValidate>
            <input type="hidden" name="organisationId" value={organisation.id} />
            <input type="hidden" name="operation" value="suspend" />
            <label htmlFor={reasonId}>{labels.suspendReason}</label>
            <textarea
              id={reasonId}
              name="reason"
              rows={2}
              maxLength={SUSPENSION_REASON_LENGTH.max}
              defaultValue={status.reason}
              aria-required="true"
              aria-invalid={status.error ? true : undefined}
              aria-describedby={status.error ? statusErrorId : undefined}
            />
            {status.error ? (
              <p className="field-error" role="alert" id={statusErrorId}>
                {status.error}
              </p>
            ) : null}
            <button type="submit" className="button button-small button-danger" disabled={statusPending}>
              {labels.suspendConfirm}
            </button>
          </form>
        </details>
      ) : null}
      {organisation.status !== "merged" ? (
        <details open={Boolean(merge.error || merge.candidates || merge.preview)}>
          <summary>{labels.merge}</summary>
          <form action={mergeFormAction} className="row-form" noValidate>
            <input type="hidden" name="duplicateId" value={organisation.id} />
            <label htmlFor={keptId}>{labels.mergeKept}</label>
            <input
              id={keptId}
              name="kept"
              type="text"
              defaultValue={merge.kept}
              maxLength={200}
              aria-invalid={merge.error ? true : undefined}
              aria-describedby={merge.error ? mergeErrorId : undefined}
            />
            {merge.error ? (
              <p className="field-error" role="alert" id={mergeErrorId}>
                {merge.error}
              </p>
            ) : null}
            <button type="submit" name="step" value="find" className="button button-small button-secondary" disabled={mergePending}>
              {labels.mergeFind}
            </button>
          </form>
          {merge.candidates ? (
            <form action={mergeFormAction} className="row-form">
              <input type="hidden" name="duplicateId" value={organisation.id} />
              <input type="hidden" name="step" value="choose" />
              <input type="hidden" name="kept" value={merge.kept} />
              <fieldset>
                <legend>{labels.mergeCandidates}</legend>
                <ul className="candidate-list">
                  {merge.candidates.map((candidate) => (
                    <li key={candidate.id}>
                      <button type="submit" name="keptId" value={candidate.id} className="button button-small button-secondary" disabled={mergePending}>
                        {labels.mergeChoose}
                      </button>{" "}
                      {candidate.name} · {candidate.place} · {candidate.status}
                    </li>
                  ))}
                </ul>
              </fieldset>
            </form>
          ) : null}
          {merge.preview ? (
            <MergeConfirmForm
              action={mergeFormAction}
              pending={mergePending}
              duplicateId={organisation.id}
              kept={merge.kept}
              preview={merge.preview}
              labels={labels}
            />
          ) : null}
        </details>
      ) : null}
    </div>
  );
}
